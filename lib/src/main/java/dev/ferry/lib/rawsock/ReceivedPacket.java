package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Turns what recvmsg() returned into a {@link Datagram}: pure, no system calls, and null instead of an
 * exception for anything unusable (the caller drops and counts it).
 *
 * <p>IPv4 raw sockets deliver the IP header (RFC 791), which gives source and destination; IP_PKTINFO
 * gives the interface:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * |         Identification        |Flags|      Fragment Offset    |
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * |                       Source Address                          |
 * |                    Destination Address                        |
 * |                    Options (IHL &gt; 5)            |    Padding    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * cmsg SOL_IP/IP_PKTINFO: struct in_pktinfo { int ipi_ifindex; in_addr ipi_spec_dst; in_addr ipi_addr; }
 * </pre>
 * IPv6 raw sockets deliver no header: the source is msg_name (struct sockaddr_in6, address at 8),
 * destination and interface come from cmsg SOL_IPV6/IPV6_PKTINFO: struct in6_pktinfo { in6_addr; int ifindex; }.
 */
final class ReceivedPacket {
    static final int IPV4_MIN_HEADER = 20;
    private static final ValueLayout.OfShort U16_BE = JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private ReceivedPacket() {
    }

    /** The IPv4 packet of {@code length} bytes in {@code data}, or null if it is not a usable one. */
    static Datagram ipv4(MemorySegment data, int length, MemorySegment control, long controlLength) {
        if (length < IPV4_MIN_HEADER || length > data.byteSize()) {
            return null;
        }
        int versionIhl = Byte.toUnsignedInt(data.get(JAVA_BYTE, 0));
        int headerLength = (versionIhl & 0x0f) * 4;
        if (versionIhl >>> 4 != 4 || headerLength < IPV4_MIN_HEADER || headerLength > length) {
            return null;
        }
        int totalLength = Short.toUnsignedInt(data.get(U16_BE, 2));
        int end = totalLength >= headerLength && totalLength <= length ? totalLength : length;
        long info = ControlMessages.find(control, controlLength, RawNative.SOL_IP, RawNative.IP_PKTINFO,
                RawNative.IN_PKTINFO_SIZE);
        if (info < 0) {
            return null;
        }
        return new Datagram(control.get(JAVA_INT_UNALIGNED, info), bytes(data, 12, 4), bytes(data, 16, 4),
                bytes(data, headerLength, end - headerLength));
    }

    /** The IPv6 payload of {@code length} bytes in {@code data}, from {@code name}, or null if unusable. */
    static Datagram ipv6(MemorySegment data, int length, MemorySegment name, int nameLength, MemorySegment control,
                         long controlLength) {
        if (length < 0 || length > data.byteSize() || nameLength < RawNative.SIN6_SCOPE_ID
                || name.byteSize() < RawNative.SIN6_SCOPE_ID
                || Short.toUnsignedInt(name.get(JAVA_SHORT_UNALIGNED, 0)) != RawNative.AF_INET6) {
            return null;
        }
        long info = ControlMessages.find(control, controlLength, RawNative.SOL_IPV6, RawNative.IPV6_PKTINFO,
                RawNative.IN6_PKTINFO_SIZE);
        if (info < 0) {
            return null;
        }
        return new Datagram(control.get(JAVA_INT_UNALIGNED, info + 16), bytes(name, RawNative.SIN6_ADDR, 16),
                bytes(control, info, 16), bytes(data, 0, length));
    }

    private static byte[] bytes(MemorySegment s, long offset, int length) {
        return s.asSlice(offset, length).toArray(JAVA_BYTE);
    }
}
