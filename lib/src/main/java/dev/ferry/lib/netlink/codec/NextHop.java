package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;
import java.util.Objects;

/**
 * One next hop of a route. A single next hop travels as top-level route attributes (RTA_GATEWAY,
 * RTA_OIF, ...); several travel in RTA_MULTIPATH, one {@link RtNexthop} each. Either way the next hop's
 * own attributes are written in this order, iproute2's:
 * <pre>
 * [RTA_ENCAP, RTA_ENCAP_TYPE]   label push / seg6 / seg6local ({@link LwtEncap})
 * [RTA_NEWDST]                  MPLS label routes: the outgoing stack (none: pop)
 * [RTA_VIA | RTA_GATEWAY]       the neighbour (RTA_VIA when its family differs from the route's)
 * </pre>
 *
 * @param gateway RTA_GATEWAY (same family as the route), or null
 * @param via RTA_VIA, or null
 * @param ifindex outgoing interface, 0 for none
 * @param weight 1..256 (rtnh_hops + 1); only meaningful in a multipath route
 * @param flags rtnh_flags (RTNH_F_ONLINK, ...)
 * @param newDst outgoing MPLS labels of a label route, or null (pop)
 * @param encap encapsulation, or null
 */
public record NextHop(byte[] gateway, RtVia via, int ifindex, int weight, int flags, MplsLabelStack newDst,
                      LwtEncap encap) {

    public NextHop {
        gateway = gateway == null ? null : gateway.clone();
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("next hop weight must be 1..256: " + weight);
        }
    }

    /** Via a gateway, out of an interface (0: let the kernel resolve it). */
    public static NextHop via(byte[] gateway, int ifindex) {
        return new NextHop(gateway, null, ifindex, 1, 0, null, null);
    }

    /** Directly out of an interface. */
    public static NextHop dev(int ifindex) {
        return new NextHop(null, null, ifindex, 1, 0, null, null);
    }

    /** An MPLS label route's next hop: swap to {@code out} (null or empty: pop), send to {@code via}. */
    public static NextHop mpls(RtVia via, int ifindex, MplsLabelStack out) {
        return new NextHop(null, via, ifindex, 1, 0, out == null || out.size() == 0 ? null : out, null);
    }

    public NextHop withWeight(int w) {
        return new NextHop(gateway, via, ifindex, w, flags, newDst, encap);
    }

    public NextHop withEncap(LwtEncap e) {
        return new NextHop(gateway, via, ifindex, weight, flags, newDst, e);
    }

    public NextHop withFlags(int f) {
        return new NextHop(gateway, via, ifindex, weight, f, newDst, encap);
    }

    @Override
    public byte[] gateway() {
        return gateway == null ? null : gateway.clone();
    }

    /**
     * Writes ENCAP + ENCAP_TYPE, NEWDST, VIA or GATEWAY; the interface is the caller's (RTA_OIF or
     * rtnh_ifindex). A gateway of the other IP family than the route's (an IPv4 route over an IPv6
     * next hop, RFC 5549) goes out as RTA_VIA, the only way the kernel takes it.
     */
    void encodeAttributes(MessageWriter w, int routeFamily) {
        if (encap != null) {
            LwtEncap.encode(w, encap);
        }
        if (newDst != null) {
            w.attrBytes(RouteAttr.NEWDST, newDst.encode());
        }
        if (via != null) {
            via.encode(w);
        } else if (gateway != null) {
            if (routeFamily == AddressFamily.INET && gateway.length == 16) {
                RtVia.of(gateway).encode(w);
            } else {
                w.attrBytes(RouteAttr.GATEWAY, gateway);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NextHop n && Arrays.equals(n.gateway, gateway) && Objects.equals(n.via, via)
                && n.ifindex == ifindex && n.weight == weight && n.flags == flags && Objects.equals(n.newDst, newDst)
                && Objects.equals(n.encap, encap);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(gateway), via, ifindex, weight, flags, newDst, encap);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (encap != null) {
            sb.append("encap ").append(encap).append(' ');
        }
        if (newDst != null) {
            sb.append("as ").append(newDst).append(' ');
        }
        if (via != null) {
            sb.append("via ").append(via).append(' ');
        } else if (gateway != null) {
            sb.append("via ").append(IpAddresses.format(gateway)).append(' ');
        }
        if (ifindex != 0) {
            sb.append("oif ").append(ifindex).append(' ');
        }
        if (weight != 1) {
            sb.append("weight ").append(weight).append(' ');
        }
        if (flags != 0) {
            sb.append("flags 0x").append(Integer.toHexString(flags)).append(' ');
        }
        return sb.toString().trim();
    }

    /** Collects a next hop's attributes while a route or an rtnexthop is decoded. */
    static final class Parts {
        private final int family;
        byte[] gateway;
        RtVia via;
        MplsLabelStack newDst;
        int encapType = LwtEncapType.NONE;
        AttributeReader encap;
        byte[] encapRaw;

        Parts(int family) {
            this.family = family;
        }

        /** Takes the reader's current attribute if it belongs to a next hop. */
        boolean accept(AttributeReader r) throws NetlinkDecodeException {
            switch (r.type()) {
                case RouteAttr.GATEWAY -> {
                    int len = AddressFamily.addressLength(family);
                    gateway = len > 0 ? r.bytes(len) : r.bytes();
                }
                case RouteAttr.VIA -> via = RtVia.decode(r);
                case RouteAttr.NEWDST -> newDst = MplsLabelStack.decode(r);
                case RouteAttr.ENCAP_TYPE -> encapType = r.u16();
                case RouteAttr.ENCAP -> {
                    encap = r.nested();
                    encapRaw = r.bytes();
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        boolean any() {
            return gateway != null || via != null || newDst != null || encap != null;
        }

        NextHop build(int ifindex, int weight, int flags) throws NetlinkDecodeException {
            LwtEncap e = encap == null ? null : LwtEncap.decode(encapType, encap, encapRaw);
            return new NextHop(gateway, via, ifindex, weight, flags, newDst, e);
        }
    }
}
