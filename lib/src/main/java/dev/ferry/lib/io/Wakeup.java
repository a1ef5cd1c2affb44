package dev.ferry.lib.io;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Lets a reader thread block in poll(2) on its socket for as long as nothing comes, and still be stopped at once:
 * {@link #await} polls the socket and an eventfd(2), {@link #signal} (any thread) makes the eventfd readable.
 * Readers used to poll with a short timeout to notice a stop flag, which wakes every idle daemon ten times a second:
 * nothing natively, but under a CPU emulator (the VM labs' qemu TCG) with an interpreted JVM each wake-up costs
 * milliseconds, and a lab's dozens of idle daemons took most of the guest's CPU.
 * <pre>
 * struct pollfd { int fd @0; short events @4; short revents @6; }   8 bytes, two of them
 * </pre>
 */
public final class Wakeup implements AutoCloseable {
    private static final int POLLIN = 0x1;
    private static final int EFD_NONBLOCK = 0x800;
    private static final int EFD_CLOEXEC = 0x80000;
    private static final int EINTR = 4;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle EVENTFD = call("eventfd", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle POLL = call("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle READ = call("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = call("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle CLOSE = call("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private final int eventFd;
    private final MemorySegment pollFds;
    private final MemorySegment awaitCapture;
    private final MemorySegment counter;
    private final MemorySegment one;
    private volatile boolean closed;

    private Wakeup(int eventFd, Arena arena) {
        this.eventFd = eventFd;
        this.pollFds = arena.allocate(16, 4);
        this.awaitCapture = arena.allocate(CAPTURE_LAYOUT);
        this.counter = arena.allocate(8, 8);
        this.one = arena.allocate(8, 8);
        one.set(JAVA_LONG, 0, 1L);
    }

    /** A new eventfd. */
    public static Wakeup open() throws IOException {
        Arena arena = Arena.ofAuto();
        MemorySegment capture = arena.allocate(CAPTURE_LAYOUT);
        int fd;
        try {
            fd = (int) EVENTFD.invokeExact(capture, 0, EFD_NONBLOCK | EFD_CLOEXEC);
        } catch (Throwable t) {
            throw new IOException("eventfd: " + t, t);
        }
        if (fd < 0) {
            throw new IOException("eventfd failed, errno " + (int) ERRNO.get(capture, 0L));
        }
        return new Wakeup(fd, arena);
    }

    /**
     * Waits until {@code fd} is readable (true), or {@link #signal} was called, a signal interrupted the wait or
     * {@code timeoutMillis} (-1: no limit) passed (false). One thread at a time.
     */
    public boolean await(int fd, int timeoutMillis) throws IOException {
        pollFds.set(JAVA_INT, 0, fd);
        pollFds.set(JAVA_SHORT, 4, (short) POLLIN);
        pollFds.set(JAVA_SHORT, 6, (short) 0);
        pollFds.set(JAVA_INT, 8, eventFd);
        pollFds.set(JAVA_SHORT, 12, (short) POLLIN);
        pollFds.set(JAVA_SHORT, 14, (short) 0);
        int rc;
        try {
            rc = (int) POLL.invokeExact(awaitCapture, pollFds, 2L, timeoutMillis);
        } catch (Throwable t) {
            throw new IOException("poll: " + t, t);
        }
        if (rc < 0) {
            int errno = (int) ERRNO.get(awaitCapture, 0L);
            if (errno == EINTR) {
                return false;
            }
            throw new IOException("poll failed, errno " + errno);
        }
        if (pollFds.get(JAVA_SHORT, 14) != 0) {
            long ignored = read(); // drained: the next await blocks again until the next signal
            return false;
        }
        return pollFds.get(JAVA_SHORT, 6) != 0;
    }

    /** The eventfd's number (tests poll one Wakeup's fd through another). */
    int fd() {
        return eventFd;
    }

    /** Wakes the thread in {@link #await} (or its next call). Any thread. */
    public void signal() {
        if (closed) {
            return;
        }
        try {
            long ignored = (long) WRITE.invokeExact(capture(), eventFd, one, 8L);
        } catch (Throwable t) {
            throw new IllegalStateException("write to eventfd: " + t, t);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            int ignored = (int) CLOSE.invokeExact(capture(), eventFd);
        } catch (Throwable t) {
            throw new IllegalStateException("close eventfd: " + t, t);
        }
    }

    private long read() throws IOException {
        try {
            return (long) READ.invokeExact(awaitCapture, eventFd, counter, 8L);
        } catch (Throwable t) {
            throw new IOException("read eventfd: " + t, t);
        }
    }

    /** A capture segment of the calling thread's own, for the calls other threads make. */
    private static MemorySegment capture() {
        return Arena.ofAuto().allocate(CAPTURE_LAYOUT);
    }

    private static MethodHandle call(String name, FunctionDescriptor fd) {
        MemorySegment address = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        return LINKER.downcallHandle(address, fd, Linker.Option.captureCallState("errno"));
    }
}
