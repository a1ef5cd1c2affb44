package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * NLMSG_ERROR: the kernel's answer to one request, an ACK when error is 0 (linux/netlink.h):
 * <pre>
 * +----------------------------+  struct nlmsgerr
 * | int error (0 or -errno)    |
 * | struct nlmsghdr msg        |  the request's header, echoed (its seq identifies the request)
 * +----------------------------+
 * | request payload            |  only if NLM_F_CAPPED is clear (error != 0 without NETLINK_CAP_ACK)
 * +----------------------------+
 * | NLMSGERR_ATTR_* TLVs       |  only if NLM_F_ACK_TLVS (NETLINK_EXT_ACK): MSG = 1 (string), OFFS = 2 (u32)
 * +----------------------------+
 * </pre>
 *
 * @param error 0 for an ACK, else a negative errno
 * @param request the echoed request header (its length field is the request's, not checked)
 * @param extackMessage NLMSGERR_ATTR_MSG, the kernel's reason in words, or null
 * @param extackOffset NLMSGERR_ATTR_OFFS, the offending attribute's offset in the request, or -1
 */
public record ErrorMessage(int error, NlMsgHeader request, String extackMessage, int extackOffset)
        implements Payload {
    public static final int ATTR_MSG = 1;
    public static final int ATTR_OFFS = 2;

    public boolean isAck() {
        return error == 0;
    }

    /** The positive errno (95 for EOPNOTSUPP), 0 for an ACK. */
    public int errno() {
        return -error;
    }

    /**
     * Decodes the payload between {@code at} and {@code end} of an NLMSG_ERROR whose header carried
     * {@code flags}.
     */
    public static ErrorMessage decode(ByteBuffer buf, int at, int end, int flags) throws NetlinkDecodeException {
        ByteBuffer b = buf.duplicate().order(ByteOrder.nativeOrder());
        if (end - at < 4 + NlMsgHeader.SIZE) {
            throw new NetlinkDecodeException(Problem.TRUNCATED_STRUCT, at, "nlmsgerr needs 20 bytes, " + (end - at));
        }
        int error = b.getInt(at);
        int echoed = at + 4;
        int echoedLength = b.getInt(echoed);
        NlMsgHeader request = new NlMsgHeader(echoedLength, Short.toUnsignedInt(b.getShort(echoed + 4)),
                Short.toUnsignedInt(b.getShort(echoed + 6)), b.getInt(echoed + 8), b.getInt(echoed + 12));
        int tlvs = echoed + NlMsgHeader.SIZE;
        if (error != 0 && (flags & NlFlags.CAPPED) == 0) {
            if (echoedLength < NlMsgHeader.SIZE || echoedLength > end - echoed) {
                throw new NetlinkDecodeException(Problem.BAD_MESSAGE_LENGTH, echoed,
                        "echoed request of " + Integer.toUnsignedString(echoedLength) + " bytes, " + (end - echoed)
                                + " left");
            }
            tlvs = Math.min(end, echoed + NlMsgHeader.align(echoedLength));
        }
        String message = null;
        int messageOffset = -1;
        if ((flags & NlFlags.ACK_TLVS) != 0) {
            AttributeReader r = new AttributeReader(b, tlvs, end);
            while (r.next()) {
                switch (r.type()) {
                    case ATTR_MSG -> message = r.string();
                    case ATTR_OFFS -> messageOffset = r.u32();
                    default -> {
                    }
                }
            }
        }
        return new ErrorMessage(error, request, message, messageOffset);
    }
}
