package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.ferry.lib.net.IpAddresses;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;

/**
 * A raw IP socket for one protocol (89 for OSPF), through FFM: one socket serves every interface of a
 * daemon, as FRR's ospfd and ospf6d do. Packets go out with the interface and source chosen per send
 * (packet-info control message) and come in with the interface and both addresses.
 *
 * <p>Opened as FRR opens its sockets: multicast TTL / hop limit 1 and no multicast loopback (a router
 * must not hear its own Hellos), unicast TTL / hop limit 1 too (OSPF packets never leave the link;
 * {@link #setUnicastHops} raises it for virtual links), traffic class 0xC0 (internetwork control), 8 MiB
 * kernel buffers, and IP(V6)_MULTICAST_ALL off: the socket only gets the groups it joined, on the
 * interfaces it joined them on.
 *
 * <p>Threads: {@link #receive} is meant for one reader thread (a platform thread, e.g.
 * {@link RawSocketReader}); {@link #send}, {@link #join} and the rest run on the daemon's event loop.
 * Receives and sends each have their own buffers and lock, so the two never wait for each other.
 * {@link #close} may be called from any thread: a receive blocked in poll() returns null at once.
 */
public final class RawIpSocket implements AutoCloseable {
    private static final int KERNEL_BUFFER_BYTES = 8 << 20;
    /** IPTOS_PREC_INTERNETCONTROL, as FRR's ospfd and ospf6d use. */
    private static final int INTERNETWORK_CONTROL = 0xC0;

    private final boolean ipv6;
    private final int protocol;
    private final SocketFd fd;
    private final DatagramReceiver receiver;
    private final DatagramSender sender;

    private RawIpSocket(boolean ipv6, int protocol, int fd) {
        this.ipv6 = ipv6;
        this.protocol = protocol;
        this.fd = new SocketFd(fd);
        this.receiver = new DatagramReceiver(ipv6);
        this.sender = new DatagramSender(ipv6);
    }

    /**
     * An IPv4 raw socket for {@code protocol}: IP_PKTINFO on, IP_MULTICAST_LOOP 0, IP_MULTICAST_TTL 1,
     * IP_TTL 1, IP_TOS 0xC0, IP_MULTICAST_ALL 0, 8 MiB buffers. The kernel writes the IP header.
     */
    public static RawIpSocket openV4(int protocol) throws IOException {
        int fd = create(RawNative.AF_INET, protocol);
        try {
            setCommon(fd);
            SocketOptions.setInt(fd, RawNative.SOL_IP, RawNative.IP_PKTINFO, 1, "IP_PKTINFO");
            SocketOptions.setInt(fd, RawNative.SOL_IP, RawNative.IP_MULTICAST_LOOP, 0, "IP_MULTICAST_LOOP");
            SocketOptions.setInt(fd, RawNative.SOL_IP, RawNative.IP_MULTICAST_TTL, 1, "IP_MULTICAST_TTL");
            SocketOptions.setInt(fd, RawNative.SOL_IP, RawNative.IP_TTL, 1, "IP_TTL");
            SocketOptions.setInt(fd, RawNative.SOL_IP, RawNative.IP_TOS, INTERNETWORK_CONTROL, "IP_TOS");
            SocketOptions.setInt(fd, RawNative.SOL_IP, RawNative.IP_MULTICAST_ALL, 0, "IP_MULTICAST_ALL");
        } catch (IOException | RuntimeException e) {
            SocketFd.closeNow(fd);
            throw e;
        }
        return new RawIpSocket(false, protocol, fd);
    }

    /**
     * An IPv6 raw socket for {@code protocol}: IPV6_RECVPKTINFO on, IPV6_CHECKSUM at
     * {@code checksumOffset} (12 for OSPFv3: the kernel fills the checksum on send and drops bad ones on
     * receive; -1 leaves it off), IPV6_MULTICAST_LOOP 0, multicast and unicast hop limit 1,
     * IPV6_TCLASS 0xC0, IPV6_MULTICAST_ALL 0 (where the kernel has it: 4.20+), 8 MiB buffers.
     */
    public static RawIpSocket openV6(int protocol, int checksumOffset) throws IOException {
        int fd = create(RawNative.AF_INET6, protocol);
        try {
            setCommon(fd);
            SocketOptions.setInt(fd, RawNative.SOL_IPV6, RawNative.IPV6_RECVPKTINFO, 1, "IPV6_RECVPKTINFO");
            if (checksumOffset >= 0) {
                SocketOptions.setInt(fd, RawNative.SOL_IPV6, RawNative.IPV6_CHECKSUM, checksumOffset,
                        "IPV6_CHECKSUM");
            }
            SocketOptions.setInt(fd, RawNative.SOL_IPV6, RawNative.IPV6_MULTICAST_LOOP, 0, "IPV6_MULTICAST_LOOP");
            SocketOptions.setInt(fd, RawNative.SOL_IPV6, RawNative.IPV6_MULTICAST_HOPS, 1, "IPV6_MULTICAST_HOPS");
            SocketOptions.setInt(fd, RawNative.SOL_IPV6, RawNative.IPV6_UNICAST_HOPS, 1, "IPV6_UNICAST_HOPS");
            SocketOptions.setInt(fd, RawNative.SOL_IPV6, RawNative.IPV6_TCLASS, INTERNETWORK_CONTROL, "IPV6_TCLASS");
            int errno = SocketOptions.trySetInt(fd, RawNative.SOL_IPV6, RawNative.IPV6_MULTICAST_ALL, 0);
            if (errno != 0 && errno != RawNative.ENOPROTOOPT) {
                throw new RawSocketException("setsockopt(IPV6_MULTICAST_ALL, 0)", errno);
            }
        } catch (IOException | RuntimeException e) {
            SocketFd.closeNow(fd);
            throw e;
        }
        return new RawIpSocket(true, protocol, fd);
    }

    private static int create(int family, int protocol) throws RawSocketException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(RawNative.CAPTURE_LAYOUT);
            int fd = (int) RawNative.SOCKET.invokeExact(cap, family, RawNative.SOCK_RAW | RawNative.SOCK_CLOEXEC,
                    protocol);
            if (fd < 0) {
                throw new RawSocketException("socket(" + (family == RawNative.AF_INET ? "AF_INET" : "AF_INET6")
                        + ", SOCK_RAW, " + protocol + ")", RawNative.errno(cap));
            }
            return fd;
        } catch (RawSocketException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new RawSocketException("socket: native call failed", t);
        }
    }

    private static void setCommon(int fd) throws RawSocketException {
        SocketOptions.bufferSize(fd, RawNative.SO_RCVBUFFORCE, RawNative.SO_RCVBUF, KERNEL_BUFFER_BYTES, "SO_RCVBUF");
        SocketOptions.bufferSize(fd, RawNative.SO_SNDBUFFORCE, RawNative.SO_SNDBUF, KERNEL_BUFFER_BYTES, "SO_SNDBUF");
    }

    /** True for an AF_INET6 socket. */
    public boolean isIpv6() {
        return ipv6;
    }

    /** The IP protocol number it was opened for. */
    public int protocol() {
        return protocol;
    }

    /**
     * Restricts the socket to one device (SO_BINDTODEVICE), e.g. the VRF device of a VRF instance;
     * an empty name removes the restriction.
     */
    public void bindToDevice(String ifname) throws IOException {
        byte[] name = ifname.getBytes(StandardCharsets.UTF_8);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment value = a.allocate(Math.max(name.length, 1));
            MemorySegment.copy(name, 0, value, JAVA_BYTE, 0, name.length);
            MemorySegment option = value.asSlice(0, name.length);
            int errno = withFd(f -> SocketOptions.trySet(f, RawNative.SOL_SOCKET, RawNative.SO_BINDTODEVICE, option));
            if (errno != 0) {
                throw new RawSocketException("setsockopt(SO_BINDTODEVICE, \"" + ifname + "\")", errno);
            }
        }
    }

    /**
     * Joins multicast {@code group} (4 or 16 bytes, as the socket) on interface {@code ifindex}
     * (IP_ADD_MEMBERSHIP with ip_mreqn / IPV6_JOIN_GROUP with ipv6_mreq). Joining twice is not an error.
     */
    public void join(int ifindex, byte[] group) throws IOException {
        membership(ifindex, group, true);
    }

    /**
     * Leaves {@code group} on {@code ifindex}. Not being a member (EADDRNOTAVAIL), or the interface
     * being gone (ENODEV: the kernel dropped its memberships with it), is not an error.
     */
    public void leave(int ifindex, byte[] group) throws IOException {
        membership(ifindex, group, false);
    }

    private void membership(int ifindex, byte[] group, boolean join) throws IOException {
        checkAddress(group, "group");
        String option = ipv6 ? (join ? "IPV6_JOIN_GROUP" : "IPV6_LEAVE_GROUP")
                : (join ? "IP_ADD_MEMBERSHIP" : "IP_DROP_MEMBERSHIP");
        try (Arena a = Arena.ofConfined()) {
            MemorySegment request;
            int level;
            int name;
            if (ipv6) {
                request = a.allocate(RawNative.IPV6_MREQ_SIZE, 4);
                MemorySegment.copy(group, 0, request, JAVA_BYTE, 0, 16);
                request.set(JAVA_INT, 16, ifindex);
                level = RawNative.SOL_IPV6;
                name = join ? RawNative.IPV6_JOIN_GROUP : RawNative.IPV6_LEAVE_GROUP;
            } else {
                request = a.allocate(RawNative.IP_MREQN_SIZE, 4);
                MemorySegment.copy(group, 0, request, JAVA_BYTE, 0, 4);
                request.set(JAVA_INT, 8, ifindex);
                level = RawNative.SOL_IP;
                name = join ? RawNative.IP_ADD_MEMBERSHIP : RawNative.IP_DROP_MEMBERSHIP;
            }
            int errno = withFd(f -> SocketOptions.trySet(f, level, name, request));
            boolean harmless = join ? errno == RawNative.EADDRINUSE
                    : errno == RawNative.EADDRNOTAVAIL || errno == RawNative.ENODEV;
            if (errno != 0 && !harmless) {
                throw new RawSocketException("setsockopt(" + option + ", " + IpAddresses.format(group) + ", ifindex "
                        + ifindex + ")", errno);
            }
        }
    }

    /**
     * The TTL / hop limit of unicast packets: 1 by default (OSPF never leaves the link), more for an
     * OSPF virtual link, whose packets are routed across the transit area.
     */
    public void setUnicastHops(int hops) throws IOException {
        withFd(f -> {
            if (ipv6) {
                SocketOptions.setInt(f, RawNative.SOL_IPV6, RawNative.IPV6_UNICAST_HOPS, hops, "IPV6_UNICAST_HOPS");
            } else {
                SocketOptions.setInt(f, RawNative.SOL_IP, RawNative.IP_TTL, hops, "IP_TTL");
            }
            return 0;
        });
    }

    /**
     * Sends {@code payload} (the protocol packet; the kernel adds the IP header) to {@code destination}
     * out of interface {@code ifindex}, from {@code source} (null: the kernel picks the interface's
     * address). Does not block: a full socket buffer is an IOException (EAGAIN), like any send error.
     */
    public void send(int ifindex, byte[] source, byte[] destination, byte[] payload) throws IOException {
        synchronized (sender) {
            withFd(f -> {
                sender.send(f, ifindex, source, destination, payload);
                return 0;
            });
        }
    }

    /**
     * The next datagram, or null if none came within {@code timeoutMillis} (0: do not wait; negative:
     * wait until one comes or the socket is closed), or if the socket was closed meanwhile. Unusable
     * datagrams are skipped and counted ({@link #dropped()}). Must not run on a virtual thread (a blocked
     * native call pins its carrier).
     *
     * @throws ClosedChannelException if the socket was closed before the call
     * @throws RawSocketException for a socket error (never for EINTR or EAGAIN)
     */
    public Datagram receive(int timeoutMillis) throws IOException {
        if (timeoutMillis != 0 && Thread.currentThread().isVirtual()) {
            throw new IllegalStateException("blocking raw socket receive on a virtual thread: use a platform thread");
        }
        synchronized (receiver) {
            if (!fd.acquire()) {
                throw new ClosedChannelException();
            }
            try {
                return receiver.receive(fd.fd(), timeoutMillis, fd::isClosed);
            } finally {
                fd.release();
            }
        }
    }

    /** The file descriptor, for a reader's {@link dev.ferry.lib.io.Wakeup} to poll (-1 once closed). */
    int fdNumber() {
        return fd.isClosed() ? -1 : fd.fd();
    }

    /** Datagrams received but unusable: truncated, without packet info, or with a bad IPv4 header. */
    public long dropped() {
        return receiver.dropped();
    }

    public boolean isClosed() {
        return fd.isClosed();
    }

    /** Closes the socket (idempotent, any thread); a receive blocked on it returns null at once. */
    @Override
    public void close() {
        fd.close();
    }

    /** An int socket option as the kernel reports it (tests check what open set). */
    int intOption(int level, int option) throws IOException {
        return withFd(f -> SocketOptions.getInt(f, level, option, "level " + level + " option " + option));
    }

    private void checkAddress(byte[] address, String what) {
        if (address.length != (ipv6 ? 16 : 4)) {
            throw new IllegalArgumentException("IPv" + (ipv6 ? 6 : 4) + " socket given a " + address.length
                    + "-byte " + what);
        }
    }

    @FunctionalInterface
    private interface FdCall {
        int call(int fd) throws IOException;
    }

    private int withFd(FdCall call) throws IOException {
        if (!fd.acquire()) {
            throw new ClosedChannelException();
        }
        try {
            return call.call(fd.fd());
        } finally {
            fd.release();
        }
    }
}
