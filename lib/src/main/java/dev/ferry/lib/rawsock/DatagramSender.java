package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.ferry.lib.net.IpAddresses;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The send side of a raw socket: sendmsg(2) to the destination with a packet-info control message that
 * picks the outgoing interface and the source address, so one socket serves every interface (as FRR's).
 * <pre>
 * IPv4: cmsg SOL_IP/IP_PKTINFO      in_pktinfo  { ipi_ifindex = ifindex, ipi_spec_dst = source, ipi_addr = 0 }
 * IPv6: cmsg SOL_IPV6/IPV6_PKTINFO  in6_pktinfo { ipi6_addr = source, ipi6_ifindex = ifindex }
 * </pre>
 * The kernel honours ipi_ifindex for IPv4 multicast too (raw_sendmsg only falls back to
 * IP_MULTICAST_IF when it is 0), which the namespace test checks with two links between the same
 * routers. IPv6 destinations carry sin6_scope_id = ifindex, which link-local ones need. MSG_DONTWAIT: a
 * full send buffer fails with EAGAIN rather than blocking the daemon's event loop (OSPF retransmits).
 * One thread at a time (the caller synchronizes).
 */
final class DatagramSender {
    static final int MAX_PAYLOAD = 65535;

    private final boolean ipv6;
    private final MemorySegment capture;
    private final MemorySegment payload;
    private final MemorySegment name;
    private final MemorySegment control;
    private final MemorySegment iov;
    private final MemorySegment msg;

    DatagramSender(boolean ipv6) {
        this.ipv6 = ipv6;
        Arena arena = Arena.ofAuto();
        capture = arena.allocate(RawNative.CAPTURE_LAYOUT);
        payload = arena.allocate(MAX_PAYLOAD, 8);
        name = arena.allocate(RawNative.SOCKADDR_IN6_SIZE, 8);
        control = arena.allocate(64, 8);
        iov = arena.allocate(RawNative.IOVEC_SIZE, 8);
        iov.set(ADDRESS, 0, payload);
        msg = arena.allocate(RawNative.MSGHDR_SIZE, 8);
        msg.set(ADDRESS, RawNative.MSGHDR_NAME, name);
        msg.set(ADDRESS, RawNative.MSGHDR_IOV, iov);
        msg.set(JAVA_LONG, RawNative.MSGHDR_IOVLEN, 1);
        msg.set(ADDRESS, RawNative.MSGHDR_CONTROL, control);
    }

    void send(int fd, int ifindex, byte[] source, byte[] destination, byte[] bytes) throws RawSocketException {
        int addressLength = ipv6 ? 16 : 4;
        if (destination.length != addressLength || (source != null && source.length != addressLength)) {
            throw new IllegalArgumentException("IPv" + (ipv6 ? 6 : 4) + " socket given a " + destination.length
                    + "-byte destination / " + (source == null ? "no" : source.length + "-byte") + " source");
        }
        String call = "sendmsg(to " + IpAddresses.format(destination) + ", ifindex " + ifindex + ")";
        if (bytes.length > MAX_PAYLOAD) {
            throw new RawSocketException(call + " of " + bytes.length + " bytes", RawNative.EMSGSIZE);
        }
        MemorySegment.copy(bytes, 0, payload, JAVA_BYTE, 0, bytes.length);
        iov.set(JAVA_LONG, 8, bytes.length);
        name.fill((byte) 0);
        control.fill((byte) 0);
        int controlLength;
        if (ipv6) {
            name.set(JAVA_SHORT, 0, (short) RawNative.AF_INET6);
            MemorySegment.copy(destination, 0, name, JAVA_BYTE, RawNative.SIN6_ADDR, 16);
            name.set(JAVA_INT, RawNative.SIN6_SCOPE_ID, ifindex);
            msg.set(JAVA_INT, RawNative.MSGHDR_NAMELEN, RawNative.SOCKADDR_IN6_SIZE);
            controlLength = ControlMessages.writeHeader(control, RawNative.SOL_IPV6, RawNative.IPV6_PKTINFO,
                    RawNative.IN6_PKTINFO_SIZE);
            if (source != null) {
                MemorySegment.copy(source, 0, control, JAVA_BYTE, RawNative.CMSG_HEADER, 16);
            }
            control.set(JAVA_INT, RawNative.CMSG_HEADER + 16, ifindex);
        } else {
            name.set(JAVA_SHORT, 0, (short) RawNative.AF_INET);
            MemorySegment.copy(destination, 0, name, JAVA_BYTE, 4, 4);
            msg.set(JAVA_INT, RawNative.MSGHDR_NAMELEN, RawNative.SOCKADDR_IN_SIZE);
            controlLength = ControlMessages.writeHeader(control, RawNative.SOL_IP, RawNative.IP_PKTINFO,
                    RawNative.IN_PKTINFO_SIZE);
            control.set(JAVA_INT, RawNative.CMSG_HEADER, ifindex);
            if (source != null) {
                MemorySegment.copy(source, 0, control, JAVA_BYTE, RawNative.CMSG_HEADER + 4, 4);
            }
        }
        msg.set(JAVA_LONG, RawNative.MSGHDR_CONTROLLEN, controlLength);
        msg.set(JAVA_INT, RawNative.MSGHDR_FLAGS, 0);
        while (true) {
            long n;
            try {
                n = (long) RawNative.SENDMSG.invokeExact(capture, fd, msg, RawNative.MSG_DONTWAIT);
            } catch (Throwable t) {
                throw DatagramReceiver.nativeFailure("sendmsg", t);
            }
            if (n >= 0) {
                return;
            }
            int errno = RawNative.errno(capture);
            if (errno != RawNative.EINTR) {
                throw new RawSocketException(call, errno);
            }
        }
    }
}
