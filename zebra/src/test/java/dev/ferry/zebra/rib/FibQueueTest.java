package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.mask;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dataplane boundary: batches, routes in flight ('q'), answers to superseded ops. */
class FibQueueTest {

    @Test
    void routesInFlightShowQueued() {
        RibTestBed t = new RibTestBed();
        t.fib.holdAnswers(true);
        t.iface(0, 2, "eth0", "10.1.1.2/24").add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        assertTrue(mask(t.show("show ip route")).contains("O>q 2.2.2.2/32 [110/20] via 10.1.1.254, eth0, weight 1"));
        assertTrue(t.show("show ip route json").contains("\"queued\":true"));
        assertEquals(1, t.rib.opsInFlight());
        t.fib.answerAll();
        t.settle();
        assertTrue(mask(t.show("show ip route")).contains("O>* 2.2.2.2/32"));
        assertEquals(0, t.rib.opsInFlight());
    }

    @Test
    void oneBatchPerProcessingRound() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").settle();
        long before = t.fib.submitted();
        for (int i = 0; i < 50; i++) {
            t.add(ospf("10.2." + i + ".0/24", 20, via(0, "10.1.1.254", 2)));
        }
        t.settle();
        assertEquals(50, t.fib.submitted() - before);
        assertEquals(51, t.fib.routeCount() + 1, "50 OSPF routes; connected routes are the kernel's own");
    }

    @Test
    void anAnswerToASupersededOpIsIgnored() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").iface(0, 3, "eth1", "10.1.2.2/24").settle();
        t.fib.holdAnswers(true);
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.2.254", 3))).settle();
        assertEquals(2, t.rib.opsInFlight());
        t.fib.answerAll();
        t.settle();
        RouteEntry e = t.rib.route(0, p("2.2.2.2/32")).selected();
        assertTrue(e.isInstalled() && !e.isQueued());
        assertEquals(List.of("10.1.2.254"),
                t.fib.route(254, p("2.2.2.2/32")).nexthops().stream().map(n -> n.gateway().toString()).toList());
    }

    @Test
    void deletingARouteRemovesItFromTheKernel() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        assertEquals(1, t.fib.routeCount());
        assertTrue(t.rib.deleteRoute(0, p("2.2.2.2/32"), RouteType.OSPF, 0));
        t.settle();
        assertEquals(0, t.fib.routeCount());
        assertEquals(null, t.rib.route(0, p("2.2.2.2/32")), "empty nodes leave the table");
    }

    @Test
    void aBetterDistanceReplacesTheInstalledRoute() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        t.add(RibTestBed.staticRoute(0, "2.2.2.2/32", via(0, "10.1.1.253"))).settle();
        assertEquals("10.1.1.253", t.fib.route(254, p("2.2.2.2/32")).nexthops().getFirst().gateway().toString());
        String out = mask(t.show("show ip route"));
        assertTrue(out.contains("O   2.2.2.2/32 [110/20] via 10.1.1.254, eth0, weight 1, HH:MM:SS\n"), out);
        assertTrue(out.contains("S>* 2.2.2.2/32 [1/0] via 10.1.1.253, eth0, weight 1, HH:MM:SS\n"), out);
        assertEquals(FibOp.Action.REPLACE, t.fib.ops().getLast().action());
    }

    @Test
    void anUnchangedResendCostsNoKernelOp() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        long ops = t.fib.submitted();
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        assertEquals(ops, t.fib.submitted());
        assertTrue(t.rib.route(0, p("2.2.2.2/32")).selected().isInstalled());
        assertEquals(1, t.rib.route(0, p("2.2.2.2/32")).entries().size());
        t.add(ospf("2.2.2.2/32", 30, via(0, "10.1.1.254", 2))).settle();
        assertEquals(ops + 1, t.fib.submitted(), "a new metric goes to the kernel");
    }
}
