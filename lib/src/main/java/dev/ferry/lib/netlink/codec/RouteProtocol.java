package dev.ferry.lib.netlink.codec;

/**
 * rtm_protocol values: who installed a route. The kernel does not interpret values above RTPROT_STATIC;
 * routing daemons mark their routes with one so that a restart can find and sweep its stale routes.
 *
 * <p>Ferry's values sit in 230..235, outside every value taken elsewhere on a Linux router:
 * the kernel's list (linux/rtnetlink.h: 0..18, 42 babel, 99 openr, 186 bgp .. 192 eigrp) and FRR's
 * (zebra/rt_netlink.h: 11 zebra, 186 bgp, 187 isis, 188 ospf, 189 rip, 190 ripng, 191 nhrp, 192 eigrp,
 * 193 ldp, 194 sharp, 195 pbr, 196 static, 197 openfabric, 198 srte). So FRR and Ferry can run side by
 * side (interop labs) without sweeping each other's routes. For `ip route` to print names, put in
 * /etc/iproute2/rt_protos.d/ferry.conf:
 * <pre>
 * 230  ferry-static
 * 231  ferry-ospf
 * 232  ferry-ospf6
 * 233  ferry-bgp
 * 234  ferry-ldp
 * 235  ferry-zebra
 * </pre>
 */
public final class RouteProtocol {
    public static final int UNSPEC = 0;
    public static final int REDIRECT = 1;
    /** Routes the kernel made itself (connected prefixes, local addresses). */
    public static final int KERNEL = 2;
    /** iproute2's default for `ip route add`. */
    public static final int BOOT = 3;
    public static final int STATIC = 4;

    /** staticd's routes and static SRv6 SIDs. */
    public static final int FERRY_STATIC = 230;
    public static final int FERRY_OSPF = 231;
    public static final int FERRY_OSPF6 = 232;
    public static final int FERRY_BGP = 233;
    /** ldpd's MPLS label routes (LSPs). */
    public static final int FERRY_LDP = 234;
    /** What zebra installs on its own account (SRv6 locator routes, routes of other or unknown types). */
    public static final int FERRY_ZEBRA = 235;

    private RouteProtocol() {
    }

    /** Whether a route with this rtm_protocol was installed by Ferry (and is Ferry's to sweep). */
    public static boolean isFerry(int protocol) {
        return protocol >= FERRY_STATIC && protocol <= FERRY_ZEBRA;
    }
}
