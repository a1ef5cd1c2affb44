package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct ifaddrmsg, 8 bytes after the nlmsghdr of RTM_NEWADDR / RTM_DELADDR / RTM_GETADDR:
 * <pre>
 * +---------------+---------------+---------------+---------------+
 * |  ifa_family   | ifa_prefixlen |   ifa_flags   |   ifa_scope   |
 * +---------------+---------------+---------------+---------------+
 * |                        ifa_index (u32)                        |
 * +---------------------------------------------------------------+
 * </pre>
 * ifa_flags holds the low 8 flag bits; IFA_FLAGS (u32) carries them all.
 */
public record IfAddrMsg(int family, int prefixLength, int flags, int scope, int index) {
    public static final int SIZE = 8;

    public void encode(MessageWriter w) {
        w.u8(family).u8(prefixLength).u8(flags).u8(scope).u32(index);
    }

    public static IfAddrMsg decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        if (end - at < SIZE) {
            throw new NetlinkDecodeException(Problem.TRUNCATED_STRUCT, at, "ifaddrmsg needs 8 bytes, " + (end - at));
        }
        ByteBuffer b = buf.duplicate().order(ByteOrder.nativeOrder());
        return new IfAddrMsg(Byte.toUnsignedInt(b.get(at)), Byte.toUnsignedInt(b.get(at + 1)),
                Byte.toUnsignedInt(b.get(at + 2)), Byte.toUnsignedInt(b.get(at + 3)), b.getInt(at + 4));
    }
}
