package dev.ferry.lib.netlink;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentHashMap;

/** errno numbers the netlink layer meets, and glibc's names and texts for any number. */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EAGAIN = 11;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int EMSGSIZE = 90;
    public static final int EBADMSG = 74;
    public static final int EOPNOTSUPP = 95;
    public static final int ENETUNREACH = 101;
    public static final int ENOBUFS = 105;

    private static final ConcurrentHashMap<Integer, String[]> CACHE = new ConcurrentHashMap<>();

    private Errno() {
    }

    /** "EOPNOTSUPP" for 95; "errno N" for a number glibc does not know. */
    public static String name(int errno) {
        return lookup(errno)[0];
    }

    /** "Operation not supported" for 95. */
    public static String description(int errno) {
        return lookup(errno)[1];
    }

    private static String[] lookup(int errno) {
        return CACHE.computeIfAbsent(errno, e -> new String[] {
            text(Native.STRERRORNAME_NP, e, "errno " + e), text(Native.STRERRORDESC_NP, e, "Unknown error " + e)});
    }

    private static String text(java.lang.invoke.MethodHandle h, int errno, String fallback) {
        try {
            MemorySegment p = (MemorySegment) h.invokeExact(errno);
            return p.equals(MemorySegment.NULL) ? fallback : p.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return fallback;
        }
    }
}
