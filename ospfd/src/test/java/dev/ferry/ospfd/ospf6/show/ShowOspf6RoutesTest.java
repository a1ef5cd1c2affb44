package dev.ferry.ospfd.ospf6.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.route.PathType;
import dev.ferry.ospfd.ospf6.show.Ospf6RouteView.DestinationType;
import dev.ferry.ospfd.ospf6.show.Ospf6RouteView.NextHop;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `show ipv6 ospf6 route [json]`, derived from frr-8.4.4 ospf6d/ospf6_route.c ospf6_route_show (lines 1105-1186):
 * "%c%1s %2s %-30s %-25s %6.*s %s" per nexthop, the route's columns blank after the first. F1's table is the one its
 * recorded `show ipv6 route` implies: its own loopback /128 (connected, nexthop "::") and F2's via eth0.
 */
class ShowOspf6RoutesTest {
    private static NextHop via(String address, String ifname) {
        return new NextHop(IpAddresses.parseIpv6(address), ifname);
    }

    private static Ospf6RouteView network(String prefix, PathType type, boolean best, long since, NextHop... nhs) {
        return new Ospf6RouteView(DestinationType.NETWORK, IpPrefix.parse(prefix), type, best, since, List.of(nhs));
    }

    static List<Ospf6RouteView> f1() {
        // given out of table order: the formatter walks the prefix trie's order
        return List.of(
                network("2001:db8:ffff::2/128", PathType.INTRA_AREA, true, 5_400,
                        via("fe80::5c9f:80ff:fea5:91e5", "eth0")),
                network("2001:db8:ffff::1/128", PathType.INTRA_AREA, true, 50_000, via("::", "lo")));
    }

    @Test
    void textOfF1() {
        assertEquals("*N IA 2001:db8:ffff::1/128           ::                            lo 00:00:50\n"
                + "*N IA 2001:db8:ffff::2/128           fe80::5c9f:80ff:fea5:91e5   eth0 00:00:05\n",
                ShowOspf6Routes.render(f1(), false));
    }

    /** Codes "IE" for inter-area (ospf6_path_type_substr), ECMP continuation lines, IFNAMSIZ truncation. */
    @Test
    void pathCodesEcmpAndInterfaceTruncation() {
        List<Ospf6RouteView> routes = List.of(
                network("2001:db8:100::/56", PathType.INTER_AREA, false, 60_000, via("fe80::1", "eth0")),
                network("::/0", PathType.EXTERNAL_2, true, 93_784_000, via("fe80::1", "eth0"),
                        via("fe80::2", "a-very-long-interface-name")),
                network("2001:db8:200::/64", PathType.EXTERNAL_1, true, 0));
        assertEquals("*N E2 ::/0                           fe80::1                     eth0 1d02:03:04\n"
                + "                                     fe80::2                   a-very-long-inte \n"
                + " N IE 2001:db8:100::/56              fe80::1                     eth0 00:01:00\n",
                ShowOspf6Routes.render(routes, false));
    }

    @Test
    void jsonOfF1() {
        assertEquals("{\n"
                + "  \"routes\":{\n"
                + "    \"2001:db8:ffff::1/128\":{\n"
                + "      \"isBestRoute\":true,\n"
                + "      \"destinationType\":\"N\",\n"
                + "      \"pathType\":\"IA\",\n"
                + "      \"duration\":\"00:00:50\",\n"
                + "      \"nextHops\":[\n"
                + "        {\n"
                + "          \"nextHop\":\"::\",\n"
                + "          \"interfaceName\":\"lo\"\n"
                + "        }\n"
                + "      ]\n"
                + "    },\n"
                + "    \"2001:db8:ffff::2/128\":{\n"
                + "      \"isBestRoute\":true,\n"
                + "      \"destinationType\":\"N\",\n"
                + "      \"pathType\":\"IA\",\n"
                + "      \"duration\":\"00:00:05\",\n"
                + "      \"nextHops\":[\n"
                + "        {\n"
                + "          \"nextHop\":\"fe80::5c9f:80ff:fea5:91e5\",\n"
                + "          \"interfaceName\":\"eth0\"\n"
                + "        }\n"
                + "      ]\n"
                + "    }\n"
                + "  }\n"
                + "}\n", ShowOspf6Routes.render(f1(), true));
    }

    /** Two entries of one prefix: both printed in text; in JSON the key keeps its place and the last one's value. */
    @Test
    void samePrefixTwice() {
        List<Ospf6RouteView> routes = List.of(
                network("2001:db8:1::/64", PathType.INTRA_AREA, true, 1_000, via("fe80::1", "eth0")),
                network("2001:db8:1::/64", PathType.INTER_AREA, false, 2_000, via("fe80::2", "eth1")));
        assertEquals("*N IA 2001:db8:1::/64                fe80::1                     eth0 00:00:01\n"
                + " N IE 2001:db8:1::/64                fe80::2                     eth1 00:00:02\n",
                ShowOspf6Routes.render(routes, false));
        String json = ShowOspf6Routes.render(routes, true);
        assertEquals(1, json.split("2001:db8:1::/64").length - 1, json);
        assertEquals(true, json.contains("\"isBestRoute\":false,\n      \"destinationType\":\"N\",\n"
                + "      \"pathType\":\"IE\""), json);
    }

    /** ospf6_linkstate_prefix2str and inet_ntop of a router entry's prefix. */
    @Test
    void routerAndLinkstateDestinations() {
        byte[] ls = new byte[16];
        ls[0] = 10;
        ls[3] = 1;
        ls[7] = 5;
        assertEquals("10.0.0.1 Net-ID: 0.0.0.5", ShowOspf6Routes.destination(new Ospf6RouteView(
                DestinationType.LINKSTATE, new IpPrefix(ls, 64), PathType.INTRA_AREA, true, 0, List.of())));
        ls[7] = 0;
        assertEquals("10.0.0.1", ShowOspf6Routes.destination(new Ospf6RouteView(
                DestinationType.LINKSTATE, new IpPrefix(ls, 64), PathType.INTRA_AREA, true, 0, List.of())));
        assertEquals("a00:1::", ShowOspf6Routes.destination(new Ospf6RouteView(
                DestinationType.ROUTER, new IpPrefix(ls, 64), PathType.INTRA_AREA, true, 0, List.of())));
    }
}
