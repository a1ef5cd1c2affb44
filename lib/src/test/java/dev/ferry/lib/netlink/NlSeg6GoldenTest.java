package dev.ferry.lib.netlink;

import static dev.ferry.lib.netlink.GoldenAssert.assertGolden;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.ADD;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.V0;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.ip;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.LwtEncap;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.lib.netlink.codec.RouteScope;
import dev.ferry.lib.netlink.codec.Seg6Encap;
import dev.ferry.lib.netlink.codec.Seg6LocalEncap;
import dev.ferry.lib.netlink.codec.Seg6Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SRv6 against iproute2's bytes: H.Encaps (IPv6 and IPv4 routes), H.Insert (inline), and the seg6local
 * behaviours End, End.X, End.T, End.DX4, End.DX6, End.DT6 (table and vrftable), End.DT4, End.DT46. This
 * kernel installs them all except those that need a VRF device (End.DT4, End.DT46, End.DT6 vrftable),
 * which it refuses with EINVAL and no reason; a kernel with VRFs takes them once net.vrf.strict_mode is 1
 * (zebra's VrfStrictMode sets it; integration-tests' VmSrv6EndDtIT installs and uses them in the VM).
 */
class NlSeg6GoldenTest {
    private static final int EINVAL = 22;

    static RouteMessage sid(String sid, LwtEncap behaviour) {
        return RouteMessage.to(IpPrefix.parse(sid + "/128")).protocol(RouteProtocol.FERRY_STATIC)
                .nexthop(NextHop.dev(V0).withEncap(behaviour)).build();
    }

    static void check(String fixture, RouteMessage r, int errno) throws Exception {
        assertGolden(fixture, r, r.request(NlMsgType.RTM_NEWROUTE, ADD), errno, null);
    }

    @Test
    void encapsIpv6RouteWithTwoSegments() throws Exception {
        check("seg6-encap-v6", RouteMessage.to(IpPrefix.parse("2001:db8:20::/64")).protocol(RouteProtocol.FERRY_STATIC)
                .nexthop(NextHop.dev(V0).withEncap(Seg6Encap.encap(List.of(ip("fc00::1"), ip("fc00::2"))))).build(), 0);
    }

    @Test
    void encapsIpv4Route() throws Exception {
        check("seg6-encap-v4", RouteMessage.to(IpPrefix.parse("10.15.0.0/24")).protocol(RouteProtocol.FERRY_STATIC)
                .scope(RouteScope.LINK).nexthop(NextHop.dev(V0).withEncap(Seg6Encap.encap(List.of(ip("fc00::1")))))
                .build(), 0);
    }

    /** Inline mode carries an extra zero segment for the packet's own destination, as iproute2 writes it. */
    @Test
    void insertInline() throws Exception {
        check("seg6-inline-v6", RouteMessage.to(IpPrefix.parse("2001:db8:21::/64")).protocol(RouteProtocol.FERRY_STATIC)
                .nexthop(NextHop.dev(V0).withEncap(new Seg6Encap(Seg6Mode.INLINE,
                        List.of(ip("fc00::1"), ip("fc00::2"), ip("fc00::3"))))).build(), 0);
    }

    @Test
    void end() throws Exception {
        check("seg6local-end", sid("fc00:1::1", Seg6LocalEncap.end()), 0);
    }

    @Test
    void endX() throws Exception {
        check("seg6local-end-x", sid("fc00:1::2", Seg6LocalEncap.endX(ip("2001:db8::2"))), 0);
    }

    @Test
    void endT() throws Exception {
        check("seg6local-end-t", sid("fc00:1::3", Seg6LocalEncap.endT(100)), 0);
    }

    @Test
    void endDx4() throws Exception {
        check("seg6local-end-dx4", sid("fc00:1::4", Seg6LocalEncap.endDx4(ip("10.0.0.2"))), 0);
    }

    @Test
    void endDx6() throws Exception {
        check("seg6local-end-dx6", sid("fc00:1::5", Seg6LocalEncap.endDx6(ip("2001:db8::2"))), 0);
    }

    @Test
    void endDt6() throws Exception {
        check("seg6local-end-dt6", sid("fc00:1::6", Seg6LocalEncap.endDt6(100)), 0);
        check("seg6local-end-dt6-vrf", sid("fc00:1::9", Seg6LocalEncap.endDt6InVrf(100)), EINVAL);
    }

    @Test
    void endDt4AndDt46NeedAVrf() throws Exception {
        check("seg6local-end-dt4", sid("fc00:1::7", Seg6LocalEncap.endDt4(100)), EINVAL);
        check("seg6local-end-dt46", sid("fc00:1::8", Seg6LocalEncap.endDt46(100)), EINVAL);
    }
}
