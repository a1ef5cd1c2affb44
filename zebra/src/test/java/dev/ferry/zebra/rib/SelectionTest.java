package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.dev;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.route;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** FRR's rib_choose_best: connected first, then distance, then metric, then the older route. */
class SelectionTest {

    private static RibTestBed router() {
        return new RibTestBed().iface(0, 2, "eth0", "10.1.1.2/24").iface(0, 3, "eth1", "10.1.2.2/24");
    }

    private static RouteType selectedType(RibTestBed t, String prefix) {
        return t.rib.route(0, p(prefix)).selected().type();
    }

    @Test
    void lowerDistanceWinsWhateverTheMetric() {
        RibTestBed t = router();
        t.add(ospf("192.0.2.0/24", 1, via(0, "10.1.1.254", 2)));
        t.add(route(0, "192.0.2.0/24", RouteType.BGP, 20, 500, via(0, "10.1.2.254", 3))).settle();
        assertEquals(RouteType.BGP, selectedType(t, "192.0.2.0/24"));
        t.add(route(0, "192.0.2.0/24", RouteType.BGP, 200, 0, via(0, "10.1.2.254", 3))).settle();
        assertEquals(RouteType.OSPF, selectedType(t, "192.0.2.0/24"), "iBGP's 200 loses to OSPF's 110");
    }

    @Test
    void equalDistanceLowerMetricWinsAndTiesGoToTheOlderRoute() {
        RibTestBed t = router();
        t.add(route(0, "192.0.2.0/24", RouteType.OSPF, 110, 30, via(0, "10.1.1.254", 2)));
        t.add(route(0, "192.0.2.0/24", RouteType.OSPF6, 110, 20, via(0, "10.1.2.254", 3))).settle();
        assertEquals(RouteType.OSPF6, selectedType(t, "192.0.2.0/24"));
        t.add(route(0, "192.0.2.0/24", RouteType.OSPF, 110, 20, via(0, "10.1.1.254", 2))).settle();
        assertEquals(RouteType.OSPF6, selectedType(t, "192.0.2.0/24"), "same distance and metric: the older stays");
    }

    @Test
    void connectedBeatsEverythingAndALoopbackBeatsOtherConnected() {
        RibTestBed t = router();
        t.add(route(0, "10.1.1.0/24", RouteType.STATIC, 0, 0, via(0, "10.1.2.254", 3))).settle();
        assertEquals(RouteType.CONNECTED, selectedType(t, "10.1.1.0/24"));
        t.iface(0, 1, "lo", "10.1.2.9/24").settle();
        RouteEntry best = t.rib.route(0, p("10.1.2.0/24")).selected();
        assertEquals(1, best.group().get(0).ifindex(), "the loopback's connected route");
    }

    @Test
    void infiniteDistanceIsNeverSelected() {
        RibTestBed t = router();
        t.add(route(0, "192.0.2.0/24", RouteType.STATIC, 255, 0, via(0, "10.1.1.254"))).settle();
        assertFalse(t.rib.route(0, p("192.0.2.0/24")).entries().getFirst().isSelected());
    }

    @Test
    void interfaceDownTakesItsRoutesAndConnectedRoutesAway() {
        RibTestBed t = router();
        t.add(ospf("192.0.2.0/24", 10, via(0, "10.1.1.254", 2), via(0, "10.1.2.254", 3)))
                .add(route(0, "198.51.100.0/24", RouteType.STATIC, 1, 0, dev(0, 2))).settle();
        assertEquals(2, t.fib.route(254, p("192.0.2.0/24")).nexthops().size());
        t.rib.interfaces().setOperative(0, 2, false);
        t.settle();
        assertEquals(1, t.fib.route(254, p("192.0.2.0/24")).nexthops().size());
        assertEquals(null, t.fib.route(254, p("198.51.100.0/24")));
        assertEquals(null, t.rib.route(0, p("10.1.1.0/24")));
        t.rib.interfaces().setOperative(0, 2, true);
        t.settle();
        assertEquals(2, t.fib.route(254, p("192.0.2.0/24")).nexthops().size());
        assertTrue(t.rib.route(0, p("198.51.100.0/24")).selected().isInstalled());
    }

    @Test
    void blackholesAreAlwaysUsable() {
        RibTestBed t = router();
        t.add(new RouteUpdate(0, p("192.0.2.0/24"), RouteType.STATIC, 0, 1, 0, 0, 0,
                java.util.List.of(Nexthop.blackhole(0, BlackholeType.NULL)))).settle();
        assertTrue(t.show("show ip route").contains("S>* 192.0.2.0/24 [1/0] unreachable (blackhole), "));
        assertTrue(t.show("show ip route json").contains("\"unreachable\":true,\n          \"blackhole\":true"));
    }
}
