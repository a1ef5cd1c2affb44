package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct ifinfomsg, 16 bytes after the nlmsghdr of RTM_NEWLINK / RTM_DELLINK / RTM_GETLINK:
 * <pre>
 * +---------------+---------------+-------------------------------+
 * |  ifi_family   |   (padding)   |   ifi_type (ARPHRD_*, u16)    |
 * +---------------+---------------+-------------------------------+
 * |                        ifi_index (int)                        |
 * +---------------------------------------------------------------+
 * |                     ifi_flags (IFF_*, u32)                    |
 * +---------------------------------------------------------------+
 * |       ifi_change (which ifi_flags bits a request sets)        |
 * +---------------------------------------------------------------+
 * </pre>
 */
public record IfInfoMsg(int family, int type, int index, int flags, int change) {
    public static final int SIZE = 16;

    public void encode(MessageWriter w) {
        w.u8(family).u8(0).u16(type).u32(index).u32(flags).u32(change);
    }

    public static IfInfoMsg decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        if (end - at < SIZE) {
            throw new NetlinkDecodeException(Problem.TRUNCATED_STRUCT, at, "ifinfomsg needs 16 bytes, " + (end - at));
        }
        ByteBuffer b = buf.duplicate().order(ByteOrder.nativeOrder());
        return new IfInfoMsg(Byte.toUnsignedInt(b.get(at)), Short.toUnsignedInt(b.getShort(at + 2)), b.getInt(at + 4),
                b.getInt(at + 8), b.getInt(at + 12));
    }
}
