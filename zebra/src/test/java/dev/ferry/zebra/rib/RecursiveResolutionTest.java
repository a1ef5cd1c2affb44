package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.dev;
import static dev.ferry.zebra.rib.RibTestBed.mask;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.staticRoute;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.zebra.rib.fib.InMemoryFib;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recursive resolution: through IGP routes, label stacking, re-resolution, FRR's restrictions. */
class RecursiveResolutionTest {
    private static final int CUSTA = 2;

    /** The seed tutorial's PE1: OSPF to 2.2.2.2 with LDP's label 17, a VPN route in CUSTA via 2.2.2.2. */
    private static RibTestBed seedPe1() {
        RibTestBed t = new RibTestBed();
        t.rib.addVrf(CUSTA, "CUSTA", 254);
        t.iface(0, 1, "lo", "1.1.1.1/32").iface(0, 2, "eth0", "10.1.1.2/24").iface(CUSTA, 3, "eth1",
                "172.16.1.254/24");
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        t.rib.ftn().set(0, p("2.2.2.2/32"), RouteType.OSPF, LspType.LDP, a("10.1.1.254"), 2, 17);
        t.add(vpnRoute("192.168.2.0/24", 146)).settle();
        return t;
    }

    private static RouteUpdate vpnRoute(String prefix, int label) {
        Nexthop n = Nexthop.gateway(0, a("2.2.2.2")).withLabels(LspType.BGP, label).withWeight(1);
        return new RouteUpdate(CUSTA, p(prefix), RouteType.BGP, 0, 200, 0, 0,
                RouteEntry.FLAG_ALLOW_RECURSION | RouteEntry.FLAG_IBGP, List.of(n));
    }

    @Test
    void vpnRouteResolvesThroughTheIgpAndStacksTheTransportLabel() {
        RibTestBed t = seedPe1();
        String out = t.show("show ip route vrf CUSTA 192.168.2.0/24 json");
        assertTrue(out.contains("\"labels\":[\n            17,\n            146\n          ]"), out);
        List<String> lines = RibTestBed.lines(mask(t.show("show ip route vrf CUSTA")));
        assertEquals("B>  192.168.2.0/24 [200/0] via 2.2.2.2 (vrf default) (recursive), label 146, weight 1, HH:MM:SS",
                lines.get(9));
        assertEquals("  *                          via 10.1.1.254, eth0 (vrf default), label 17/146, weight 1, HH:MM:SS",
                lines.get(10));
        InMemoryFib.Installed k = t.fib.route(254, p("192.168.2.0/24"));
        assertNotNull(k);
        assertEquals(1, k.nexthops().size());
        assertEquals(a("10.1.1.254"), k.nexthops().getFirst().gateway());
        assertArrayEquals(new int[] {17, 146}, k.nexthops().getFirst().labels());
        assertTrue(t.show("show ip route").contains("O>* 2.2.2.2/32 [110/20] via 10.1.1.254, eth0, label 17, weight 1"));
    }

    @Test
    void changingTheIgpRouteReResolvesTheRoutesOverIt() {
        RibTestBed t = seedPe1();
        t.iface(0, 4, "eth1", "10.1.9.2/24").settle();
        t.add(ospf("2.2.2.2/32", 30, via(0, "10.1.9.254", 4))).settle();
        InMemoryFib.Installed k = t.fib.route(254, p("192.168.2.0/24"));
        assertEquals(a("10.1.9.254"), k.nexthops().getFirst().gateway());
        assertArrayEquals(new int[] {146}, k.nexthops().getFirst().labels(), "no FTN label on the new path");
        t.rib.ftn().set(0, p("2.2.2.2/32"), RouteType.OSPF, LspType.LDP, a("10.1.9.254"), 4, 24);
        t.settle();
        assertArrayEquals(new int[] {24, 146}, t.fib.route(254, p("192.168.2.0/24")).nexthops().getFirst().labels());

        t.rib.deleteRoute(0, p("2.2.2.2/32"), RouteType.OSPF, 0);
        t.settle();
        assertNull(t.fib.route(254, p("192.168.2.0/24")), "no route to the nexthop: withdrawn from the kernel");
        String line = t.show("show ip route vrf CUSTA").lines().filter(l -> l.startsWith("B")).findFirst().get();
        assertTrue(line.startsWith("B   192.168.2.0/24 [200/0] via 2.2.2.2 (vrf default) inactive, label 146"), line);
    }

    @Test
    void aMoreSpecificRouteTakesOverResolution() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.0.0.1/24").iface(0, 3, "eth1", "10.0.1.1/24");
        t.add(ospf("192.0.2.0/24", 10, via(0, "10.0.0.2", 2)));
        t.add(staticRoute(0, "198.51.100.0/24", via(0, "192.0.2.7"))).settle();
        assertEquals(a("10.0.0.2"), t.fib.route(254, p("198.51.100.0/24")).nexthops().getFirst().gateway());
        t.add(ospf("192.0.2.7/32", 10, via(0, "10.0.1.2", 3))).settle();
        assertEquals(a("10.0.1.2"), t.fib.route(254, p("198.51.100.0/24")).nexthops().getFirst().gateway());
    }

    @Test
    void neverThroughTheDefaultRouteUnlessAllowed() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.0.0.1/24");
        t.add(staticRoute(0, "0.0.0.0/0", via(0, "10.0.0.254")));
        t.add(staticRoute(0, "198.51.100.0/24", via(0, "203.0.113.1"))).settle();
        assertNull(t.fib.route(254, p("198.51.100.0/24")));
        t.rib.setResolveViaDefault(0, Afi.IPV4, true);
        t.settle();
        assertEquals(a("10.0.0.254"), t.fib.route(254, p("198.51.100.0/24")).nexthops().getFirst().gateway());
    }

    @Test
    void aRouteNeverResolvesThroughItself() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.0.0.1/24");
        t.add(staticRoute(0, "10.9.0.0/16", via(0, "10.9.1.1"))).settle();
        assertFalse(t.rib.route(0, p("10.9.0.0/16")).head.isSelected());
        t.add(staticRoute(0, "10.9.1.1/32", via(0, "10.9.1.1"))).settle();
        assertFalse(t.rib.route(0, p("10.9.1.1/32")).head.isSelected(), "host route via its own address");
    }

    @Test
    void withoutRecursionOnlyConnectedGatewaysCount() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.0.0.1/24");
        t.add(ospf("192.0.2.0/24", 10, via(0, "10.0.0.2", 2)));
        RouteUpdate ebgp = new RouteUpdate(0, p("198.51.100.0/24"), RouteType.BGP, 0, 20, 0, 0, 0,
                List.of(via(0, "192.0.2.9")));
        t.add(ebgp).settle();
        assertFalse(t.rib.route(0, p("198.51.100.0/24")).head.isSelected(), "eBGP without multihop");
        t.add(ebgp.withFlags(RouteEntry.FLAG_ALLOW_RECURSION)).settle();
        assertTrue(t.rib.route(0, p("198.51.100.0/24")).head.isSelected());
    }

    @Test
    void routesThroughOneNexthopShareOneResolvedGroup() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.0.0.1/24");
        for (int i = 0; i < 100; i++) {
            t.add(new RouteUpdate(0, Prefix.ipv4(0x0b000000 + (i << 8), 24), RouteType.BGP, 0, 20, 0, 0, 0,
                    List.of(via(0, "10.0.0.2"))));
        }
        t.settle();
        ResolvedGroup first = t.rib.route(0, p("11.0.0.0/24")).entries().getFirst().resolved();
        ResolvedGroup last = t.rib.route(0, p("11.0.99.0/24")).entries().getFirst().resolved();
        assertSame(first, last);
        assertEquals(100, first.refs);
        assertEquals(1, t.rib.stats().get("nexthopGroups") - 1, "one BGP group plus one connected");
    }

    @Test
    void ecmpInstallsEveryUsableNexthopOfTheWinner() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.0.0.1/24").iface(0, 3, "eth1", "10.0.1.1/24");
        t.add(ospf("192.0.2.0/24", 10, via(0, "10.0.0.2", 2), via(0, "10.0.1.2", 3), via(0, "10.0.7.2", 3)))
                .settle();
        assertEquals(2, t.fib.route(254, p("192.0.2.0/24")).nexthops().size());
        String out = mask(t.show("show ip route 192.0.2.0/24"));
        assertTrue(out.contains("  * 10.0.0.2, via eth0, weight 1\n  * 10.0.1.2, via eth1, weight 1\n"
                + "  * 10.0.7.2, via eth1 inactive, weight 1\n"), out); // FRR stars every non-recursive nexthop
    }
}
