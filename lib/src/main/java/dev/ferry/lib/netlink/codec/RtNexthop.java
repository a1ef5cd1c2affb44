package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * RTA_MULTIPATH: a sequence of struct rtnexthop, each followed by its next hop's attributes
 * (see {@link NextHop}); rtnh_len covers the struct and those attributes:
 * <pre>
 * +-------------------------------+---------------+---------------+
 * |      rtnh_len (u16, host)     |  rtnh_flags   |  rtnh_hops    |   rtnh_hops = weight - 1
 * +-------------------------------+---------------+---------------+
 * |                     rtnh_ifindex (int)                        |
 * +---------------------------------------------------------------+
 * |  RTA_ENCAP, RTA_ENCAP_TYPE, RTA_NEWDST, RTA_VIA / RTA_GATEWAY  |
 * +---------------------------------------------------------------+
 * </pre>
 * iproute2 sends RTA_MULTIPATH without NLA_F_NESTED, and so does Ferry.
 */
final class RtNexthop {
    static final int SIZE = 8;

    private RtNexthop() {
    }

    static void encode(MessageWriter w, List<NextHop> nexthops, int family) {
        int start = w.beginNested(RouteAttr.MULTIPATH);
        for (NextHop nh : nexthops) {
            int at = w.buffer().position();
            w.u16(0).u8(nh.flags()).u8(nh.weight() - 1).u32(nh.ifindex());
            nh.encodeAttributes(w, family);
            w.patchLength16(at, at);
        }
        w.endNested(start);
    }

    /** The next hops in the RTA_MULTIPATH attribute {@code r} is on. */
    static List<NextHop> decode(AttributeReader r, int family) throws NetlinkDecodeException {
        ByteBuffer b = r.buffer();
        int at = r.dataOffset();
        int end = at + r.length();
        List<NextHop> out = new ArrayList<>();
        while (end - at > 0) {
            if (end - at < SIZE) {
                throw new NetlinkDecodeException(Problem.TRUNCATED_STRUCT, at,
                        "rtnexthop needs 8 bytes, " + (end - at));
            }
            int len = Short.toUnsignedInt(b.getShort(at));
            if (len < SIZE || len > end - at) {
                throw new NetlinkDecodeException(Problem.BAD_MESSAGE_LENGTH, at, "rtnh_len " + len + " with "
                        + (end - at) + " bytes left");
            }
            int flags = Byte.toUnsignedInt(b.get(at + 2));
            int weight = Byte.toUnsignedInt(b.get(at + 3)) + 1;
            int ifindex = b.getInt(at + 4);
            NextHop.Parts parts = new NextHop.Parts(family);
            AttributeReader attrs = new AttributeReader(b, at + SIZE, at + len);
            while (attrs.next()) {
                parts.accept(attrs);
            }
            out.add(parts.build(ifindex, weight, flags));
            at = Math.min(end, at + NlMsgHeader.align(len));
        }
        return out;
    }
}
