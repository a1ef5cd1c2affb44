package dev.ferry.lib.netlink;

import static dev.ferry.lib.netlink.GoldenAssert.assertGolden;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.ADD;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.V0;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.V1;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.ip;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.MplsEncap;
import dev.ferry.lib.netlink.codec.MplsLabelStack;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.lib.netlink.codec.RtVia;
import org.junit.jupiter.api.Test;

/**
 * MPLS against iproute2's bytes: label routes (swap, swap to a stack, via IPv6, pop for penultimate hop
 * popping, multipath, delete) and IP routes pushing labels (with a TTL, per next hop of an ECMP route).
 * This host kernel has no MPLS, and the recorded answers say how it refuses: EOPNOTSUPP without a
 * reason for label routes, EOPNOTSUPP with "lwt encapsulation type not supported" for label push.
 */
class NlMplsGoldenTest {
    private static final int EOPNOTSUPP = 95;
    private static final String NO_LWT = "lwt encapsulation type not supported";

    static void mpls(String fixture, RouteMessage r) throws Exception {
        assertGolden(fixture, r, r.request(NlMsgType.RTM_NEWROUTE, ADD), EOPNOTSUPP, null);
    }

    static void push(String fixture, RouteMessage r) throws Exception {
        assertGolden(fixture, r, r.request(NlMsgType.RTM_NEWROUTE, ADD), EOPNOTSUPP, NO_LWT);
    }

    @Test
    void swap() throws Exception {
        mpls("mpls-swap", RouteMessage.mpls(100).protocol(RouteProtocol.FERRY_LDP)
                .nexthop(NextHop.mpls(RtVia.of(ip("10.0.0.2")), V0, MplsLabelStack.of(200))).build());
    }

    @Test
    void swapToAStack() throws Exception {
        mpls("mpls-swap-stack", RouteMessage.mpls(104).protocol(RouteProtocol.FERRY_LDP)
                .nexthop(NextHop.mpls(RtVia.of(ip("10.0.0.2")), V0, MplsLabelStack.of(200, 300))).build());
    }

    @Test
    void swapViaIpv6() throws Exception {
        mpls("mpls-swap-v6", RouteMessage.mpls(102).protocol(RouteProtocol.FERRY_LDP)
                .nexthop(NextHop.mpls(RtVia.of(ip("2001:db8::2")), V0, MplsLabelStack.of(202))).build());
    }

    /** Implicit null (3) as the outgoing label is a pop: no RTA_NEWDST (the kernel refuses label 3). */
    @Test
    void implicitNullIsPop() throws Exception {
        mpls("mpls-pop-php", RouteMessage.mpls(101).protocol(RouteProtocol.FERRY_LDP)
                .nexthop(NextHop.mpls(RtVia.of(ip("10.0.0.2")), V0, null)).build());
        mpls("mpls-pop-php", RouteMessage.mpls(101).protocol(RouteProtocol.FERRY_LDP)
                .nexthop(NextHop.mpls(RtVia.of(ip("10.0.0.2")), V0, MplsLabelStack.of())).build());
    }

    @Test
    void multipath() throws Exception {
        mpls("mpls-multipath", RouteMessage.mpls(103).protocol(RouteProtocol.FERRY_LDP)
                .nexthop(NextHop.mpls(RtVia.of(ip("10.0.0.2")), V0, MplsLabelStack.of(203)))
                .nexthop(NextHop.mpls(RtVia.of(ip("10.0.1.2")), V1, MplsLabelStack.of(303))).build());
    }

    @Test
    void delete() throws Exception {
        RouteMessage r = RouteMessage.mpls(100).build().forDelete();
        assertGolden("mpls-delete", r, r.request(NlMsgType.RTM_DELROUTE, NlFlags.REQUEST | NlFlags.ACK), EOPNOTSUPP,
                null);
    }

    @Test
    void ipRoutePushingTwoLabels() throws Exception {
        push("route-v4-mpls-push", RouteMessage.to(IpPrefix.parse("10.14.0.0/24")).protocol(RouteProtocol.FERRY_BGP)
                .nexthop(NextHop.via(ip("10.0.0.2"), V0).withEncap(MplsEncap.push(100, 200))).build());
    }

    @Test
    void pushWithTtl() throws Exception {
        push("route-v4-mpls-push-ttl", RouteMessage.to(IpPrefix.parse("10.14.2.0/24"))
                .protocol(RouteProtocol.FERRY_BGP)
                .nexthop(NextHop.via(ip("10.0.0.2"), V0).withEncap(new MplsEncap(MplsLabelStack.of(100), 10)))
                .build());
    }

    @Test
    void pushPerNextHopOfAnEcmpRoute() throws Exception {
        push("route-v4-mpls-ecmp", RouteMessage.to(IpPrefix.parse("10.14.1.0/24")).protocol(RouteProtocol.FERRY_BGP)
                .nexthop(NextHop.via(ip("10.0.0.2"), V0).withEncap(MplsEncap.push(100)))
                .nexthop(NextHop.via(ip("10.0.1.2"), V1).withEncap(MplsEncap.push(200))).build());
    }

    @Test
    void ipv6RoutePushingALabel() throws Exception {
        push("route-v6-mpls-push", RouteMessage.to(IpPrefix.parse("2001:db8:14::/64"))
                .protocol(RouteProtocol.FERRY_BGP)
                .nexthop(NextHop.via(ip("2001:db8::2"), V0).withEncap(MplsEncap.push(100))).build());
    }
}
