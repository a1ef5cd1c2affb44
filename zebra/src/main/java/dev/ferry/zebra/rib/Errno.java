package dev.ferry.zebra.rib;

import java.util.Map;

/** Linux errno values the kernel returns to route requests, named as strerror() names them. */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EIO = 5;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int EROFS = 30;
    public static final int ERANGE = 34;
    public static final int EOPNOTSUPP = 95;
    public static final int EAFNOSUPPORT = 97;
    public static final int ENETDOWN = 100;
    public static final int ENETUNREACH = 101;
    public static final int ENOBUFS = 105;
    public static final int EHOSTUNREACH = 113;

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(EPERM, "Operation not permitted"),
            Map.entry(ENOENT, "No such file or directory"),
            Map.entry(ESRCH, "No such process"),
            Map.entry(EIO, "Input/output error"),
            Map.entry(ENOMEM, "Cannot allocate memory"),
            Map.entry(EACCES, "Permission denied"),
            Map.entry(EBUSY, "Device or resource busy"),
            Map.entry(EEXIST, "File exists"),
            Map.entry(ENODEV, "No such device"),
            Map.entry(EINVAL, "Invalid argument"),
            Map.entry(EROFS, "Read-only file system"),
            Map.entry(ERANGE, "Numerical result out of range"),
            Map.entry(EOPNOTSUPP, "Operation not supported"),
            Map.entry(EAFNOSUPPORT, "Address family not supported by protocol"),
            Map.entry(ENETDOWN, "Network is down"),
            Map.entry(ENETUNREACH, "Network is unreachable"),
            Map.entry(ENOBUFS, "No buffer space available"),
            Map.entry(EHOSTUNREACH, "No route to host"));

    private Errno() {
    }

    /** "Operation not supported (errno 95)". */
    public static String describe(int errno) {
        return TEXT.getOrDefault(errno, "Error") + " (errno " + errno + ")";
    }
}
