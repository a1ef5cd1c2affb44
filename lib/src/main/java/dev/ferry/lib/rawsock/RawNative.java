package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The libc calls and constants of the raw IP sockets, through FFM (the pattern of
 * {@code dev.ferry.lib.netlink.Native}, kept separate so that neither package reaches into the other).
 * Each handle captures errno: it takes a capture segment first, read with {@link #errno}. Values are
 * Linux x86_64 / aarch64 (uapi in.h, in6.h, socket.h).
 *
 * <p>Struct layouts used:
 * <pre>
 * struct sockaddr_in  { u16 family @0; u16 port @2; u8 addr[4] @4; u8 zero[8] @8; }          16 bytes
 * struct sockaddr_in6 { u16 family @0; u16 port @2; u32 flowinfo @4; u8 addr[16] @8;
 *                       u32 scope_id @24; }                                                  28 bytes
 * struct ip_mreqn     { u8 multiaddr[4] @0; u8 address[4] @4; int ifindex @8; }              12 bytes
 * struct ipv6_mreq    { u8 multiaddr[16] @0; int ifindex @16; }                              20 bytes
 * struct in_pktinfo   { int ifindex @0; u8 spec_dst[4] @4; u8 addr[4] @8; }                  12 bytes
 * struct in6_pktinfo  { u8 addr[16] @0; int ifindex @16; }                                   20 bytes
 * struct iovec        { void *base @0; size_t len @8; }                                      16 bytes
 * struct msghdr       { name @0; u32 namelen @8; iov @16; iovlen @24; control @32;
 *                       controllen @40; int flags @48; }                                     56 bytes
 * struct cmsghdr      { size_t len @0; int level @8; int type @12; data @16 }  8-byte aligned
 * struct pollfd       { int fd @0; short events @4; short revents @6; }                       8 bytes
 * </pre>
 */
final class RawNative {
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_RAW = 3;
    static final int SOCK_CLOEXEC = 0x80000;

    static final int SOL_SOCKET = 1;
    static final int SO_SNDBUF = 7;
    static final int SO_RCVBUF = 8;
    static final int SO_BINDTODEVICE = 25;
    static final int SO_SNDBUFFORCE = 32;
    static final int SO_RCVBUFFORCE = 33;

    static final int SOL_IP = 0;
    static final int IP_TOS = 1;
    static final int IP_TTL = 2;
    static final int IP_PKTINFO = 8;
    static final int IP_MULTICAST_IF = 32;
    static final int IP_MULTICAST_TTL = 33;
    static final int IP_MULTICAST_LOOP = 34;
    static final int IP_ADD_MEMBERSHIP = 35;
    static final int IP_DROP_MEMBERSHIP = 36;
    static final int IP_MULTICAST_ALL = 49;

    static final int SOL_IPV6 = 41;
    static final int IPV6_CHECKSUM = 7;
    static final int IPV6_UNICAST_HOPS = 16;
    static final int IPV6_MULTICAST_IF = 17;
    static final int IPV6_MULTICAST_HOPS = 18;
    static final int IPV6_MULTICAST_LOOP = 19;
    static final int IPV6_JOIN_GROUP = 20;
    static final int IPV6_LEAVE_GROUP = 21;
    static final int IPV6_MULTICAST_ALL = 29;
    static final int IPV6_RECVPKTINFO = 49;
    static final int IPV6_PKTINFO = 50;
    static final int IPV6_TCLASS = 67;

    static final int MSG_TRUNC = 0x20;
    static final int MSG_DONTWAIT = 0x40;
    static final int POLLIN = 0x1;
    static final int SHUT_RDWR = 2;

    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int ENODEV = 19;
    static final int EMSGSIZE = 90;
    static final int ENOPROTOOPT = 92;
    static final int EADDRINUSE = 98;
    static final int EADDRNOTAVAIL = 99;

    static final int SOCKADDR_IN_SIZE = 16;
    static final int SOCKADDR_IN6_SIZE = 28;
    static final int SIN6_ADDR = 8;
    static final int SIN6_SCOPE_ID = 24;
    static final int IP_MREQN_SIZE = 12;
    static final int IPV6_MREQ_SIZE = 20;
    static final int IN_PKTINFO_SIZE = 12;
    static final int IN6_PKTINFO_SIZE = 20;
    static final int IOVEC_SIZE = 16;
    static final int MSGHDR_SIZE = 56;
    static final int MSGHDR_NAME = 0;
    static final int MSGHDR_NAMELEN = 8;
    static final int MSGHDR_IOV = 16;
    static final int MSGHDR_IOVLEN = 24;
    static final int MSGHDR_CONTROL = 32;
    static final int MSGHDR_CONTROLLEN = 40;
    static final int MSGHDR_FLAGS = 48;
    static final int CMSG_HEADER = 16;

    private static final Linker LINKER = Linker.nativeLinker();
    static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    static final MethodHandle SOCKET = errnoCall("socket",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    static final MethodHandle SETSOCKOPT = errnoCall("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle GETSOCKOPT = errnoCall("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle SENDMSG = errnoCall("sendmsg",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle RECVMSG = errnoCall("recvmsg",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle POLL = errnoCall("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    static final MethodHandle SHUTDOWN = errnoCall("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    static final MethodHandle CLOSE = errnoCall("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private RawNative() {
    }

    /** errno as captured by the last call that used {@code capture}. */
    static int errno(MemorySegment capture) {
        return (int) ERRNO.get(capture, 0L);
    }

    /** 8-byte alignment of control messages (CMSG_ALIGN on 64-bit Linux). */
    static int cmsgAlign(int length) {
        return (length + 7) & ~7;
    }

    private static MethodHandle errnoCall(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(find(name), fd, Linker.Option.captureCallState("errno"));
    }

    private static MemorySegment find(String name) {
        return LINKER.defaultLookup().find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
    }
}
