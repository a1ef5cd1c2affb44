package dev.ferry.lib.netlink.codec;

/**
 * A netlink message that cannot be decoded: the typed error every decoder in this package gives instead of
 * an unchecked exception. The caller drops the message and counts it; a kernel never sends such bytes, so
 * seeing one means a bug (or a newer kernel layout) worth logging with {@link #offset()}.
 */
public final class NetlinkDecodeException extends Exception {

    /** What was wrong. */
    public enum Problem {
        /** Fewer bytes than a fixed struct (nlmsghdr, rtmsg, ifinfomsg, ...) needs. */
        TRUNCATED_STRUCT,
        /** nlmsg_len smaller than the header or larger than the bytes received. */
        BAD_MESSAGE_LENGTH,
        /** An attribute header or its data runs past the end of its container. */
        TRUNCATED_ATTRIBUTE,
        /** An attribute has the wrong size for its type (a u32 of 3 bytes, a 5-byte IPv4 address). */
        BAD_ATTRIBUTE_LENGTH,
        /** A value out of its range (an unknown address family, an SRH whose lengths disagree). */
        BAD_VALUE
    }

    private final Problem problem;
    private final int offset;

    public NetlinkDecodeException(Problem problem, int offset, String detail) {
        super(problem + " at offset " + offset + ": " + detail, null, false, false);
        this.problem = problem;
        this.offset = offset;
    }

    public Problem problem() {
        return problem;
    }

    /** Byte offset in the buffer where the problem was found. */
    public int offset() {
        return offset;
    }
}
