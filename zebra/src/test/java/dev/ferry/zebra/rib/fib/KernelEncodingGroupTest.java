package dev.ferry.zebra.rib.fib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    private static RouteMessage decode(NetlinkRequest request) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
        int start = request.encode(new MessageWriter(b), 1);
        return (RouteMessage) MessageDecoder.decode(b, start, b.position()).payload();
    }
}
