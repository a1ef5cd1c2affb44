package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nexthop tracking, redistribution and router-id as clients see them. */
class ClientServicesTest {

    /** A listener that keeps everything it hears. */
    static final class Recorder implements RibListener {
        final List<NhtUpdate> nht = new ArrayList<>();
        final List<String> redist = new ArrayList<>();
        final List<String> routerIds = new ArrayList<>();

        @Override
        public void nexthopUpdate(NhtUpdate u) {
            nht.add(u);
        }

        @Override
        public void redistributeAdd(RedistRoute r) {
            redist.add("add " + r.type().frrName() + " " + r.prefix() + " metric " + r.metric());
        }

        @Override
        public void redistributeDelete(RedistRoute r) {
            redist.add("del " + r.type().frrName() + " " + r.prefix());
        }

        @Override
        public void routerIdUpdate(int vrfId, Afi afi, IpAddress id) {
            routerIds.add(afi.label() + " " + id);
        }
    }

    @Test
    void nexthopTrackingReportsTheResolvingRouteAndItsChanges() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").settle();
        Recorder bgp = new Recorder();
        ClientId id = t.rib.clients().connect(RouteType.BGP, 0, bgp, RibClients.Notify.NONE);
        t.rib.nht().register(id, 0, a("2.2.2.2"));
        assertFalse(bgp.nht.getLast().isReachable());

        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2))).settle();
        NhtUpdate u = bgp.nht.getLast();
        assertTrue(u.isReachable());
        assertEquals(p("2.2.2.2/32"), u.resolvedVia());
        assertEquals(RouteType.OSPF, u.type());
        assertEquals(20, u.metric());
        assertEquals(a("10.1.1.254"), u.nexthops().getFirst().gateway());

        t.rib.ftn().set(0, p("2.2.2.2/32"), RouteType.OSPF, LspType.LDP, a("10.1.1.254"), 2, 17);
        t.settle();
        assertArrayEquals(new int[] {17}, bgp.nht.getLast().nexthops().getFirst().labels(), "the transport label");

        int before = bgp.nht.size();
        t.add(ospf("192.0.2.0/24", 20, via(0, "10.1.1.254", 2))).settle();
        assertEquals(before, bgp.nht.size(), "unrelated routes do not notify");

        t.rib.deleteRoute(0, p("2.2.2.2/32"), RouteType.OSPF, 0);
        t.settle();
        assertFalse(bgp.nht.getLast().isReachable());
    }

    @Test
    void nexthopTrackingSkipsRoutesStillInFlight() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").settle();
        t.fib.holdAnswers(true);
        Recorder bgp = new Recorder();
        ClientId id = t.rib.clients().connect(RouteType.BGP, 0, bgp, RibClients.Notify.NONE);
        t.rib.nht().register(id, 0, a("2.2.2.2"));
        t.add(ospf("2.2.2.0/24", 20, via(0, "10.1.1.254", 2))).settle();
        assertFalse(bgp.nht.getLast().isReachable(), "not while the route is in flight");
        t.fib.answerAll();
        t.settle();
        assertEquals(p("2.2.2.0/24"), bgp.nht.getLast().resolvedVia());
    }

    @Test
    void redistributionSendsExistingRoutesThenChanges() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").iface(0, 1, "lo", "127.0.0.1/8", "1.1.1.1/32").settle();
        t.add(RibTestBed.staticRoute(0, "192.0.2.0/24", via(0, "10.1.1.253"))).settle();
        Recorder ospfd = new Recorder();
        ClientId id = t.rib.clients().connect(RouteType.OSPF, 0, ospfd, RibClients.Notify.NONE);
        t.rib.redistribution().subscribe(id, Afi.IPV4, RouteType.CONNECTED, 0, 0);
        t.rib.redistribution().subscribe(id, Afi.IPV4, RouteType.STATIC, 0, 0);
        assertEquals(List.of("add connected 1.1.1.1/32 metric 0", "add connected 10.1.1.0/24 metric 0",
                "add static 192.0.2.0/24 metric 0"), ospfd.redist);

        ospfd.redist.clear();
        t.add(RibTestBed.staticRoute(0, "198.51.100.0/24", via(0, "10.1.1.253")).withMetric(5)).settle();
        t.rib.deleteRoute(0, p("192.0.2.0/24"), RouteType.STATIC, 0, 1);
        t.settle();
        t.add(ospf("203.0.113.0/24", 20, via(0, "10.1.1.254", 2))).settle();
        assertEquals(List.of("add static 198.51.100.0/24 metric 5", "del static 192.0.2.0/24"), ospfd.redist);
    }

    @Test
    void redistributedRouteLosingToAnotherTypeIsWithdrawn() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24").settle();
        t.add(ospf("192.0.2.0/24", 20, via(0, "10.1.1.254", 2))).settle();
        Recorder bgp = new Recorder();
        ClientId id = t.rib.clients().connect(RouteType.BGP, 0, bgp, RibClients.Notify.NONE);
        t.rib.redistribution().subscribe(id, Afi.IPV4, RouteType.OSPF, 0, 0);
        t.add(RibTestBed.staticRoute(0, "192.0.2.0/24", via(0, "10.1.1.253"))).settle();
        assertEquals(List.of("add ospf 192.0.2.0/24 metric 20", "del ospf 192.0.2.0/24"), bgp.redist);
    }

    @Test
    void routerIdIsConfiguredOrTheHighestLoopbackOrTheHighestAddress() {
        RibTestBed t = new RibTestBed();
        Recorder ospfd = new Recorder();
        ClientId id = t.rib.clients().connect(RouteType.OSPF, 0, ospfd, RibClients.Notify.NONE);
        t.rib.routerIds().subscribe(id, 0);
        assertEquals(List.of("ipv4 0.0.0.0", "ipv6 ::"), ospfd.routerIds);
        t.iface(0, 2, "eth0", "10.1.1.2/24", "192.168.0.1/24");
        assertEquals("ipv4 192.168.0.1", ospfd.routerIds.getLast());
        t.iface(0, 1, "lo", "127.0.0.1/8", "1.1.1.1/32");
        assertEquals("ipv4 1.1.1.1", ospfd.routerIds.getLast(), "a loopback address wins");
        t.rib.routerIds().configure("default", Afi.IPV4, a("9.9.9.9"));
        assertEquals("ipv4 9.9.9.9", ospfd.routerIds.getLast());
        t.rib.routerIds().configure("default", Afi.IPV4, null);
        assertEquals("ipv4 1.1.1.1", ospfd.routerIds.getLast());
        t.rib.interfaces().removeAddress(0, 1, IpPrefix.parse("1.1.1.1/32"));
        assertEquals("ipv4 192.168.0.1", ospfd.routerIds.getLast());
        t.rib.interfaces().setOperative(0, 2, false);
        assertEquals("ipv4 0.0.0.0", ospfd.routerIds.getLast());
    }

    @Test
    void routerIdCommandsAsFrr() {
        RibTestBed t = new RibTestBed();
        t.configuredVrfs.add("CUSTA");
        dev.ferry.lib.cli.CliSession config = new dev.ferry.lib.cli.CliSession();
        t.cli().execute(config, "configure terminal");
        assertEquals("", t.cli().execute(config, "ip router-id 1.1.1.1").output());
        assertEquals("% VRF CUSTA not active\n", t.cli().execute(config, "router-id 2.2.2.2 vrf CUSTA").output());
        assertEquals("% VRF NOPE not found\n", t.cli().execute(config, "ip router-id 2.2.2.2 vrf NOPE").output());
        assertEquals("zebra:\n     router-id 1.1.1.1 vrf default\n", t.show("show ip router-id"));
        assertEquals(a("1.1.1.1"), t.rib.routerIds().routerId(0, Afi.IPV4));
        t.cli().execute(config, "no router-id");
        assertEquals("", t.show("show ip router-id"));
        dev.ferry.lib.cli.ConfigWriter w = new dev.ferry.lib.cli.ConfigWriter();
        t.cli().execute(config, "ipv6 router-id 2001:db8::1");
        RouterIdCommands.writeConfig(t.rib.routerIds(), "default", w);
        assertEquals("ipv6 router-id 2001:db8::1\n", w.toString());
    }
}
