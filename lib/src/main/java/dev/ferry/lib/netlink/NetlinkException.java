package dev.ferry.lib.netlink;

import java.io.IOException;

/**
 * A netlink socket call that failed (socket, bind, sendmsg, recvmsg, setns), or a dump the kernel
 * refused. {@link #errno()} is the system error; {@link #kernelError()} the kernel's NLMSG_ERROR answer
 * when there was one.
 */
public final class NetlinkException extends IOException {
    private final int errno;
    private final transient NetlinkError kernelError;

    public NetlinkException(String operation, int errno) {
        super(operation + ": " + Errno.description(errno) + " (" + Errno.name(errno) + ")");
        this.errno = errno;
        this.kernelError = null;
    }

    public NetlinkException(String operation, NetlinkError error) {
        super(operation + ": " + error);
        this.errno = error.errno();
        this.kernelError = error;
    }

    public NetlinkException(String message, int errno, Throwable cause) {
        super(message, cause);
        this.errno = errno;
        this.kernelError = null;
    }

    public int errno() {
        return errno;
    }

    /** The kernel's answer, or null for a failed system call. */
    public NetlinkError kernelError() {
        return kernelError;
    }

    /**
     * ENOBUFS on receive: the socket's receive queue overflowed and messages were dropped (events, or
     * answers to requests). The reader must resynchronise with a dump.
     */
    public boolean isOverrun() {
        return errno == Errno.ENOBUFS;
    }
}
