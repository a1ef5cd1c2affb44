package dev.ferry.zebra.rib.fib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.RouteOp;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dataplane encodes the nexthops of a group once for the routes that share it, and each route still
 * gets its own destination; a route of another group gets that group's nexthops.
 */
class KernelEncodingGroupTest {

    @Test
    void routesOfOneGroupShareTheKernelNexthopsAndKeepTheirOwnDestination() throws Exception {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        t.iface(0, 3, "eth1", "10.1.2.2/24");
        t.add(ospf("11.0.0.0/24", 10, via(0, "10.1.1.254", 2)));
        t.add(ospf("11.0.1.0/24", 10, via(0, "10.1.1.254", 2)));
        t.add(ospf("11.0.2.0/24", 10, via(0, "10.1.2.254", 3)));
        t.settle();
        List<RouteOp> ops = t.fib.ops().stream().filter(o -> o instanceof RouteOp).map(o -> (RouteOp) o)
                .filter(o -> o.prefix().toString().startsWith("11."))
                .sorted(Comparator.comparing(o -> o.prefix().toString())).toList();
        assertEquals(3, ops.size(), t.fib.ops().toString());
        assertSame(ops.get(0).nexthops(), ops.get(1).nexthops(), "the RIB shares the group's forwarding list");

        KernelEncoding.LastGroup last = new KernelEncoding.LastGroup();
        RouteMessage first = decode(KernelEncoding.request(ops.get(0), true, last));
        RouteMessage second = decode(KernelEncoding.request(ops.get(1), true, last));
        RouteMessage third = decode(KernelEncoding.request(ops.get(2), true, last));

        assertArrayEquals(p("11.0.0.0/24").addressBytes(), first.dst());
        assertArrayEquals(p("11.0.1.0/24").addressBytes(), second.dst());
        assertArrayEquals(p("11.0.2.0/24").addressBytes(), third.dst());
        assertArrayEquals(a("10.1.1.254").bytes(), second.nexthops().getFirst().gateway());
        assertEquals(2, second.nexthops().getFirst().ifindex());
        assertArrayEquals(a("10.1.2.254").bytes(), third.nexthops().getFirst().gateway(), "the other group's");
        assertEquals(3, third.nexthops().getFirst().ifindex());
        for (int i = 0; i < 3; i++) {
            assertEquals(decode(KernelEncoding.request(ops.get(i), true)), List.of(first, second, third).get(i),
                    "the same message as without the reuse");
        }
    }

    @Test
    void aRouteLikeThePreviousOneIsItsMessageWithItsOwnDestinationByteForByte() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24", "2001:db8:ff::2/64");
        t.iface(0, 3, "eth1", "10.1.2.2/24");
        for (int i = 0; i < 4; i++) {
            t.add(ospf("11.0." + i + ".0/24", 10, via(0, "10.1.1.254", 2)));
        }
        t.add(ospf("12.0.0.0/8", 10, via(0, "10.1.1.254", 2))); // another length, same group
        t.add(ospf("11.9.0.0/16", 10, via(0, "10.1.1.254", 2), via(0, "10.1.2.254", 3))); // another group
        t.add(ospf("11.0.9.0/24", 10, via(0, "10.1.1.254", 2)));
        t.add(ospf("2001:db8:1::/48", 10, via(0, "2001:db8:ff::1", 2)));
        t.add(ospf("2001:db8:2::/64", 10, via(0, "2001:db8:ff::1", 2)));
        t.settle();
        List<RouteOp> ops = t.fib.ops().stream().filter(o -> o instanceof RouteOp).map(o -> (RouteOp) o)
                .filter(o -> o.prefix().toString().startsWith("1") || o.prefix().toString().startsWith("2001:db8:"))
                .filter(o -> !o.prefix().toString().startsWith("2001:db8:ff")).toList();
        assertEquals(9, ops.size(), ops.toString());
        KernelEncoding.LastGroup last = new KernelEncoding.LastGroup();
        int seq = 100;
        int fromTemplate = 0;
        for (RouteOp op : ops) {
            seq++;
            NetlinkRequest r = KernelEncoding.request(op, true, last);
            fromTemplate += r.getClass().getName().contains("RouteTemplate") ? 1 : 0;
            assertArrayEquals(bytes(KernelEncoding.request(op, true), seq), bytes(r, seq), op.toString());
        }
        assertTrue(fromTemplate >= 4, fromTemplate + " of " + ops.size() + " from the previous route's message");
    }

    private static byte[] bytes(NetlinkRequest request, int seq) {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
        b.putInt(0); // not at the buffer's start, as in a batch
        int start = request.encode(new MessageWriter(b), seq);
        byte[] out = new byte[b.position() - start];
        b.get(start, out);
        return out;
    }

    private static RouteMessage decode(NetlinkRequest request) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
        int start = request.encode(new MessageWriter(b), 1);
        return (RouteMessage) MessageDecoder.decode(b, start, b.position()).payload();
    }
}
