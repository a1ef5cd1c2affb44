package dev.ferry.lib.rawsock;

import dev.ferry.lib.netlink.Errno;
import java.io.IOException;

/**
 * A raw socket system call that failed. The message names the call and errno, e.g.
 * "setsockopt(IP_ADD_MEMBERSHIP, ifindex 7): ENODEV (19)", and {@link #errno()} lets the caller react to
 * the cause (ENODEV: the interface went away; ENETUNREACH: no route for a unicast send).
 */
public final class RawSocketException extends IOException {
    private final int errno;

    RawSocketException(String call, int errno) {
        super(call + ": " + Errno.name(errno) + " (" + errno + ")");
        this.errno = errno;
    }

    RawSocketException(String message, Throwable cause) {
        super(message, cause);
        this.errno = 0;
    }

    /** The system error number; 0 when the failure was not a system call's. */
    public int errno() {
        return errno;
    }
}
