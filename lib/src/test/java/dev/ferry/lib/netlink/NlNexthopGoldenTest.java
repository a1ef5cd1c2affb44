package dev.ferry.lib.netlink;

import static dev.ferry.lib.netlink.GoldenAssert.assertEncodes;
import static dev.ferry.lib.netlink.GoldenAssert.assertGolden;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.ADD;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.V0;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.V1;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.DoneMessage;
import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NexthopMessage;
import dev.ferry.lib.netlink.codec.NexthopMessage.Member;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kernel nexthop objects and the routes that name them, against iproute2's bytes (fixtures nexthop-*.txt,
 * route-v*-nhid.txt, dump-nexthops.txt, dump-routes-nhid.txt): the object zebra makes for a route's one
 * gateway, a blackhole and a weighted group as others make them, the delete, the dump and how the kernel
 * shows a route by object (its id and, in nexthop_compat_mode 1, the gateway and interface too).
 */
class NlNexthopGoldenTest {
    private static final int FIRST_FERRY_ID = 0x10000000;
    private static final int SCOPE_LINK = 253;

    private static void nexthop(String fixture, NexthopMessage m) throws Exception {
        assertGolden(fixture, m, m.request(NlMsgType.RTM_NEWNEXTHOP, ADD), 0, null);
    }

    @Test
    void ipv4GatewayObject() throws Exception {
        nexthop("nexthop-v4-add", NexthopMessage.via(FIRST_FERRY_ID, ip("10.0.0.2"), V0, RouteProtocol.FERRY_ZEBRA));
    }

    @Test
    void ipv6GatewayObject() throws Exception {
        nexthop("nexthop-v6-add",
                NexthopMessage.via(FIRST_FERRY_ID + 1, ip("2001:db8::2"), V0, RouteProtocol.FERRY_ZEBRA));
    }

    @Test
    void blackholeAndWeightedGroup() throws Exception {
        nexthop("nexthop-blackhole", new NexthopMessage(AddressFamily.INET, 0, RouteProtocol.STATIC, 0, 7, null, 0,
                true, List.of()));
        nexthop("nexthop-v4-other", NexthopMessage.via(8, ip("10.0.1.2"), V1, RouteProtocol.STATIC));
        nexthop("nexthop-group", new NexthopMessage(AddressFamily.UNSPEC, 0, RouteProtocol.STATIC, 0, 9, null, 0,
                false, List.of(new Member(FIRST_FERRY_ID, 1), new Member(8, 3))));
    }

    @Test
    void deleteCarriesTheIdAlone() throws Exception {
        NexthopMessage m = NexthopMessage.byId(9);
        assertGolden("nexthop-delete", m, m.request(NlMsgType.RTM_DELNEXTHOP, NlFlags.REQUEST | NlFlags.ACK), 0,
                null);
    }

    /**
     * The bytes of `ip nexthop add id 0x10000000 via 10.0.0.2 dev 3 proto 235` written out from linux/nexthop.h,
     * independently of the recorder: what the fixture holds is what the struct layout says.
     */
    @Test
    void layoutByHand() throws Exception {
        ByteBuffer expected = ByteBuffer.allocate(48).order(ByteOrder.nativeOrder());
        expected.putInt(48).putShort((short) 104).putShort((short) 0x605).putInt(77).putInt(0); // nlmsghdr
        expected.put((byte) 2).put((byte) 0).put((byte) 235).put((byte) 0).putInt(0); // nhmsg: AF_INET, proto
        expected.putShort((short) 8).putShort((short) 1).putInt(FIRST_FERRY_ID); // NHA_ID
        expected.putShort((short) 8).putShort((short) 6).put(new byte[] {10, 0, 0, 2}); // NHA_GATEWAY
        expected.putShort((short) 8).putShort((short) 5).putInt(3); // NHA_OIF

        ByteBuffer ours = ByteBuffer.allocate(256);
        NexthopMessage m = NexthopMessage.via(FIRST_FERRY_ID, ip("10.0.0.2"), 3, RouteProtocol.FERRY_ZEBRA);
        int start = m.encode(new MessageWriter(ours), NlMsgType.RTM_NEWNEXTHOP, ADD, 77);
        assertEquals(GoldenFixture.hex(expected.array()),
                GoldenFixture.hex(Arrays.copyOfRange(ours.array(), start, ours.position())));
        assertEquals(m, MessageDecoder.decode(ByteBuffer.wrap(expected.array()), 0, 48).payload());
    }

    @Test
    void routesNameTheirObjectById() throws Exception {
        RouteMessage v4 = RouteMessage.to(IpPrefix.parse("10.16.0.0/24")).protocol(RouteProtocol.FERRY_BGP)
                .priority(20).nexthopId(FIRST_FERRY_ID).build();
        assertGolden("route-v4-nhid", v4, v4.request(NlMsgType.RTM_NEWROUTE, ADD), 0, null);
        RouteMessage v6 = RouteMessage.to(IpPrefix.parse("2001:db8:16::/64")).protocol(RouteProtocol.FERRY_BGP)
                .priority(20).nexthopId(FIRST_FERRY_ID + 1).build();
        assertGolden("route-v6-nhid", v6, v6.request(NlMsgType.RTM_NEWROUTE, ADD), 0, null);
    }

    @Test
    void dumpOfObjects() throws Exception {
        assertEncodes("dump-nexthops", NexthopMessage.dump());
        List<NetlinkMessage> all = GoldenFixture.load("dump-nexthops").decodeReply();
        assertInstanceOf(DoneMessage.class, all.getLast().payload());
        List<NexthopMessage> objects = all.stream().map(NetlinkMessage::payload)
                .filter(NexthopMessage.class::isInstance).map(NexthopMessage.class::cast).toList();
        assertEquals(List.of(
                new NexthopMessage(AddressFamily.INET, 0, RouteProtocol.STATIC, 0, 7, null, 0, true, List.of()),
                new NexthopMessage(AddressFamily.INET, SCOPE_LINK, RouteProtocol.STATIC, 0, 8, ip("10.0.1.2"), V1,
                        false, List.of()),
                new NexthopMessage(AddressFamily.UNSPEC, 0, RouteProtocol.STATIC, 0, 9, null, 0, false,
                        List.of(new Member(FIRST_FERRY_ID, 1), new Member(8, 3))),
                new NexthopMessage(AddressFamily.INET, SCOPE_LINK, RouteProtocol.FERRY_ZEBRA, 0, FIRST_FERRY_ID,
                        ip("10.0.0.2"), V0, false, List.of()),
                new NexthopMessage(AddressFamily.INET6, SCOPE_LINK, RouteProtocol.FERRY_ZEBRA, 0, FIRST_FERRY_ID + 1,
                        ip("2001:db8::2"), V0, false, List.of())), objects);
        assertEquals("NexthopMessage[id 9 group 268435456,1 8,3 proto 4]", objects.get(2).toString());
    }

    /**
     * A route by object reads back with its id and, in nexthop_compat_mode 1, its gateway and interface; a
     * delete made from it carries the id alone, since the kernel refuses a request with both.
     */
    @Test
    void routeByObjectInADump() throws Exception {
        RouteMessage r = GoldenFixture.load("dump-routes-nhid").decodeReply().stream()
                .map(NetlinkMessage::payload).filter(RouteMessage.class::isInstance).map(RouteMessage.class::cast)
                .filter(m -> m.dst() != null && m.prefix().equals(IpPrefix.parse("10.16.0.0/24"))).findFirst()
                .orElseThrow();
        assertEquals(FIRST_FERRY_ID, r.nexthopId());
        assertEquals(List.of(NextHop.via(ip("10.0.0.2"), V0)), r.nexthops());
        assertEquals(20, r.priority());

        ByteBuffer b = ByteBuffer.allocate(256);
        int start = r.forDelete().encode(new MessageWriter(b), NlMsgType.RTM_DELROUTE, NlFlags.REQUEST, 1);
        RouteMessage delete = (RouteMessage) MessageDecoder.decode(b, start, b.position()).payload();
        assertEquals(FIRST_FERRY_ID, delete.nexthopId());
        assertEquals(List.of(), delete.nexthops());
    }
}
