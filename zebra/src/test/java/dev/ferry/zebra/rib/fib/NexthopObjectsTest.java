package dev.ferry.zebra.rib.fib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.MplsEncap;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.zebra.LogCapture;
import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.LspType;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.RouteOp;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * Which routes go by kernel nexthop object and which keep their nexthops, how ids are given and forgotten, that
 * the encoded message reused for a group ({@link RouteTemplate}) never names a forgotten id, and that a kernel
 * without objects turns them off (the kernel's side: {@link NexthopObjectsKernelTest}).
 */
class NexthopObjectsTest {
    private static final int V4 = AddressFamily.INET;
    private static final byte[] GW = IpAddresses.parse("10.0.0.2");

    @Test
    void onlyOneGatewayOfTheRoutesFamilyOnAnInterfaceWithNothingMore() {
        assertTrue(NexthopObjects.eligible(V4, List.of(NextHop.via(GW, 3))));
        assertTrue(NexthopObjects.eligible(AddressFamily.INET6, List.of(NextHop.via(IpAddresses.parse("fe80::1"), 3))));
        assertFalse(NexthopObjects.eligible(V4, List.of(NextHop.via(GW, 3), NextHop.via(GW, 4))), "multipath");
        assertFalse(NexthopObjects.eligible(V4, List.of(NextHop.via(GW, 0))), "no interface");
        assertFalse(NexthopObjects.eligible(V4, List.of(NextHop.dev(3))), "no gateway");
        assertFalse(NexthopObjects.eligible(V4, List.of(NextHop.via(IpAddresses.parse("2001:db8::2"), 3))),
                "an IPv6 gateway for an IPv4 route (RTA_VIA)");
        assertFalse(NexthopObjects.eligible(V4, List.of(NextHop.via(GW, 3).withFlags(4))), "onlink");
        assertFalse(NexthopObjects.eligible(V4, List.of(NextHop.via(GW, 3).withEncap(MplsEncap.push(100)))),
                "labels pushed");
        assertFalse(NexthopObjects.eligible(V4, List.of()), "blackhole");
    }

    @Test
    void idsComeFromFerrysRangeAndAForgottenOneIsNeverGivenAgain() {
        NexthopObjects objects = new NexthopObjects(true);
        NextHop a = NextHop.via(GW, 3);
        NextHop b = NextHop.via(GW, 4);
        assertEquals(0, objects.idOf(a));
        int first = objects.assign(a);
        assertEquals(NexthopObjects.FIRST_ID, first);
        assertEquals(first + 1, objects.assign(b));
        assertEquals(first, objects.idOf(NextHop.via(IpAddresses.parse("10.0.0.2"), 3)), "by value");
        int generation = objects.generation();

        objects.forget(first);
        assertEquals(0, objects.idOf(a));
        assertNotEquals(generation, objects.generation(), "the template's old message must not serve");
        int again = objects.assign(a);
        assertEquals(first + 2, again);
        generation = objects.generation();
        objects.forget(first); // an old answer about the old id: the new one stays
        assertEquals(again, objects.idOf(a));
        assertEquals(generation, objects.generation());
    }

    @Test
    void aKernelWithoutObjectsTurnsThemOffAndSaysSoOnce() {
        try (LogCapture log = new LogCapture("dev.ferry.zebra.dplane", Level.WARNING).start()) {
            NexthopObjects objects = new NexthopObjects(true);
            objects.creationFailed(objects.assign(NextHop.via(GW, 3)),
                    new NetlinkError(Errno.ENETUNREACH, "Nexthop has invalid gateway", -1));
            assertTrue(objects.enabled(), "a gateway it refuses is that gateway's problem");
            assertEquals(1, objects.creationFailures());
            assertTrue(log.records().isEmpty(), "only at debug");

            int generation = objects.generation();
            objects.creationFailed(objects.assign(NextHop.via(GW, 3)), new NetlinkError(Errno.EOPNOTSUPP, null, -1));
            objects.creationFailed(objects.assign(NextHop.via(GW, 4)), new NetlinkError(Errno.EOPNOTSUPP, null, -1));
            assertFalse(objects.enabled());
            assertNotEquals(generation, objects.generation());
            List<LogRecord> warnings = log.records();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.getFirst().getMessage().startsWith("this kernel has no nexthop objects"));
        }
    }

    /**
     * The routes of a group name one object; the message reused for the group's next routes names it too, until
     * the object is forgotten: the next route then gets a new one, never the old id through the old bytes.
     */
    @Test
    void theReusedMessageNeverNamesAForgottenObject() throws Exception {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        for (int i = 0; i < 4; i++) {
            t.add(ospf("11.0." + i + ".0/24", 10, via(0, "10.1.1.254", 2)));
        }
        t.settle();
        List<RouteOp> ops = routeOps(t, "11.");
        NexthopObjects objects = new NexthopObjects(true);
        KernelEncoding.NexthopIds ids = registry(objects);
        KernelEncoding.LastGroup last = new KernelEncoding.LastGroup();

        RouteMessage first = decode(KernelEncoding.request(ops.get(0), true, last, ids));
        int id = first.nexthopId();
        assertEquals(NexthopObjects.FIRST_ID, id);
        assertEquals(List.of(), first.nexthops(), "the id alone");
        assertEquals(id, last.nexthopId());
        NetlinkRequest reused = KernelEncoding.request(ops.get(1), true, last, ids);
        assertTrue(reused.getClass().getName().contains("RouteTemplate"), "the group's message again");
        assertEquals(id, decode(reused).nexthopId());
        assertEquals(id, last.nexthopId());

        objects.forget(id);
        NetlinkRequest after = KernelEncoding.request(ops.get(2), true, last, ids);
        assertFalse(after.getClass().getName().contains("RouteTemplate"), "encoded anew");
        assertEquals(id + 1, decode(after).nexthopId());
        assertEquals(id + 1, last.nexthopId());
        assertEquals(id + 1, decode(KernelEncoding.request(ops.get(3), true, last, ids)).nexthopId());
    }

    /** Labels to push (a kernel with MPLS) keep the route's nexthop; without MPLS the plain route goes by object. */
    @Test
    void aRoutePushingLabelsKeepsItsNexthop() throws Exception {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        t.add(ospf("11.0.0.0/24", 10, via(0, "10.1.1.254", 2).withLabels(LspType.LDP, 17)));
        t.settle();
        RouteOp op = routeOps(t, "11.").getFirst();
        NexthopObjects objects = new NexthopObjects(true);
        RouteMessage pushing = decode(KernelEncoding.request(op, true, new KernelEncoding.LastGroup(),
                registry(objects)));
        assertEquals(0, pushing.nexthopId());
        assertEquals(MplsEncap.push(17), pushing.nexthops().getFirst().encap());
        RouteMessage plain = decode(KernelEncoding.request(op, false, new KernelEncoding.LastGroup(),
                registry(objects)));
        assertEquals(NexthopObjects.FIRST_ID, plain.nexthopId());
        assertEquals(1, objects.size());
        assertEquals(NexthopObjects.FIRST_ID, objects.idOf(NextHop.via(a("10.1.1.254").bytes(), 2)));
    }

    /** What the dataplane does, without the kernel: the known id, or a new one. */
    private static KernelEncoding.NexthopIds registry(NexthopObjects objects) {
        return new KernelEncoding.NexthopIds() {
            @Override
            public int idFor(int family, List<NextHop> hops) {
                if (!NexthopObjects.eligible(family, hops)) {
                    return 0;
                }
                int id = objects.idOf(hops.getFirst());
                return id != 0 ? id : objects.assign(hops.getFirst());
            }

            @Override
            public int generation() {
                return objects.generation();
            }
        };
    }

    private static List<RouteOp> routeOps(RibTestBed t, String prefixStart) {
        return t.fib.ops().stream().filter(o -> o instanceof RouteOp).map(o -> (RouteOp) o)
                .filter(o -> o.prefix().toString().startsWith(prefixStart)).toList();
    }

    private static RouteMessage decode(NetlinkRequest request) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
        int start = request.encode(new MessageWriter(b), 1);
        return (RouteMessage) MessageDecoder.decode(b, start, b.position()).payload();
    }
}
