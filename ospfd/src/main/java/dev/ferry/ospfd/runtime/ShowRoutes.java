package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.route.OspfRoute;
import dev.ferry.ospfd.core.route.PathType;
import dev.ferry.ospfd.core.route.RouterRoute;
import dev.ferry.ospfd.core.route.RoutingTable;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `show ip ospf route [json]`: FRR 8.4's network, router and external routing tables
 * (show_ip_ospf_route_network, _router, _external) from the last routing table calculation. Rows are built
 * first ({@link #of}), then rendered by pure functions.
 */
final class ShowRoutes {
    /** A nexthop as FRR prints it: "via GATEWAY, IFNAME", or "directly attached to IFNAME" (gateway null). */
    record Hop(String gateway, String ifname) {
    }

    /** A network route; {@code tag} only for external ones. */
    record NetworkRow(IpPrefix prefix, PathType type, int cost, int type2Cost, String area, long tag,
            List<Hop> hops) {
    }

    /** One path to an ABR or ASBR, in one area. */
    record RouterPath(boolean interArea, int cost, String area, boolean abr, boolean asbr, List<Hop> hops) {
    }

    record RouterRow(int routerId, List<RouterPath> paths) {
    }

    /** The three tables; null networks when no calculation ran yet. */
    record Tables(List<NetworkRow> networks, List<RouterRow> routers, List<NetworkRow> externals) {
    }

    private ShowRoutes() {
    }

    /** FRR's route table order: by address, shorter prefixes first. */
    static final Comparator<IpPrefix> TABLE_ORDER = (a, b) -> {
        int c = Arrays.compareUnsigned(a.address(), b.address());
        return c != 0 ? c : Integer.compare(a.length(), b.length());
    };

    /** Where the rows' names and tags come from: the router's links and AS-external LSAs. */
    interface Naming {
        /** The name of the interface with this address (a nexthop's outgoing interface), or null. */
        String ifname(int interfaceAddress);

        /** The interface a network of our own is on, for connected routes SPF gives no nexthop; or null. */
        String attached(IpPrefix prefix);

        /** The route tag of an external route. */
        long tag(OspfRoute route);
    }

    static Tables of(OspfRouter router) {
        return of(router.routes.table(), new Naming() {
            @Override
            public String ifname(int interfaceAddress) {
                Link l = router.routes.outgoingLink(interfaceAddress);
                return l == null ? null : l.name;
            }

            @Override
            public String attached(IpPrefix prefix) {
                for (Link l : router.links()) {
                    if (new IpPrefix(ShowFormat.bytes(l.address), l.prefixLength).masked().equals(prefix.masked())) {
                        return l.name;
                    }
                }
                return null;
            }

            @Override
            public long tag(OspfRoute route) {
                return ShowRoutes.tag(router, route);
            }
        });
    }

    static Tables of(RoutingTable table, Naming naming) {
        if (table == null) {
            return new Tables(null, List.of(), List.of());
        }
        List<NetworkRow> networks = new ArrayList<>();
        List<NetworkRow> externals = new ArrayList<>();
        for (OspfRoute r : table.networks().values()) {
            List<Hop> hops = hops(naming, r.nextHops());
            if (hops.isEmpty() && r.connected() && naming.attached(r.prefix()) != null) {
                hops = List.of(new Hop(null, naming.attached(r.prefix())));
            }
            String area = area(r.area());
            if (r.type().isExternal()) {
                externals.add(new NetworkRow(r.prefix(), r.type(), r.cost(), r.type2Cost(), area, naming.tag(r),
                        hops));
            } else {
                networks.add(new NetworkRow(r.prefix(), r.type(), r.cost(), 0, area, 0, hops));
            }
        }
        networks.sort(Comparator.comparing(NetworkRow::prefix, TABLE_ORDER));
        externals.sort(Comparator.comparing(NetworkRow::prefix, TABLE_ORDER));
        List<RouterRow> routers = new ArrayList<>();
        for (Map.Entry<Integer, List<RouterRoute>> e : table.routers().entrySet()) {
            List<RouterPath> paths = new ArrayList<>();
            for (RouterRoute rr : e.getValue()) {
                paths.add(new RouterPath(rr.type() == PathType.INTER_AREA, rr.cost(), area(rr.area()), rr.abr(),
                        rr.asbr(), hops(naming, rr.nextHops())));
            }
            routers.add(new RouterRow(e.getKey(), paths));
        }
        routers.sort(Comparator.comparing(RouterRow::routerId, Integer::compareUnsigned));
        return new Tables(networks, routers, externals);
    }

    private static String area(AreaId id) {
        return ShowFormat.ip((int) id.value());
    }

    /** FRR prints a path only when its interface exists (if_lookup_by_index). */
    private static List<Hop> hops(Naming naming, Set<NextHop> nextHops) {
        List<Hop> out = new ArrayList<>();
        for (NextHop nh : nextHops) {
            String ifname = naming.ifname(nh.outgoingInterface());
            if (ifname != null) {
                out.add(new Hop(nh.isDirect() ? null : IpAddresses.format(nh.gateway()), ifname));
            }
        }
        out.sort(Comparator.comparing(Hop::ifname).thenComparing(h -> h.gateway() == null ? "" : h.gateway()));
        return out;
    }

    /** The route tag of the AS-external LSA the route came from (the one with its prefix and metric). */
    private static long tag(OspfRouter router, OspfRoute r) {
        for (Lsa lsa : router.external().all()) {
            if (lsa.body() instanceof ExternalLsaV2 e) {
                IpPrefix p = new IpPrefix(ShowFormat.bytes(lsa.header().linkStateId() & e.networkMask()),
                        ShowFormat.maskLength(e.networkMask()));
                boolean sameType = e.route().type2() == (r.type() == PathType.EXTERNAL_2);
                if (p.equals(r.prefix()) && sameType
                        && (r.type() != PathType.EXTERNAL_2 || e.route().metric() == r.type2Cost())) {
                    return Integer.toUnsignedLong(e.route().routeTag());
                }
            }
        }
        return 0;
    }

    static String text(Tables t) {
        if (t.networks() == null) {
            return "No OSPF routing information exist\n";
        }
        StringBuilder sb = new StringBuilder("============ OSPF network routing table ============\n");
        for (NetworkRow r : t.networks()) {
            sb.append(String.format("%-4s %-18s    [%d] area: %s\n", r.type().networkCode(), r.prefix(), r.cost(),
                    r.area()));
            hopsText(sb, r.hops());
        }
        sb.append("\n============ OSPF router routing table =============\n");
        for (RouterRow row : t.routers()) {
            sb.append(String.format("R    %-15s    ", ShowFormat.ip(row.routerId())));
            boolean first = true;
            for (RouterPath p : row.paths()) {
                if (!first) {
                    sb.append(" ".repeat(24));
                }
                first = false;
                sb.append(p.interArea() ? "IA" : "  ").append(" [").append(p.cost()).append("] area: ")
                        .append(p.area()).append(p.abr() ? ", ABR" : "").append(p.asbr() ? ", ASBR" : "")
                        .append('\n');
                hopsText(sb, p.hops());
            }
        }
        sb.append("\n============ OSPF external routing table ===========\n");
        for (NetworkRow r : t.externals()) {
            if (r.type() == PathType.EXTERNAL_1) {
                sb.append(String.format("N E1 %-18s    [%d] tag: %d\n", r.prefix(), r.cost(), r.tag()));
            } else {
                sb.append(String.format("N E2 %-18s    [%d/%d] tag: %d\n", r.prefix(), r.cost(), r.type2Cost(),
                        r.tag()));
            }
            hopsText(sb, r.hops());
        }
        return sb.append("\n\n").toString();
    }

    private static void hopsText(StringBuilder sb, List<Hop> hops) {
        for (Hop h : hops) {
            sb.append(" ".repeat(24)).append("   ");
            if (h.gateway() == null) {
                sb.append("directly attached to ").append(h.ifname()).append('\n');
            } else {
                sb.append("via ").append(h.gateway()).append(", ").append(h.ifname()).append('\n');
            }
        }
    }

    /** The members FRR puts in the instance's object: every network, router and external route by key. */
    static void json(ShowCompactJson w, Tables t) {
        if (t.networks() == null) {
            return;
        }
        for (NetworkRow r : t.networks()) {
            w.name(r.prefix().toString()).beginObject().field("routeType", r.type().networkCode())
                    .field("cost", r.cost()).field("area", r.area());
            hopsJson(w, r.hops());
            w.endObject();
        }
        for (RouterRow row : t.routers()) {
            w.name(ShowFormat.ip(row.routerId())).beginObject().field("routeType", "R ");
            // json-c replaces a key added again: one path's values stay, the last one's (FRR adds each in turn)
            RouterPath last = row.paths().getLast();
            w.field("cost", last.cost()).field("area", last.area());
            if (row.paths().stream().anyMatch(RouterPath::interArea)) {
                w.field("IA", true);
            }
            String routerType = null;
            for (RouterPath p : row.paths()) {
                routerType = p.abr() ? "abr" : p.asbr() ? "asbr" : routerType;
            }
            if (routerType != null) {
                w.field("routerType", routerType);
            }
            hopsJson(w, last.hops());
            w.endObject();
        }
        for (NetworkRow r : t.externals()) {
            w.name(r.prefix().toString()).beginObject().field("routeType", r.type().networkCode())
                    .field("cost", r.cost());
            if (r.type() == PathType.EXTERNAL_2) {
                w.field("type2cost", r.type2Cost());
            }
            w.field("tag", r.tag());
            hopsJson(w, r.hops());
            w.endObject();
        }
    }

    private static void hopsJson(ShowCompactJson w, List<Hop> hops) {
        w.name("nexthops").beginArray();
        for (Hop h : hops) {
            w.beginObject();
            if (h.gateway() == null) {
                w.field("ip", " ").field("directly attached to", h.ifname());
            } else {
                w.field("ip", h.gateway()).field("via", h.ifname());
            }
            w.endObject();
        }
        w.endArray();
    }
}
