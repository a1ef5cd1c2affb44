package dev.ferry.zebra.rib.show;

import static dev.ferry.zebra.rib.RibTestBed.assertSameShow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ReferenceFiles;
import dev.ferry.zebra.rib.RibTestBed;
import org.junit.jupiter.api.Test;

/**
 * `show ip route` / `show ipv6 route` / `show mpls table` against what FRR 8.4.4 printed for the same RIB
 * (shared/frr-reference/out), uptimes and nexthop group ids masked.
 */
class ShowRouteGoldenTest {

    private static String ref(String router, String command) {
        return ReferenceFiles.read("out/" + router + "/" + command + ".txt");
    }

    @Test
    void pe1RoutesTextAndJson() {
        RibTestBed pe1 = ReferenceRouters.pe1();
        assertSameShow(ref("PE1", "show_ip_route"), pe1.show("show ip route"));
        assertSameShow(ref("PE1", "show_ip_route_json"), pe1.show("show ip route json"));
        assertSameShow(ref("PE1", "show_ip_route_vrf_all"), pe1.show("show ip route vrf all"));
    }

    @Test
    void pe1VrfsThatTheKernelDoesNotHave() {
        RibTestBed pe1 = ReferenceRouters.pe1();
        assertEquals(ref("PE1", "show_ip_route_vrf_CUSTA"), pe1.show("show ip route vrf CUSTA"));
        assertEquals(ref("PE1", "show_ip_route_vrf_CUSTB"), pe1.show("show ip route vrf CUSTB"));
        assertEquals(ref("PE1", "show_ip_route_vrf_CUSTA_192.168.2.0~24"),
                pe1.show("show ip route vrf CUSTA 192.168.2.0/24"));
        assertEquals(ref("PE1", "show_ip_route_vrf_CUSTA_json"), pe1.show("show ip route vrf CUSTA json"));
        assertEquals(CmdStatus.WARNING, pe1.execute("show ip route vrf CUSTA").status());
        assertEquals("% VRF NOPE not found\n", pe1.show("show ip route vrf NOPE"));
    }

    @Test
    void pe1MplsTableIsEmptyLikeFrrs() {
        RibTestBed pe1 = ReferenceRouters.pe1();
        assertEquals(ref("PE1", "show_mpls_table"), pe1.show("show mpls table"));
        assertEquals(ref("PE1", "show_mpls_table_json"), pe1.show("show mpls table json"));
    }

    @Test
    void pe1WithNamespaceVrfs() {
        RibTestBed pe1 = ReferenceRouters.pe1Netns();
        assertSameShow(ref("nsvrf/PE1", "show_ip_route"), pe1.show("show ip route"));
        assertSameShow(ref("nsvrf/PE1", "show_ip_route_vrf_CUSTA"), pe1.show("show ip route vrf CUSTA"));
        assertSameShow(ref("nsvrf/PE1", "show_ip_route_vrf_CUSTA_json"), pe1.show("show ip route vrf CUSTA json"));
        assertSameShow(ref("nsvrf/PE1", "show_ip_route_vrf_CUSTB"), pe1.show("show ip route vrf CUSTB"));
        assertSameShow(ref("nsvrf/PE1", "show_ip_route_vrf_all"), pe1.show("show ip route vrf all"));
        assertEquals(ref("nsvrf/PE1", "show_ip_route_vrf_CUSTA_192.168.2.0~24"),
                pe1.show("show ip route vrf CUSTA 192.168.2.0/24"));
    }

    @Test
    void prTextAndJson() {
        RibTestBed pr = ReferenceRouters.pr();
        assertSameShow(ref("PR", "show_ip_route"), pr.show("show ip route"));
        assertSameShow(ref("PR", "show_ip_route_json"), pr.show("show ip route json"));
        assertEquals(ref("nsvrf/PR", "show_ip_route_vrf_CUSTA"), pr.show("show ip route vrf CUSTA"));
    }

    @Test
    void ceDefaultRoute() {
        assertSameShow(ref("CE1", "show_ip_route"), ReferenceRouters.ce1().show("show ip route"));
    }

    @Test
    void ipv6WithLinkLocalsAndOspf6() {
        RibTestBed f1 = ReferenceRouters.f1();
        assertSameShow(ref("F1", "show_ipv6_route"), f1.show("show ipv6 route"));
        assertSameShow(ref("F1", "show_ip_route"), f1.show("show ip route"));
    }

    @Test
    void abbreviationsAndFilters() {
        RibTestBed pe1 = ReferenceRouters.pe1();
        String full = pe1.show("show ip route");
        assertEquals(full, pe1.show("sh ip ro"));
        assertEquals(full, pe1.show("show ip route"));
        assertEquals(CmdStatus.ERR_AMBIGUOUS, pe1.execute("show ip rout").status(), "route or router-id, as in FRR");
        String ospf = pe1.show("show ip route ospf");
        assertEquals(5, ospf.lines().filter(l -> l.startsWith("O")).count());
        assertEquals(0, ospf.lines().filter(l -> l.startsWith("C>")).count());
        String longer = pe1.show("show ip route 10.0.0.0/8 longer-prefixes");
        assertEquals(3, longer.lines().filter(l -> l.contains(" 10.1.")).count());
        assertEquals("% Network not in table\n", pe1.show("show ip route 192.0.2.0/24"));
        assertEquals("{}\n", pe1.show("show ip route 192.0.2.0/24 json"));
        RibTestBed.assertSameShow("""
                Routing entry for 10.1.2.0/24
                  Known via "ospf", distance 110, metric 20, best
                  Last update 00:01:07 ago
                  * 10.1.1.254, via eth0, weight 1

                """, pe1.show("show ip route 10.1.2.99"));
        assertEquals("""
                Route Source         Routes               FIB  (vrf default)
                connected            4                    4                   \s
                ospf                 5                    3                   \s
                ------
                Totals               9                    7                   \s

                """, pe1.show("show ip route summary"));
    }
}
