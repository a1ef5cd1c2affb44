package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.route.PathType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `show ipv6 ospf6 route [json]`, as FRR 8.4's ospf6_route.c prints it (ospf6_route_show, ospf6_route_show_table):
 * <pre>
 * *N IA 2001:db8:ffff::2/128          fe80::5c9f:80ff:fea5:91e5   eth0 00:00:05
 * </pre>
 * best mark, destination type, path type, destination, then one line per nexthop (the route's columns left blank
 * on the next ones). Routes come in the table's order (prefix trie walk); entries of one prefix keep the order
 * given (ospf6d keeps the best first).
 */
public final class ShowOspf6Routes {
    /** IFNAMSIZ: the "%6.*s" precision of the interface column. */
    private static final int IFNAMSIZ = 16;

    private ShowOspf6Routes() {
    }

    public static String render(List<Ospf6RouteView> routes, boolean json) {
        List<Ospf6RouteView> sorted = routes.stream()
                .sorted(Comparator.comparing(Ospf6RouteView::prefix, IpPrefix.TABLE_ORDER)).toList();
        return json ? json(sorted) : text(sorted);
    }

    /** ospf6_path_type_substr: note "IE" for inter-area, as FRR spells it. */
    static String pathCode(PathType type) {
        return switch (type) {
            case INTRA_AREA -> "IA";
            case INTER_AREA -> "IE";
            case EXTERNAL_1 -> "E1";
            case EXTERNAL_2 -> "E2";
        };
    }

    /** The destination column: prefix2str for networks, the router id for routers, "adv Net-ID: id" for links. */
    static String destination(Ospf6RouteView r) {
        byte[] a = Arrays.copyOf(r.prefix().address(), 16);
        return switch (r.destinationType()) {
            case ROUTER -> IpAddresses.format(r.prefix().address());
            case LINKSTATE -> {
                String adv = IpAddresses.formatIpv4(Arrays.copyOfRange(a, 0, 4));
                byte[] id = Arrays.copyOfRange(a, 4, 8);
                yield Arrays.equals(id, new byte[4]) ? adv : adv + " Net-ID: " + IpAddresses.formatIpv4(id);
            }
            default -> r.prefix().toString();
        };
    }

    private static String text(List<Ospf6RouteView> routes) {
        StringBuilder sb = new StringBuilder();
        for (Ospf6RouteView r : routes) {
            boolean first = true;
            for (Ospf6RouteView.NextHop nh : r.nextHops()) {
                String ifname = truncate(nh.interfaceName());
                String nexthop = IpAddresses.formatIpv6(nh.address());
                if (first) {
                    sb.append(String.format("%c%1s %2s %-30s %-25s %6s %s\n", r.best() ? '*' : ' ',
                            r.destinationType().code(), pathCode(r.pathType()), destination(r), nexthop, ifname,
                            Ospf6Times.timerstring(r.sinceChangeMillis())));
                    first = false;
                } else {
                    sb.append(String.format("%c%1s %2s %-30s %-25s %6s %s\n", ' ', "", "", "", nexthop, ifname, ""));
                }
            }
        }
        return sb.toString();
    }

    private static String truncate(String ifname) {
        return ifname.length() > IFNAMSIZ ? ifname.substring(0, IFNAMSIZ) : ifname;
    }

    /**
     * {"routes":{"2001:db8::/64":{...}}}: keyed by destination, so when a prefix has several entries json-c keeps
     * the first one's place and the last one's content (json_object_object_add replaces the value).
     */
    private static String json(List<Ospf6RouteView> routes) {
        Map<String, Ospf6RouteView> byDestination = new LinkedHashMap<>();
        routes.forEach(r -> byDestination.put(destination(r), r));
        JsonWriter w = new JsonWriter().beginObject();
        w.name("routes").beginObject();
        byDestination.forEach((dest, r) -> {
            w.name(dest).beginObject().field("isBestRoute", r.best())
                    .field("destinationType", r.destinationType().code()).field("pathType", pathCode(r.pathType()))
                    .field("duration", Ospf6Times.timerstring(r.sinceChangeMillis()));
            w.name("nextHops").beginArray();
            for (Ospf6RouteView.NextHop nh : r.nextHops()) {
                w.beginObject().field("nextHop", IpAddresses.formatIpv6(nh.address()))
                        .field("interfaceName", nh.interfaceName()).endObject();
            }
            w.endArray().endObject();
        });
        w.endObject();
        return Ospf6Json.vtyJson(w.endObject());
    }
}
