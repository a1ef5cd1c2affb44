package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;

/**
 * Ancillary data of sendmsg / recvmsg (cmsg(3)): a sequence of entries, each 8-byte aligned.
 * <pre>
 *  0               8       12      16
 * +---------------+-------+-------+------------------------+---pad to 8---+
 * | cmsg_len (u64)| level | type  | data (cmsg_len - 16)   |              |  next entry ...
 * +---------------+-------+-------+------------------------+--------------+
 * </pre>
 * Fields are in host byte order. Reading never throws: a malformed entry ends the walk.
 */
final class ControlMessages {
    private ControlMessages() {
    }

    /**
     * Offset of the data of the first ({@code level}, {@code type}) entry with at least {@code minData}
     * bytes of data within the first {@code length} bytes of {@code control}; -1 if there is none.
     */
    static long find(MemorySegment control, long length, int level, int type, int minData) {
        long end = Math.min(length, control.byteSize());
        long at = 0;
        while (at + RawNative.CMSG_HEADER <= end) {
            long len = control.get(JAVA_LONG_UNALIGNED, at);
            if (len < RawNative.CMSG_HEADER || len > end - at) {
                return -1;
            }
            if (control.get(JAVA_INT_UNALIGNED, at + 8) == level && control.get(JAVA_INT_UNALIGNED, at + 12) == type
                    && len - RawNative.CMSG_HEADER >= minData) {
                return at + RawNative.CMSG_HEADER;
            }
            at += RawNative.cmsgAlign((int) len);
        }
        return -1;
    }

    /** Writes one entry at offset 0 with room for {@code dataLength} bytes; returns CMSG_SPACE (what msg_controllen takes). */
    static int writeHeader(MemorySegment control, int level, int type, int dataLength) {
        control.set(JAVA_LONG_UNALIGNED, 0, RawNative.CMSG_HEADER + dataLength);
        control.set(JAVA_INT_UNALIGNED, 8, level);
        control.set(JAVA_INT_UNALIGNED, 12, type);
        return RawNative.cmsgAlign(RawNative.CMSG_HEADER + dataLength);
    }
}
