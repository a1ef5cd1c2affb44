package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.staticRoute;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.zebra.rib.fib.InMemoryFib;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Static routes as FRR's staticd sends them: one route per (table, distance) of a prefix. Routes with a table id
 * live in a RIB of their own and go to that kernel table; several distances of one prefix stay apart and the
 * best usable one is installed, the next one taking over when its gateway goes.
 */
class StaticTablesAndDistancesTest {
    private static final Prefix DEST = p("10.9.0.0/24");

    private static RibTestBed router() {
        return new RibTestBed().iface(0, 2, "eth0", "10.1.0.1/24").iface(0, 3, "eth1", "10.2.0.1/24");
    }

    private static String gatewayIn(RibTestBed t, int table) {
        InMemoryFib.Installed r = t.fib.route(table, DEST);
        return r == null ? null : r.nexthops().getFirst().gateway().toString();
    }

    @Test
    void aTableRouteGoesToItsKernelTableAndCompetesWithNothingInTheVrf() {
        RibTestBed t = router();
        t.add(ospf("10.9.0.0/24", 10, via(0, "10.2.0.3", 3)))
                .add(staticRoute(0, "10.9.0.0/24", via(0, "10.1.0.2")).withTable(100)).settle();

        assertEquals("10.1.0.2", gatewayIn(t, 100), "the static route is in kernel table 100");
        assertEquals("10.2.0.3", gatewayIn(t, 254), "the OSPF route keeps the main table: distance 1 is elsewhere");
        RouteNode inTable = t.rib.route(0, 100, DEST);
        assertTrue(inTable.selected().isInstalled());
        assertEquals(RouteType.OSPF, t.rib.route(0, DEST).selected().type());
        assertFalse(t.rib.route(0, DEST).entries().stream().anyMatch(e -> e.type() == RouteType.STATIC));

        String shown = t.show("show ip route table 100");
        assertTrue(shown.startsWith("Codes: K - kernel route"), shown);
        assertTrue(shown.contains("\nVRF default table 100:\nS>* 10.9.0.0/24 [1/0] via 10.1.0.2, eth0, weight 1, "),
                shown);
        assertFalse(t.show("show ip route").contains("S>* 10.9.0.0/24"), "not in the VRF's own listing");
        assertTrue(t.show("show ip route table 100 json").contains("\"table\":100"));
        assertTrue(t.show("show ip route json").contains("\"table\":254"));
        assertEquals("", t.show("show ip route table 200"), "FRR prints nothing for a table never used");
        assertEquals("{}", t.show("show ip route table 200 json").strip());
        assertEquals("Linux vrf backend already points to table id\nEither remove table parameter or vrf parameter",
                t.show("show ip route table 100 vrf default").strip());

        String all = t.show("show ip route table all");
        int t100 = all.indexOf("VRF default table 100:");
        int t254 = all.indexOf("VRF default table 254:");
        assertTrue(t100 > 0 && t254 > t100, all);
        assertTrue(all.substring(t254).contains("O>* 10.9.0.0/24 [110/10] via 10.2.0.3, eth1"), all);

        // its gateway resolves in the VRF: without the connected subnet it leaves the kernel table
        t.rib.interfaces().removeAddress(0, 2, IpPrefix.parse("10.1.0.1/24"));
        t.settle();
        assertNull(gatewayIn(t, 100));
        t.rib.interfaces().addAddress(0, 2, IpPrefix.parse("10.1.0.1/24"));
        t.settle();
        assertEquals("10.1.0.2", gatewayIn(t, 100));

        assertFalse(t.rib.deleteRoute(0, DEST, RouteType.STATIC, 0, 1), "the VRF's table has no static route");
        assertTrue(t.rib.deleteRoute(0, 100, DEST, RouteType.STATIC, 0, 1));
        t.settle();
        assertNull(gatewayIn(t, 100));
        assertEquals("10.2.0.3", gatewayIn(t, 254));
        assertEquals("", t.show("show ip route table 100"));
    }

    @Test
    void theVrfsOwnTableIdIsTheVrfsTable() {
        RibTestBed t = router();
        t.add(staticRoute(0, "10.9.0.0/24", via(0, "10.1.0.2")).withTable(254)).settle();
        assertEquals("10.1.0.2", gatewayIn(t, 254));
        assertTrue(t.rib.route(0, DEST).selected().isInstalled());
        assertTrue(t.rib.vrfs().defaultVrf().otherTables(Afi.IPV4).isEmpty());
    }

    @Test
    void twoDistancesStayApartAndTheNextTakesOverWhenTheBestGatewayGoes() {
        RibTestBed t = router();
        t.add(staticRoute(0, "10.9.0.0/24", via(0, "10.1.0.2")))
                .add(staticRoute(0, "10.9.0.0/24", via(0, "10.2.0.2")).withDistance(200)).settle();
        RouteNode node = t.rib.route(0, DEST);
        assertEquals(2, node.visibleEntries().size(), "one entry per distance");
        assertEquals(1, node.selected().distance());
        assertEquals("10.1.0.2", gatewayIn(t, 254));
        List<String> lines = RibTestBed.lines(t.show("show ip route static"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("S>* 10.9.0.0/24 [1/0] via 10.1.0.2, eth0")), lines
                .toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("S   10.9.0.0/24 [200/0] via 10.2.0.2, eth1")), lines
                .toString());

        t.rib.interfaces().removeAddress(0, 2, IpPrefix.parse("10.1.0.1/24"));
        t.settle();
        assertEquals("10.2.0.2", gatewayIn(t, 254), "distance 200 takes over");
        assertEquals(200, t.rib.route(0, DEST).selected().distance());
        assertTrue(t.rib.route(0, DEST).selected().isInstalled());

        t.rib.interfaces().addAddress(0, 2, IpPrefix.parse("10.1.0.1/24"));
        t.settle();
        assertEquals("10.1.0.2", gatewayIn(t, 254), "distance 1 comes back");
        RouteEntry best = t.rib.route(0, DEST).selected();
        assertEquals(1, best.distance());
        assertTrue(best.isInstalled());
        RouteEntry other = t.rib.route(0, DEST).visibleEntries().stream().filter(e -> e != best).findFirst()
                .orElseThrow();
        assertFalse(other.isInstalled() || other.isSelected());

        // a delete names its distance: the other one stays
        assertTrue(t.rib.deleteRoute(0, DEST, RouteType.STATIC, 0, 1));
        t.settle();
        assertEquals("10.2.0.2", gatewayIn(t, 254));
        assertEquals(1, t.rib.route(0, DEST).visibleEntries().size());
        assertNotNull(t.rib.route(0, DEST).selected());
        assertEquals(a("10.2.0.2"), t.rib.route(0, DEST).selected().group().get(0).gateway());
    }

    @Test
    void anAddWithTheSameDistanceReplacesOnlyThatDistance() {
        RibTestBed t = router();
        t.add(staticRoute(0, "10.9.0.0/24", via(0, "10.1.0.2")))
                .add(staticRoute(0, "10.9.0.0/24", via(0, "10.2.0.2")).withDistance(200))
                .add(staticRoute(0, "10.9.0.0/24", via(0, "10.1.0.3"))).settle();
        assertEquals(2, t.rib.route(0, DEST).visibleEntries().size());
        assertEquals("10.1.0.3", gatewayIn(t, 254));
    }
}
