package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The receive side of a raw socket: poll(2) then recvmsg(2) into buffers allocated once (64 KiB, the
 * largest IP datagram, so nothing is ever truncated), decoded by {@link ReceivedPacket}. One thread at a
 * time (the caller synchronizes).
 */
final class DatagramReceiver {
    private static final int DATA_BYTES = 65536;
    private static final int CONTROL_BYTES = 256;

    private final boolean ipv6;
    private final MemorySegment capture;
    private final MemorySegment data;
    private final MemorySegment name;
    private final MemorySegment control;
    private final MemorySegment msg;
    private final MemorySegment pollFd;
    /** Written by the one reading thread, read by any. */
    private volatile long dropped;

    DatagramReceiver(boolean ipv6) {
        this.ipv6 = ipv6;
        Arena arena = Arena.ofAuto();
        capture = arena.allocate(RawNative.CAPTURE_LAYOUT);
        data = arena.allocate(DATA_BYTES, 8);
        name = arena.allocate(RawNative.SOCKADDR_IN6_SIZE, 8);
        control = arena.allocate(CONTROL_BYTES, 8);
        MemorySegment iov = arena.allocate(RawNative.IOVEC_SIZE, 8);
        iov.set(ADDRESS, 0, data);
        iov.set(JAVA_LONG, 8, DATA_BYTES);
        msg = arena.allocate(RawNative.MSGHDR_SIZE, 8);
        msg.set(ADDRESS, RawNative.MSGHDR_NAME, name);
        msg.set(ADDRESS, RawNative.MSGHDR_IOV, iov);
        msg.set(JAVA_LONG, RawNative.MSGHDR_IOVLEN, 1);
        msg.set(ADDRESS, RawNative.MSGHDR_CONTROL, control);
        pollFd = arena.allocate(8, 4);
    }

    /** Datagrams read but unusable (truncated, no packet info, bad IPv4 header). */
    long dropped() {
        return dropped;
    }

    /**
     * The next datagram, or null when none came within {@code timeoutMillis} (0: do not wait, negative:
     * wait for ever), when interrupted, or when {@code closed} turned true meanwhile.
     */
    Datagram receive(int fd, int timeoutMillis, BooleanSupplier closed) throws RawSocketException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(timeoutMillis, 0));
        while (true) {
            if (timeoutMillis != 0) {
                int wait = timeoutMillis < 0 ? -1 : remainingMillis(deadline);
                if (wait == 0 || !poll(fd, wait)) {
                    return null;
                }
            }
            if (closed.getAsBoolean()) {
                return null;
            }
            msg.set(JAVA_INT, RawNative.MSGHDR_NAMELEN, RawNative.SOCKADDR_IN6_SIZE);
            msg.set(JAVA_LONG, RawNative.MSGHDR_CONTROLLEN, CONTROL_BYTES);
            msg.set(JAVA_INT, RawNative.MSGHDR_FLAGS, 0);
            long n;
            try {
                n = (long) RawNative.RECVMSG.invokeExact(capture, fd, msg, RawNative.MSG_DONTWAIT);
            } catch (Throwable t) {
                throw nativeFailure("recvmsg", t);
            }
            if (n < 0) {
                int errno = RawNative.errno(capture);
                // EAGAIN after poll: the kernel dropped the datagram in recvmsg (IPv6 checksum failed)
                if (errno != RawNative.EINTR && errno != RawNative.EAGAIN) {
                    throw new RawSocketException("recvmsg", errno);
                }
            } else if (n == 0 && closed.getAsBoolean()) {
                return null;
            } else {
                Datagram d = decode((int) n);
                if (d != null) {
                    return d;
                }
                dropped++;
            }
            if (timeoutMillis == 0) {
                return null;
            }
        }
    }

    private Datagram decode(int n) {
        if ((msg.get(JAVA_INT, RawNative.MSGHDR_FLAGS) & RawNative.MSG_TRUNC) != 0) {
            return null;
        }
        long controlLength = msg.get(JAVA_LONG, RawNative.MSGHDR_CONTROLLEN);
        return ipv6
                ? ReceivedPacket.ipv6(data, n, name, msg.get(JAVA_INT, RawNative.MSGHDR_NAMELEN), control,
                        controlLength)
                : ReceivedPacket.ipv4(data, n, control, controlLength);
    }

    /** True when the fd is readable (or shut down); false on timeout or EINTR. */
    private boolean poll(int fd, int timeoutMillis) throws RawSocketException {
        pollFd.set(JAVA_INT, 0, fd);
        pollFd.set(JAVA_SHORT, 4, (short) RawNative.POLLIN);
        pollFd.set(JAVA_SHORT, 6, (short) 0);
        int rc;
        try {
            rc = (int) RawNative.POLL.invokeExact(capture, pollFd, 1L, timeoutMillis);
        } catch (Throwable t) {
            throw nativeFailure("poll", t);
        }
        if (rc < 0) {
            int errno = RawNative.errno(capture);
            if (errno == RawNative.EINTR) {
                return false;
            }
            throw new RawSocketException("poll", errno);
        }
        return rc > 0;
    }

    private static int remainingMillis(long deadline) {
        long left = deadline - System.nanoTime();
        return left <= 0 ? 0 : (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left));
    }

    static RawSocketException nativeFailure(String call, Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new RawSocketException(call + ": native call failed", t);
    }
}
