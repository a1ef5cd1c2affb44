package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct nhmsg, 8 bytes after the nlmsghdr of RTM_NEWNEXTHOP / RTM_DELNEXTHOP / RTM_GETNEXTHOP
 * (linux/nexthop.h):
 * <pre>
 * +---------------+---------------+---------------+---------------+
 * |   nh_family   |   nh_scope    |  nh_protocol  |     resvd     |
 * +---------------+---------------+---------------+---------------+
 * |                     nh_flags (u32, host)                      |
 * +---------------------------------------------------------------+
 * </pre>
 * Requests leave nh_scope 0; the kernel answers RT_SCOPE_LINK for an object with a gateway. Deletes and dumps
 * must send all of it zero (the kernel refuses anything else).
 */
public record NhMsg(int family, int scope, int protocol, int flags) {
    public static final int SIZE = 8;

    public void encode(MessageWriter w) {
        w.u8(family).u8(scope).u8(protocol).u8(0).u32(flags);
    }

    public static NhMsg decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        if (end - at < SIZE) {
            throw new NetlinkDecodeException(Problem.TRUNCATED_STRUCT, at, "nhmsg needs 8 bytes, " + (end - at));
        }
        ByteBuffer b = buf.duplicate().order(ByteOrder.nativeOrder());
        return new NhMsg(Byte.toUnsignedInt(b.get(at)), Byte.toUnsignedInt(b.get(at + 1)),
                Byte.toUnsignedInt(b.get(at + 2)), b.getInt(at + 4));
    }
}
