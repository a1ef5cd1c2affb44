package dev.ferry.lib.netlink.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * NLMSG_DONE: the end of a multi-part answer (a dump). Its payload is an int, 0 or a negative errno when
 * the dump itself failed.
 *
 * @param error 0 or -errno
 */
public record DoneMessage(int error) implements Payload {

    /** Reads the payload between {@code at} and {@code end}; a missing int reads as 0. */
    public static DoneMessage decode(ByteBuffer buf, int at, int end) {
        ByteBuffer b = buf.duplicate().order(ByteOrder.nativeOrder());
        return new DoneMessage(end - at >= 4 ? b.getInt(at) : 0);
    }
}
