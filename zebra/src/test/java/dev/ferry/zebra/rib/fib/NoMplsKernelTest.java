package dev.ferry.zebra.rib.fib;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.mask;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.zebra.rib.LspType;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.RouteOp;
import dev.ferry.zebra.rib.RouteType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * On a kernel without MPLS (FRR's zebra finds none and drops labels silently), IP routes go in without their
 * labels, so the network still forwards, and `show ip route` keeps the labels and says they are not in the kernel.
 */
class NoMplsKernelTest {

    private static RibTestBed ldpRouter(boolean pushLabels) {
        RibTestBed t = new RibTestBed();
        t.fib.pushLabels(pushLabels);
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        t.rib.ftn().set(0, p("2.2.2.2/32"), RouteType.OSPF, LspType.LDP, a("10.1.1.254"), 2, 17);
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", 2)));
        t.add(ospf("9.9.9.9/32", 10, via(0, "10.1.1.254", 2)));
        return t.settle();
    }

    @Test
    void routesInstallWithoutTheirLabelsAndShowSaysSo() {
        RibTestBed t = ldpRouter(false);
        assertNotNull(t.fib.route(254, p("2.2.2.2/32")), "installed");
        String out = mask(t.show("show ip route"));
        assertTrue(out.contains("""
                O>* 2.2.2.2/32 [110/20] via 10.1.1.254, eth0, label 17, weight 1, HH:MM:SS
                                        installed without its labels: this kernel has no MPLS
                """), out);
        assertTrue(out.contains("O>* 9.9.9.9/32 [110/10] via 10.1.1.254, eth0, weight 1, HH:MM:SS\n"), out);
        assertFalse(out.contains("9.9.9.9/32 [110/10] via 10.1.1.254, eth0, weight 1, HH:MM:SS\n        "), out);
        assertTrue(t.show("show ip route 2.2.2.2/32").contains("  Installed without its labels: this kernel has no MPLS\n"));
        assertFalse(t.show("show ip route 9.9.9.9/32").contains("without its labels"));
        assertFalse(mask(ldpRouter(true).show("show ip route")).contains("without its labels"),
                "a kernel with MPLS gets the labels, and show has nothing to add");
    }

    @Test
    void theKernelRequestLeavesTheLabelsOutOnlyWhenAsked() throws Exception {
        RibTestBed t = ldpRouter(true);
        RouteOp op = t.fib.ops().stream().filter(o -> o instanceof RouteOp r && r.needsMpls()).map(o -> (RouteOp) o)
                .findFirst().orElseThrow(() -> new AssertionError(t.fib.ops()));
        assertNotNull(nexthop(KernelEncoding.request(op, true)).encap(), "with MPLS: the push");
        NextHop plain = nexthop(KernelEncoding.request(op, false));
        assertNull(plain.encap(), "without MPLS: no encapsulation");
        assertTrue(java.util.Arrays.equals(a("10.1.1.254").bytes(), plain.gateway()), "same gateway");
    }

    private static NextHop nexthop(NetlinkRequest request) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
        int start = request.encode(new MessageWriter(b), 1);
        RouteMessage m = (RouteMessage) MessageDecoder.decode(b, start, b.position()).payload();
        return m.nexthops().getFirst();
    }
}
