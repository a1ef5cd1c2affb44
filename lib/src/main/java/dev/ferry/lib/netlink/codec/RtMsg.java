package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct rtmsg, 12 bytes after the nlmsghdr of RTM_NEWROUTE / RTM_DELROUTE / RTM_GETROUTE:
 * <pre>
 * +---------------+---------------+---------------+---------------+
 * |  rtm_family   |  rtm_dst_len  |  rtm_src_len  |    rtm_tos    |
 * +---------------+---------------+---------------+---------------+
 * |  rtm_table    | rtm_protocol  |   rtm_scope   |   rtm_type    |
 * +---------------+---------------+---------------+---------------+
 * |                     rtm_flags (u32, host)                     |
 * +---------------------------------------------------------------+
 * </pre>
 * rtm_table holds table ids up to 255; larger ids go in RTA_TABLE with rtm_table = 0.
 */
public record RtMsg(int family, int dstLength, int srcLength, int tos, int table, int protocol, int scope, int type,
                    int flags) {
    public static final int SIZE = 12;

    public void encode(MessageWriter w) {
        encode(w, family, dstLength, srcLength, tos, table, protocol, scope, type, flags);
    }

    /** The same without a record: a route request per route on the dataplane's path allocates none. */
    static void encode(MessageWriter w, int family, int dstLength, int srcLength, int tos, int table, int protocol,
            int scope, int type, int flags) {
        w.u8(family).u8(dstLength).u8(srcLength).u8(tos).u8(table).u8(protocol).u8(scope).u8(type).u32(flags);
    }

    public static RtMsg decode(ByteBuffer buf, int at, int end) throws NetlinkDecodeException {
        if (end - at < SIZE) {
            throw new NetlinkDecodeException(Problem.TRUNCATED_STRUCT, at, "rtmsg needs 12 bytes, " + (end - at));
        }
        ByteBuffer b = buf.duplicate().order(ByteOrder.nativeOrder());
        return new RtMsg(u8(b, at), u8(b, at + 1), u8(b, at + 2), u8(b, at + 3), u8(b, at + 4), u8(b, at + 5),
                u8(b, at + 6), u8(b, at + 7), b.getInt(at + 8));
    }

    private static int u8(ByteBuffer b, int at) {
        return Byte.toUnsignedInt(b.get(at));
    }
}
