package dev.ferry.zebra.rib.fib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.lib.netlink.TestNamespace;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NexthopMessage;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.zebra.LogCapture;
import dev.ferry.zebra.rib.BlackholeType;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.RouteOp;
import dev.ferry.zebra.rib.RouteType;
import dev.ferry.zebra.rib.Srv6Encap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dataplane's kernel nexthop objects against a real kernel, in a throwaway namespace (skipped unless root):
 * routes through one gateway share one object and name it; an object the kernel deleted behind zebra's back
 * (`ip nexthop del`, the interface going down) heals with the next install; a gateway the kernel refuses fails
 * the route with the same errno and reason as without objects; multipath, onlink, SRv6 and blackhole routes keep
 * their own form; the stale sweep removes Ferry's objects and leaves others'.
 */
class NexthopObjectsKernelTest {
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private TestNamespace ns;
    private int v0;
    private int v1;
    private final List<NetlinkFib> fibs = new ArrayList<>();
    private final LinkedBlockingQueue<FibResult> results = new LinkedBlockingQueue<>();
    /** The size of each batch of answers the dataplane handed back. */
    private final List<Integer> handOffs = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void namespaceWithAVethPair() throws Exception {
        assumeTrue(TestNamespace.available(), "needs root and iproute2");
        ns = TestNamespace.create("ferry-nhobj");
        ns.ip("link", "add", "v0", "type", "veth", "peer", "name", "v1");
        ns.ip("link", "set", "v0", "up");
        ns.ip("link", "set", "v1", "up");
        ns.ip("addr", "add", "10.0.0.1/24", "dev", "v0");
        ns.ip("addr", "add", "10.0.1.1/24", "dev", "v1");
        ns.ip("-6", "addr", "add", "2001:db8::1/64", "dev", "v0", "nodad");
        v0 = ifindex("v0");
        v1 = ifindex("v1");
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (NetlinkFib f : fibs) {
            f.close();
        }
        if (ns != null) {
            ns.close();
        }
    }

    private int ifindex(String name) throws Exception {
        String line = ns.ip("-o", "link", "show", name);
        return Integer.parseInt(line.substring(0, line.indexOf(':')));
    }

    private NetlinkFib dataplane(boolean nexthopObjects) throws Exception {
        NetlinkFib fib = NetlinkFib.open(options(), Runnable::run, VrfStrictMode.of(ns.name()), nexthopObjects);
        fib.connect(a -> {
            handOffs.add(a.size());
            results.addAll(a.results());
        });
        fibs.add(fib);
        return fib;
    }

    private NetlinkSocket.Options options() {
        return NetlinkSocket.Options.defaults().inNamespace(ns.name());
    }

    /** A RIB that sees v0 (with {@code extraV0} as well) and v1 as the kernel has them; its routes' ops. */
    private RibTestBed rib(String... extraV0) {
        RibTestBed t = new RibTestBed();
        List<String> v0Addresses = new ArrayList<>(List.of("10.0.0.1/24", "2001:db8::1/64"));
        v0Addresses.addAll(List.of(extraV0));
        t.iface(0, v0, "v0", v0Addresses.toArray(String[]::new));
        t.iface(0, v1, "v1", "10.0.1.1/24");
        return t;
    }

    private static List<FibOp> ops(RibTestBed t, String prefixStart) {
        return t.fib.ops().stream().filter(o -> o instanceof RouteOp r && r.prefix().toString().startsWith(prefixStart))
                .toList();
    }

    /** Submits {@code ops} and waits for their results, which must all be installs that succeeded. */
    private void installAll(NetlinkFib fib, List<FibOp> ops) throws Exception {
        for (FibResult r : submit(fib, ops)) {
            assertTrue(r.isOk(), r.reason());
        }
    }

    private List<FibResult> submit(NetlinkFib fib, List<FibOp> ops) throws Exception {
        fib.submit(ops);
        List<FibResult> got = new ArrayList<>();
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (got.size() < ops.size()) {
            FibResult r = results.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new AssertionError("only " + got.size() + " of " + ops.size() + " answered: " + got);
            }
            got.add(r);
        }
        return got;
    }

    private List<RouteMessage> ferryRoutes(int family) throws Exception {
        try (NetlinkSocket s = NetlinkSocket.open(options())) {
            return s.dump(RouteMessage.dump(family)).stream().map(NetlinkMessage::payload)
                    .filter(p -> p instanceof RouteMessage r && r.family() == family
                            && RouteProtocol.isFerry(r.protocol()))
                    .map(RouteMessage.class::cast).toList();
        }
    }

    private List<NexthopMessage> objects() throws Exception {
        try (NetlinkSocket s = NetlinkSocket.open(options())) {
            return s.dump(NexthopMessage.dump()).stream().map(NetlinkMessage::payload)
                    .filter(NexthopMessage.class::isInstance).map(NexthopMessage.class::cast).toList();
        }
    }

    private List<NexthopMessage> ferryObjects() throws Exception {
        return objects().stream().filter(o -> RouteProtocol.isFerry(o.protocol())).toList();
    }

    private static List<Integer> ids(List<RouteMessage> routes) {
        return routes.stream().map(RouteMessage::nexthopId).distinct().toList();
    }

    @Test
    void routesThroughOneGatewayShareOneObject() throws Exception {
        RibTestBed t = rib();
        for (int i = 0; i < 600; i++) {
            t.add(ospf("10." + (100 + i / 256) + "." + (i % 256) + ".0/24", 10, via(0, "10.0.0.2", v0)));
        }
        for (int i = 0; i < 20; i++) {
            t.add(ospf("2001:db8:100:" + i + "::/64", 10, via(0, "2001:db8::2", v0)));
        }
        t.settle();
        NetlinkFib fib = dataplane(true);
        installAll(fib, ops(t, "10.10"));

        List<NexthopMessage> objects = ferryObjects();
        assertEquals(1, objects.size(), objects.toString());
        NexthopMessage object = objects.getFirst();
        assertEquals(NexthopObjects.FIRST_ID, object.id());
        assertEquals(RouteProtocol.FERRY_ZEBRA, object.protocol());
        assertArrayEquals(a("10.0.0.2").bytes(), object.gateway());
        assertEquals(v0, object.ifindex());
        List<RouteMessage> routes = ferryRoutes(AddressFamily.INET);
        assertEquals(600, routes.size());
        assertEquals(List.of(object.id()), ids(routes), "every route names the one object");
        assertEquals(List.of(NextHop.via(a("10.0.0.2").bytes(), v0)), routes.getFirst().nexthops(),
                "nexthop_compat_mode shows its gateway too");
        assertEquals("10.100.0.0/24 nhid " + object.id() + " via 10.0.0.2 dev v0 proto 231 metric 20",
                ns.ip("route", "show", "10.100.0.0/24").strip());

        installAll(fib, ops(t, "2001:db8:100:"));
        assertEquals(2, ferryObjects().size(), "one more, for the IPv6 gateway");
        List<Integer> v6 = ids(ferryRoutes(AddressFamily.INET6));
        assertEquals(List.of(object.id() + 1), v6);
    }

    /**
     * A long list of ops is answered in hand-offs while it is still being sent, so that the RIB's loop can
     * submit the next ops meanwhile; every op is answered once, in order, and every route is in the kernel.
     */
    @Test
    void aLongListIsAnsweredInHandOffsWhileItIsSent() throws Exception {
        RibTestBed t = rib();
        int n = 3 * NetlinkFib.HANDOFF + 100;
        for (int i = 0; i < n; i++) {
            t.add(ospf("10." + (100 + i / 256) + "." + (i % 256) + ".0/24", 10, via(0, "10.0.0.2", v0)));
        }
        t.settle();
        List<FibOp> ops = ops(t, "10.1");
        assertEquals(n, ops.size());
        installAll(dataplane(true), ops);

        assertEquals(n, handOffs.stream().mapToInt(Integer::intValue).sum(), "each op answered once: " + handOffs);
        // a hand-off once HANDOFF answers are in, and answers come a send (256) at a time
        assertTrue(handOffs.size() >= 3 && handOffs.stream().allMatch(k -> k <= NetlinkFib.HANDOFF + 256),
                "answers handed back every " + NetlinkFib.HANDOFF + " ops or so: " + handOffs);
        assertEquals(n, ferryRoutes(AddressFamily.INET).size());
    }

    /**
     * The kernel deletes an object and its routes without a word when asked to or when the interface goes down:
     * the next install through it fails, is sent again with its gateway, and succeeds; the routes after it get a
     * new object.
     */
    @Test
    void anObjectDeletedBehindZebrasBackHealsWithTheNextInstall() throws Exception {
        RibTestBed t = rib();
        for (int i = 0; i < 30; i++) {
            t.add(ospf("10.110." + i + ".0/24", 10, via(0, "10.0.0.2", v0)));
        }
        t.settle();
        List<FibOp> first = ops(t, "10.110.").subList(0, 10);
        List<FibOp> second = ops(t, "10.110.").subList(10, 20);
        List<FibOp> third = ops(t, "10.110.").subList(20, 30);
        NetlinkFib fib = dataplane(true);
        installAll(fib, first);
        int id = ferryObjects().getFirst().id();

        ns.ip("nexthop", "del", "id", Integer.toUnsignedString(id));
        assertEquals(List.of(), ferryRoutes(AddressFamily.INET), "the routes went with their object");
        installAll(fib, first);
        assertEquals(10, ferryRoutes(AddressFamily.INET).size(), "back, with their gateway");
        assertEquals(List.of(0), ids(ferryRoutes(AddressFamily.INET)));
        installAll(fib, second);
        List<NexthopMessage> now = ferryObjects();
        assertEquals(1, now.size(), now.toString());
        assertNotEquals(id, now.getFirst().id(), "a new object, not the old id");
        assertEquals(List.of(0, now.getFirst().id()), ids(ferryRoutes(AddressFamily.INET)));

        ns.ip("link", "set", "v0", "down");
        ns.ip("link", "set", "v0", "up");
        assertEquals(List.of(), ferryObjects(), "gone with the interface");
        installAll(fib, third);
        installAll(fib, second);
        assertEquals(20, ferryRoutes(AddressFamily.INET).size());
        assertEquals(1, ferryObjects().size());
    }

    /**
     * A refused route is not sent again when a newer op for it went in the same batch: that op decides what the
     * kernel holds (here a delete, and a replace through the other interface).
     */
    @Test
    void aRetryNeverUndoesANewerOpForTheSameRoute() throws Exception {
        RibTestBed t = rib();
        t.add(ospf("10.150.0.0/24", 10, via(0, "10.0.0.2", v0)));
        t.settle();
        NetlinkFib fib = dataplane(true);
        installAll(fib, ops(t, "10.150.0."));
        ns.ip("nexthop", "del", "id", Integer.toUnsignedString(ferryObjects().getFirst().id()));
        t.add(ospf("10.150.1.0/24", 10, via(0, "10.0.0.2", v0))).settle();
        t.rib.deleteRoute(0, p("10.150.1.0/24"), RouteType.OSPF, 0);
        t.add(ospf("10.150.2.0/24", 10, via(0, "10.0.0.2", v0))).settle();
        t.add(ospf("10.150.2.0/24", 10, via(0, "10.0.1.2", v1))).settle();
        List<FibOp> ops = ops(t, "10.150.").stream()
                .filter(o -> !((RouteOp) o).prefix().toString().startsWith("10.150.0.")).toList();
        assertEquals(List.of(FibOp.Action.INSTALL, FibOp.Action.DELETE, FibOp.Action.INSTALL, FibOp.Action.REPLACE),
                ops.stream().map(FibOp::action).toList(), ops.toString());

        List<FibResult> answers = submit(fib, ops);
        assertEquals(4, answers.size());
        assertEquals("", ns.ip("route", "show", "10.150.1.0/24").strip(), "deleted, not installed again");
        String replaced = ns.ip("route", "show", "10.150.2.0/24");
        assertTrue(replaced.contains("via 10.0.1.2 dev v1 proto 231 metric 20"), replaced);
    }

    /** The object is refused, and the route with it; sent again with its gateway, it gets the kernel's own answer. */
    @Test
    void aGatewayTheKernelRefusesFailsAsWithoutObjects() throws Exception {
        RibTestBed t = rib("10.0.9.1/24"); // the RIB believes 10.0.9.9 is on v0; the kernel does not
        t.add(ospf("10.120.0.0/24", 10, via(0, "10.0.9.9", v0)));
        t.add(ospf("10.120.1.0/24", 10, via(0, "10.0.0.2", v0)));
        t.settle();
        try (LogCapture log = new LogCapture("dev.ferry.zebra.dplane", Level.WARNING).start()) {
            FibResult with = submit(dataplane(true), ops(t, "10.120.0.")).getFirst();
            FibResult without = submit(dataplane(false), ops(t, "10.120.0.")).getFirst();
            assertEquals(101, with.errno(), with.reason()); // ENETUNREACH
            assertEquals("Nexthop has invalid gateway", with.message());
            assertEquals(without.errno(), with.errno());
            assertEquals(without.message(), with.message());
            assertEquals(List.of(), ferryObjects());
            assertTrue(log.records().stream().noneMatch(r -> r.getMessage().contains("nexthop objects")),
                    "objects stay on: " + log.records());
        }
        installAll(fibs.getFirst(), ops(t, "10.120.1."));
        assertEquals(1, ferryObjects().size());
    }

    @Test
    void multipathOnlinkSrv6AndBlackholeRoutesKeepTheirOwnForm() throws Exception {
        RibTestBed t = rib();
        t.add(ospf("10.130.0.0/24", 10, via(0, "10.0.0.2", v0), via(0, "10.0.1.2", v1)));
        t.add(ospf("10.130.1.0/24", 10, via(0, "10.0.5.5", v0).withOnlink(true)));
        t.add(ospf("10.130.2.0/24", 10, via(0, "10.0.0.2", v0)
                .withSrv6(new Srv6Encap("", "", List.of(a("2001:db8:77::1"))))));
        t.add(ospf("10.130.3.0/24", 10, Nexthop.blackhole(0, BlackholeType.NULL)));
        t.settle();
        installAll(dataplane(true), ops(t, "10.130."));
        List<RouteMessage> routes = ferryRoutes(AddressFamily.INET);
        assertEquals(4, routes.size(), routes.toString());
        assertEquals(List.of(0), ids(routes), routes.toString());
        assertEquals(List.of(), ferryObjects());
        String shown = ns.ip("route", "show", "10.130.1.0/24");
        assertTrue(shown.contains("via 10.0.5.5 dev v0 proto 231 metric 20 onlink"), shown);
    }

    @Test
    void theStaleSweepRemovesFerrysObjectsAndLeavesOthers() throws Exception {
        ns.ip("nexthop", "add", "id", "7", "via", "10.0.0.2", "dev", "v0", "proto", "static");
        ns.ip("route", "add", "10.98.0.0/24", "nhid", "7");
        RibTestBed t = rib();
        for (int i = 0; i < 5; i++) {
            t.add(ospf("10.140." + i + ".0/24", 10, via(0, "10.0.0.2", v0)));
        }
        t.add(ospf("10.141.0.0/24", 10, via(0, "10.0.1.2", v1)));
        t.settle();
        NetlinkFib fib = dataplane(true);
        installAll(fib, ops(t, "10.14"));
        assertEquals(2, ferryObjects().size());
        fib.close();

        assertEquals(6, StaleRouteSweep.run(options()));
        assertEquals(List.of(), ferryRoutes(AddressFamily.INET));
        assertEquals(List.of(), ferryObjects());
        List<NexthopMessage> left = objects();
        assertEquals(1, left.size(), left.toString());
        assertEquals(7, left.getFirst().id());
        assertTrue(ns.ip("route", "show", "10.98.0.0/24").contains("nhid 7 via 10.0.0.2 dev v0"));
    }
}
