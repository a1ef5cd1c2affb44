package dev.ferry.lib.netlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.IfInfoMsg;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RtVia;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codec cases without an iproute2 fixture: RFC 5549 next hops, a VRF link as the kernel dumps it. */
class NlRouteCodecTest {

    @Test
    void ipv4RouteOverAnIpv6NextHopUsesRtaVia() throws Exception {
        byte[] v6 = IpAddresses.parse("fe80::1");
        RouteMessage r = RouteMessage.to(IpPrefix.parse("10.9.0.0/16")).nexthop(NextHop.via(v6, 3)).build();
        ByteBuffer buf = ByteBuffer.allocate(256);
        r.encode(new MessageWriter(buf), NlMsgType.RTM_NEWROUTE, NlFlags.REQUEST, 1);
        String hex = HexFormat.of().formatHex(buf.array(), 0, buf.position());
        // RTA_VIA: len 22, type 18, family AF_INET6, 16 address bytes, 2 bytes padding
        assertEquals(true, hex.contains("160012000a00fe800000000000000000000000000001" + "0000"), hex);
        RouteMessage back = assertInstanceOf(RouteMessage.class,
                MessageDecoder.decode(buf, 0, buf.position()).payload());
        assertEquals(List.of(new NextHop(null, new RtVia(AddressFamily.INET6, v6), 3, 1, 0, null, null)),
                back.nexthops());
    }

    @Test
    void vrfDeviceAndEnslavedInterface() throws Exception {
        LinkMessage vrf = new LinkMessage(new IfInfoMsg(0, 1, 7, 0x10041, 0), "red", 65575, LinkMessage.ABSENT,
                LinkMessage.ABSENT, null, "vrf", null, 10, null);
        ByteBuffer buf = ByteBuffer.allocate(256);
        vrf.encode(new MessageWriter(buf), NlMsgType.RTM_NEWLINK, 0, 0);
        LinkMessage back = assertInstanceOf(LinkMessage.class, MessageDecoder.decode(buf, 0, buf.position()).payload());
        assertEquals(vrf, back);
        assertEquals(true, back.isVrf() && back.isUp() && back.isRunning() && back.isLowerUp());
        assertEquals(10, back.vrfTable());
    }
}
