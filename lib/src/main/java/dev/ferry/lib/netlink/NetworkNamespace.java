package dev.ferry.lib.netlink;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs code inside a named network namespace (`ip netns add NAME`, /var/run/netns/NAME) without moving
 * the JVM: a fresh platform thread calls setns(CLONE_NEWNET) on the namespace file, runs the task and
 * ends. Sockets keep the namespace they were created in, so a socket opened by the task works from
 * any thread afterwards (recipes/java-stack.md). Needs CAP_SYS_ADMIN.
 */
public final class NetworkNamespace {
    private static final String NETNS_DIR = "/var/run/netns/";

    private NetworkNamespace() {
    }

    /** The namespace file of {@code name}: /var/run/netns/NAME, or {@code name} itself if it is a path. */
    public static String path(String name) {
        return name.indexOf('/') >= 0 ? name : NETNS_DIR + name;
    }

    /** Calls {@code task} on a new platform thread that has entered namespace {@code name}. */
    public static <T> T call(String name, Callable<T> task) throws NetlinkException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = Thread.ofPlatform().name("netns-" + name).unstarted(() -> {
            try {
                enter(path(name));
                result.set(task.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetlinkException("interrupted while entering netns " + name, Errno.EINTR, e);
        }
        Throwable e = failure.get();
        if (e instanceof NetlinkException ne) {
            throw ne;
        }
        if (e != null) {
            throw new NetlinkException("in netns " + name + ": " + e, 0, e);
        }
        return result.get();
    }

    private static void enter(String path) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment capture = arena.allocate(Native.CAPTURE_LAYOUT);
            int fd = (int) Native.OPEN.invokeExact(capture, arena.allocateFrom(path),
                    Native.O_RDONLY | Native.O_CLOEXEC);
            if (fd < 0) {
                throw new NetlinkException("open " + path, Native.errno(capture));
            }
            int rc = (int) Native.SETNS.invokeExact(capture, fd, Native.CLONE_NEWNET);
            int errno = Native.errno(capture);
            int ignored = (int) Native.CLOSE.invokeExact(capture, fd);
            if (rc != 0) {
                throw new NetlinkException("setns " + path, errno);
            }
        }
    }
}
