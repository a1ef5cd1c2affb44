package dev.ferry.lib.rawsock;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file descriptor shared by threads (the reader in recvmsg, the event loop in sendmsg and setsockopt)
 * that can be closed while one of them is blocked on it. Closing an fd under a blocked poll() is
 * unsafe: the number can be reused by the next open() and the reader would then read someone else's
 * socket. So every call brackets its use with {@link #acquire()} / {@link #release()}; {@link #close()}
 * marks the fd closed, wakes blocked readers with shutdown(2) (on an unconnected datagram socket it
 * answers ENOTCONN but still wakes poll() with POLLIN|POLLRDHUP), and the last user out calls close(2).
 */
final class SocketFd {
    private static final int CLOSED = 1 << 30;

    private final int fd;
    /** Number of calls in progress, plus {@link #CLOSED} once closed. */
    private final AtomicInteger state = new AtomicInteger();

    SocketFd(int fd) {
        this.fd = fd;
    }

    int fd() {
        return fd;
    }

    /** Enters a call on the fd; false if it is closed (then do not call {@link #release()}). */
    boolean acquire() {
        while (true) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, s + 1)) {
                return true;
            }
        }
    }

    /** Leaves a call; the last one out of a closed fd closes it. */
    void release() {
        if (state.decrementAndGet() == CLOSED) {
            closeNow(fd);
        }
    }

    boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }

    /** Marks the fd closed (idempotent) and wakes the calls blocked on it; close(2) follows when they leave. */
    void close() {
        int s;
        do {
            s = state.get();
            if ((s & CLOSED) != 0) {
                return;
            }
        } while (!state.compareAndSet(s, (s + 1) | CLOSED));
        // close() counts as a user until shutdown() is done, so the fd cannot be closed and reused under it
        if (s != 0) {
            shutdown(fd);
        }
        release();
    }

    /** close(2) of an fd no other thread uses (also for a socket that failed to configure). */
    static void closeNow(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(RawNative.CAPTURE_LAYOUT);
            int ignored = (int) RawNative.CLOSE.invokeExact(cap, fd);
        } catch (Throwable t) {
            // close(2) failing leaves nothing to do
        }
    }

    private static void shutdown(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(RawNative.CAPTURE_LAYOUT);
            int ignored = (int) RawNative.SHUTDOWN.invokeExact(cap, fd, RawNative.SHUT_RDWR);
        } catch (Throwable t) {
            // the blocked reader still returns at the end of its poll timeout
        }
    }
}
