package dev.ferry.lib.netlink.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct nlmsghdr, host byte order, 16 bytes, in front of every netlink message:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      nlmsg_len (header included)              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          nlmsg_type           |          nlmsg_flags          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           nlmsg_seq                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  nlmsg_pid (sender port id)                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Messages follow each other at 4-byte alignment (NLMSG_ALIGN).
 *
 * @param length nlmsg_len; {@link #decode} checks it against the bytes available
 */
public record NlMsgHeader(int length, int type, int flags, int seq, int pid) {
    public static final int SIZE = 16;

    /**
     * Reads the header at {@code offset} and checks that the whole message (nlmsg_len bytes) lies before
     * {@code end}.
     */
    public static NlMsgHeader decode(ByteBuffer buf, int offset, int end) throws NetlinkDecodeException {
        if (end - offset < SIZE) {
            throw new NetlinkDecodeException(NetlinkDecodeException.Problem.TRUNCATED_STRUCT, offset,
                    "nlmsghdr needs 16 bytes, " + (end - offset) + " left");
        }
        ByteBuffer b = buf.duplicate().order(ByteOrder.nativeOrder());
        int length = b.getInt(offset);
        if (length < SIZE || length > end - offset) {
            throw new NetlinkDecodeException(NetlinkDecodeException.Problem.BAD_MESSAGE_LENGTH, offset,
                    "nlmsg_len " + Integer.toUnsignedString(length) + " with " + (end - offset) + " bytes left");
        }
        return new NlMsgHeader(length, Short.toUnsignedInt(b.getShort(offset + 4)),
                Short.toUnsignedInt(b.getShort(offset + 6)), b.getInt(offset + 8), b.getInt(offset + 12));
    }

    /** Writes the 16 bytes at the buffer's position (native order buffer). */
    public void encode(ByteBuffer out) {
        out.putInt(length).putShort((short) type).putShort((short) flags).putInt(seq).putInt(pid);
    }

    /** NLMSG_ALIGN: a length rounded up to 4. */
    public static int align(int length) {
        return (length + 3) & ~3;
    }

    @Override
    public String toString() {
        return NlMsgType.name(type) + "{len=" + length + ", flags=0x" + Integer.toHexString(flags) + ", seq="
                + Integer.toUnsignedString(seq) + ", pid=" + Integer.toUnsignedString(pid) + "}";
    }
}
