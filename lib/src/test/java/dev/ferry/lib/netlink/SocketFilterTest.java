package dev.ferry.lib.netlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.RouteMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * zebra's route-event filter: it keeps every route whose rtm_protocol is not Ferry's, drops Ferry's, and the
 * kernel takes it and applies it (a route of Ferry's protocol added before another never arrives).
 */
class SocketFilterTest {
    private final SocketFilter filter = SocketFilter.dropFerryRoutes();

    private static byte[] routeMessage(int protocol) {
        byte[] m = new byte[60];
        m[SocketFilter.RTM_PROTOCOL_OFFSET] = (byte) protocol;
        return m;
    }

    @Test
    void dropsFerrysProtocolsAndKeepsEveryOther() {
        for (int p = 0; p < 256; p++) {
            boolean ferry = p >= 230 && p <= 235;
            assertEquals(!ferry, filter.accepts(routeMessage(p)), "rtm_protocol " + p);
        }
    }

    @Test
    void aMessageTooShortToHoldTheProtocolIsDropped() {
        assertFalse(filter.accepts(new byte[SocketFilter.RTM_PROTOCOL_OFFSET]));
    }

    @Test
    void theKernelAppliesIt() throws Exception {
        assumeTrue(TestNamespace.available(), "needs root and iproute2");
        try (TestNamespace ns = TestNamespace.create("ferry-bpf");
                NetlinkSocket events = NetlinkSocket.open(NetlinkSocket.Options.defaults().inNamespace(ns.name())
                        .subscribe(MulticastGroup.IPV4_ROUTE))) {
            events.attachFilter(filter);
            ns.ip("link", "add", "d0", "type", "veth", "peer", "name", "d1"); // no dummy module on every kernel
            ns.ip("link", "set", "d1", "up");
            ns.ip("link", "set", "d0", "up");
            ns.ip("route", "add", "10.81.0.0/24", "dev", "d0", "proto", "231");
            ns.ip("route", "add", "10.82.0.0/24", "dev", "d0", "proto", "static");
            List<RouteMessage> heard = new ArrayList<>();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (heard.stream().noneMatch(r -> r.protocol() == 4) && System.nanoTime() < deadline) {
                events.receive(200, (type, flags, seq, buf) -> {
                    try {
                        NetlinkMessage m = MessageDecoder.decode(buf, buf.position(), buf.limit());
                        if (m.payload() instanceof RouteMessage r && r.dstLength() == 24) {
                            heard.add(r);
                        }
                    } catch (dev.ferry.lib.netlink.codec.NetlinkDecodeException e) {
                        throw new AssertionError(e);
                    }
                });
            }
            assertTrue(heard.stream().anyMatch(r -> r.protocol() == 4), "the static route's event: " + heard);
            assertTrue(heard.stream().noneMatch(r -> r.protocol() == 231), "Ferry's route got through: " + heard);
        }
    }
}
