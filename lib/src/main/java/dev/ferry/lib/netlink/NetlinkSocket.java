package dev.ferry.lib.netlink;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.ferry.lib.netlink.codec.DoneMessage;
import dev.ferry.lib.netlink.codec.ErrorMessage;
import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgHeader;
import dev.ferry.lib.netlink.codec.NlMsgType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An rtnetlink socket: socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE) through FFM, optionally
 * created inside a network namespace, bound to the multicast groups it listens to.
 *
 * <ul>
 *   <li>NETLINK_EXT_ACK: errors carry the kernel's reason in words; NETLINK_CAP_ACK: errors do not echo
 *       the whole request, only its header (and its seq, which is what identifies it).</li>
 *   <li>A large kernel receive buffer (SO_RCVBUFFORCE when permitted, 32 MiB by default) so bursts of
 *       events or errors are not dropped; a drop still shows as ENOBUFS ({@link NetlinkException#isOverrun}).</li>
 *   <li>{@link #send} writes any number of messages in one sendmsg() (see {@link RequestBatcher}).</li>
 *   <li>{@link #receive} reads one datagram into a preallocated buffer and hands each message to a
 *       {@link MessageVisitor}: nothing is allocated per message.</li>
 *   <li>{@link #execute} (one request, wait for its ACK) and {@link #dump} (multi-part answer up to
 *       NLMSG_DONE) for the slow paths: links, addresses, start-up reads.</li>
 * </ul>
 * Blocking calls must run on platform threads: a virtual thread blocked in recvmsg() pins its carrier
 * (recipes/java-stack.md), so they refuse to run on one. Not thread-safe: one thread at a time. Use one
 * socket for requests (no groups) and another for events, so answers and events do not mix.
 */
public final class NetlinkSocket implements AutoCloseable {
    private static final int REQUEST_BUFFER_BYTES = 64 << 10;

    /**
     * How to open a socket.
     *
     * @param namespace a netns name or path, or null for the JVM's namespace
     * @param groups multicast groups to join
     * @param kernelReceiveBuffer SO_RCVBUF(FORCE) in bytes
     * @param kernelSendBuffer SO_SNDBUF(FORCE) in bytes
     * @param receiveBuffer the userspace buffer one datagram is read into
     */
    public record Options(String namespace, Set<MulticastGroup> groups, int kernelReceiveBuffer,
                          int kernelSendBuffer, int receiveBuffer) {
        public Options {
            groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
        }

        /**
         * Requests only, in the JVM's namespace: 32 MiB kernel receive buffer, 256 KiB read buffer. The kernel
         * sends a dump in datagrams of at most 32 KiB, larger only for one message that does not fit (a link
         * with many SR-IOV VFs); the read buffer is zeroed, so each socket's costs its size in resident memory
         * (zebra has five).
         */
        public static Options defaults() {
            return new Options(null, Set.of(), 32 << 20, 8 << 20, 256 << 10);
        }

        public Options inNamespace(String ns) {
            return new Options(ns, groups, kernelReceiveBuffer, kernelSendBuffer, receiveBuffer);
        }

        public Options subscribe(MulticastGroup... g) {
            return new Options(namespace, g.length == 0 ? Set.of() : EnumSet.copyOf(List.of(g)), kernelReceiveBuffer,
                    kernelSendBuffer, receiveBuffer);
        }
    }

    private final int fd;
    private final int portId;
    private final MemorySegment capture;
    private final MemorySegment recvBuffer;
    private final ByteBuffer recvView;
    private final MemorySegment recvMsg;
    private final MemorySegment recvFrom;
    private final MemorySegment sendMsg;
    private final MemorySegment sendIov;
    private final MemorySegment pollFd;
    private final MemorySegment requestBuffer;
    private final MessageWriter requestWriter;
    private int seq;
    private boolean closed;

    private NetlinkSocket(int fd, Options o) throws NetlinkException {
        this.fd = fd;
        Arena arena = Arena.ofAuto();
        capture = arena.allocate(Native.CAPTURE_LAYOUT);
        recvBuffer = arena.allocate(o.receiveBuffer(), 8);
        recvView = recvBuffer.asByteBuffer().order(ByteOrder.nativeOrder());
        recvFrom = arena.allocate(Native.SOCKADDR_NL_SIZE, 4);
        MemorySegment recvIov = arena.allocate(Native.IOVEC_SIZE, 8);
        recvIov.set(ADDRESS, 0, recvBuffer);
        recvIov.set(JAVA_LONG, 8, recvBuffer.byteSize());
        recvMsg = arena.allocate(Native.MSGHDR_SIZE, 8);
        recvMsg.set(ADDRESS, Native.MSGHDR_NAME, recvFrom);
        recvMsg.set(ADDRESS, Native.MSGHDR_IOV, recvIov);
        recvMsg.set(JAVA_LONG, Native.MSGHDR_IOVLEN, 1);
        MemorySegment kernel = arena.allocate(Native.SOCKADDR_NL_SIZE, 4);
        kernel.set(JAVA_SHORT, 0, (short) Native.AF_NETLINK);
        sendIov = arena.allocate(Native.IOVEC_SIZE, 8);
        sendMsg = arena.allocate(Native.MSGHDR_SIZE, 8);
        sendMsg.set(ADDRESS, Native.MSGHDR_NAME, kernel);
        sendMsg.set(JAVA_INT, Native.MSGHDR_NAMELEN, Native.SOCKADDR_NL_SIZE);
        sendMsg.set(ADDRESS, Native.MSGHDR_IOV, sendIov);
        sendMsg.set(JAVA_LONG, Native.MSGHDR_IOVLEN, 1);
        pollFd = arena.allocate(8, 4);
        requestBuffer = arena.allocate(REQUEST_BUFFER_BYTES, 8);
        requestWriter = new MessageWriter(requestBuffer.asByteBuffer());

        bufferSize(Native.SO_SNDBUFFORCE, Native.SO_SNDBUF, o.kernelSendBuffer());
        bufferSize(Native.SO_RCVBUFFORCE, Native.SO_RCVBUF, o.kernelReceiveBuffer());
        setInt(Native.SOL_NETLINK, Native.NETLINK_EXT_ACK, 1, "NETLINK_EXT_ACK");
        setInt(Native.SOL_NETLINK, Native.NETLINK_CAP_ACK, 1, "NETLINK_CAP_ACK");
        int mask = 0;
        for (MulticastGroup g : o.groups()) {
            if (g.group() <= 32) {
                mask |= g.mask();
            }
        }
        MemorySegment local = arena.allocate(Native.SOCKADDR_NL_SIZE, 4);
        local.set(JAVA_SHORT, 0, (short) Native.AF_NETLINK);
        local.set(JAVA_INT, 8, mask);
        if (call(() -> (int) Native.BIND.invokeExact(capture, fd, local, Native.SOCKADDR_NL_SIZE)) != 0) {
            throw new NetlinkException("bind netlink", Native.errno(capture));
        }
        for (MulticastGroup g : o.groups()) {
            if (g.group() > 32) {
                setInt(Native.SOL_NETLINK, Native.NETLINK_ADD_MEMBERSHIP, g.group(), "NETLINK_ADD_MEMBERSHIP");
            }
        }
        MemorySegment len = arena.allocate(JAVA_INT);
        len.set(JAVA_INT, 0, Native.SOCKADDR_NL_SIZE);
        if (call(() -> (int) Native.GETSOCKNAME.invokeExact(capture, fd, local, len)) != 0) {
            throw new NetlinkException("getsockname netlink", Native.errno(capture));
        }
        portId = local.get(JAVA_INT, 4);
    }

    /** Opens a socket as {@code o} says (inside its namespace if it names one). */
    public static NetlinkSocket open(Options o) throws NetlinkException {
        int fd = o.namespace() == null ? createFd() : NetworkNamespace.call(o.namespace(), NetlinkSocket::createFd);
        try {
            return new NetlinkSocket(fd, o);
        } catch (NetlinkException | RuntimeException e) {
            closeFd(fd);
            throw e;
        }
    }

    private static int createFd() throws NetlinkException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(Native.CAPTURE_LAYOUT);
            int fd = call(() -> (int) Native.SOCKET.invokeExact(cap, Native.AF_NETLINK,
                    Native.SOCK_RAW | Native.SOCK_CLOEXEC, Native.NETLINK_ROUTE));
            if (fd < 0) {
                throw new NetlinkException("socket(AF_NETLINK)", Native.errno(cap));
            }
            return fd;
        }
    }

    /** The port id the kernel gave this socket (nlmsg_pid of its answers). */
    public int portId() {
        return portId;
    }

    /** A fresh sequence number (never 0). */
    public int nextSequence() {
        seq++;
        if (seq == 0) {
            seq = 1;
        }
        return seq;
    }

    /** Sends {@code length} bytes of messages from native memory in one sendmsg(). */
    public void send(MemorySegment messages, long length) throws NetlinkException {
        checkOpen();
        sendIov.set(ADDRESS, 0, messages);
        sendIov.set(JAVA_LONG, 8, length);
        while (true) {
            long n;
            try {
                n = (long) Native.SENDMSG.invokeExact(capture, fd, sendMsg, 0);
            } catch (Throwable t) {
                throw nativeFailure(t);
            }
            if (n >= 0) {
                return;
            }
            int e = Native.errno(capture);
            if (e != Errno.EINTR) {
                throw new NetlinkException("sendmsg netlink", e);
            }
        }
    }

    /**
     * Reads one datagram and visits its messages; returns how many (0 when nothing came in time).
     *
     * @param timeoutMillis -1 to block, 0 to return at once, &gt; 0 to wait at most that long
     * @throws NetlinkException ENOBUFS ({@link NetlinkException#isOverrun}) when messages were dropped
     */
    public int receive(int timeoutMillis, MessageVisitor visitor) throws NetlinkException {
        checkOpen();
        if (timeoutMillis != 0 && Thread.currentThread().isVirtual()) {
            throw new IllegalStateException("blocking netlink receive on a virtual thread: use a platform thread");
        }
        while (true) {
            if (timeoutMillis > 0 && !poll(timeoutMillis)) {
                return 0;
            }
            int flags = timeoutMillis >= 0 ? Native.MSG_DONTWAIT : 0;
            recvMsg.set(JAVA_INT, Native.MSGHDR_NAMELEN, Native.SOCKADDR_NL_SIZE);
            long n;
            try {
                n = (long) Native.RECVMSG.invokeExact(capture, fd, recvMsg, flags);
            } catch (Throwable t) {
                throw nativeFailure(t);
            }
            if (n < 0) {
                int e = Native.errno(capture);
                if (e == Errno.EINTR) {
                    continue;
                }
                if (e == Errno.EAGAIN) {
                    return 0;
                }
                throw new NetlinkException("recvmsg netlink", e);
            }
            if ((recvMsg.get(JAVA_INT, Native.MSGHDR_FLAGS) & Native.MSG_TRUNC) != 0) {
                throw new NetlinkException("recvmsg: datagram larger than the " + recvBuffer.byteSize()
                        + "-byte receive buffer", Errno.EMSGSIZE);
            }
            if (recvFrom.get(JAVA_INT, 4) != 0) {
                continue;
            }
            return visit((int) n, visitor);
        }
    }

    private int visit(int n, MessageVisitor visitor) throws NetlinkException {
        int count = 0;
        int at = 0;
        while (at < n) {
            int len = n - at >= NlMsgHeader.SIZE ? recvView.getInt(at) : -1;
            if (len < NlMsgHeader.SIZE || len > n - at) {
                throw new NetlinkException("malformed netlink datagram: message at " + at + " of " + n
                        + " bytes has length " + len, Errno.EBADMSG);
            }
            recvView.limit(at + len).position(at);
            visitor.message(Short.toUnsignedInt(recvView.getShort(at + 4)),
                    Short.toUnsignedInt(recvView.getShort(at + 6)), recvView.getInt(at + 8), recvView);
            recvView.clear();
            count++;
            at += NlMsgHeader.align(len);
        }
        return count;
    }

    /**
     * Sends one request with NLM_F_ACK and waits for the kernel's answer: empty when done, else the
     * kernel's error (errno and reason). Messages with other sequence numbers are skipped.
     */
    public Optional<NetlinkError> execute(NetlinkRequest request) throws NetlinkException {
        int s = sendRequest(request, NlFlags.ACK);
        Answer answer = new Answer(s, null);
        while (!answer.done) {
            receive(-1, answer);
        }
        answer.rethrow();
        return Optional.ofNullable(answer.error);
    }

    /**
     * Sends a dump request and visits each message of the answer up to NLMSG_DONE.
     *
     * @throws NetlinkException with {@link NetlinkException#kernelError()} if the kernel refused the dump,
     *     errno EINTR if the dump was interrupted by a change (NLM_F_DUMP_INTR): dump again
     */
    public void dump(NetlinkRequest request, MessageVisitor visitor) throws NetlinkException {
        int s = sendRequest(request, 0);
        Answer answer = new Answer(s, visitor);
        while (!answer.done) {
            receive(-1, answer);
        }
        answer.rethrow();
        if (answer.error != null) {
            throw new NetlinkException("dump", answer.error);
        }
        if (answer.interrupted) {
            throw new NetlinkException("dump interrupted by a concurrent change (NLM_F_DUMP_INTR)", Errno.EINTR);
        }
    }

    /** {@link #dump(NetlinkRequest, MessageVisitor)}, decoded. */
    public List<NetlinkMessage> dump(NetlinkRequest request) throws NetlinkException {
        List<NetlinkMessage> out = new ArrayList<>();
        NetlinkDecodeException[] bad = new NetlinkDecodeException[1];
        dump(request, (type, flags, s, m) -> {
            try {
                out.add(MessageDecoder.decode(m, m.position(), m.limit()));
            } catch (NetlinkDecodeException e) {
                bad[0] = e;
            }
        });
        if (bad[0] != null) {
            throw new NetlinkException("malformed message in dump: " + bad[0].getMessage(), Errno.EBADMSG, bad[0]);
        }
        return out;
    }

    private int sendRequest(NetlinkRequest request, int addFlags) throws NetlinkException {
        int s = nextSequence();
        ByteBuffer b = requestWriter.buffer();
        b.clear();
        int start = request.encode(requestWriter, s);
        b.putShort(start + 6, (short) (b.getShort(start + 6) | addFlags));
        send(requestBuffer, b.position());
        return s;
    }

    /** Collects the answer to one request: an NLMSG_ERROR, or a dump's messages up to NLMSG_DONE. */
    private static final class Answer implements MessageVisitor {
        private final int seq;
        private final MessageVisitor dumpVisitor;
        boolean done;
        boolean interrupted;
        NetlinkError error;
        NetlinkDecodeException malformed;

        Answer(int seq, MessageVisitor dumpVisitor) {
            this.seq = seq;
            this.dumpVisitor = dumpVisitor;
        }

        @Override
        public void message(int type, int flags, int s, ByteBuffer m) {
            if (s != seq || done) {
                return;
            }
            int at = m.position() + NlMsgHeader.SIZE;
            try {
                switch (type) {
                    case NlMsgType.ERROR -> {
                        ErrorMessage e = ErrorMessage.decode(m, at, m.limit(), flags);
                        error = e.isAck() ? null : NetlinkError.of(e);
                        done = true;
                    }
                    case NlMsgType.DONE -> {
                        int err = DoneMessage.decode(m, at, m.limit()).error();
                        error = err == 0 ? null : new NetlinkError(-err, null, -1);
                        done = true;
                    }
                    default -> {
                        interrupted |= (flags & NlFlags.DUMP_INTR) != 0;
                        if (dumpVisitor != null) {
                            dumpVisitor.message(type, flags, s, m);
                        }
                    }
                }
            } catch (NetlinkDecodeException e) {
                malformed = e;
                done = true;
            }
        }

        void rethrow() throws NetlinkException {
            if (malformed != null) {
                throw new NetlinkException("malformed answer: " + malformed.getMessage(), Errno.EBADMSG, malformed);
            }
        }
    }

    /** The socket's file descriptor, for a {@link dev.ferry.lib.io.Wakeup} to poll. */
    int fd() {
        return fd;
    }

    private boolean poll(int timeoutMillis) throws NetlinkException {
        pollFd.set(JAVA_INT, 0, fd);
        pollFd.set(JAVA_SHORT, 4, (short) Native.POLLIN);
        pollFd.set(JAVA_SHORT, 6, (short) 0);
        int rc;
        try {
            rc = (int) Native.POLL.invokeExact(capture, pollFd, 1L, timeoutMillis);
        } catch (Throwable t) {
            throw nativeFailure(t);
        }
        if (rc < 0) {
            int e = Native.errno(capture);
            if (e == Errno.EINTR) {
                return false;
            }
            throw new NetlinkException("poll netlink", e);
        }
        return rc > 0;
    }

    private void bufferSize(int forced, int plain, int bytes) throws NetlinkException {
        if (setIntRaw(Native.SOL_SOCKET, forced, bytes) != 0 && setIntRaw(Native.SOL_SOCKET, plain, bytes) != 0) {
            throw new NetlinkException("setsockopt SO_RCVBUF/SO_SNDBUF", Native.errno(capture));
        }
    }

    private void setInt(int level, int option, int value, String name) throws NetlinkException {
        if (setIntRaw(level, option, value) != 0) {
            throw new NetlinkException("setsockopt " + name, Native.errno(capture));
        }
    }

    private int setIntRaw(int level, int option, int value) throws NetlinkException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocateFrom(JAVA_INT, value);
            return call(() -> (int) Native.SETSOCKOPT.invokeExact(capture, fd, level, option, v, 4));
        }
    }

    /** Attaches a kernel-side filter (SO_ATTACH_FILTER): messages it drops never reach this socket. */
    public void attachFilter(SocketFilter filter) throws NetlinkException {
        checkOpen();
        long[] program = filter.instructions();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment insns = a.allocate(8L * program.length, 8);
            for (int i = 0; i < program.length; i++) {
                insns.set(JAVA_LONG, 8L * i, program[i]);
            }
            MemorySegment fprog = a.allocate(16, 8); // struct sock_fprog: u16 len, pointer at offset 8
            fprog.set(JAVA_SHORT, 0, (short) program.length);
            fprog.set(ADDRESS, 8, insns);
            int rc = call(() -> (int) Native.SETSOCKOPT.invokeExact(capture, fd, Native.SOL_SOCKET,
                    Native.SO_ATTACH_FILTER, fprog, 16));
            if (rc != 0) {
                throw new NetlinkException("setsockopt SO_ATTACH_FILTER", Native.errno(capture));
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("netlink socket closed");
        }
    }

    /** Closes the socket. Stop the thread that reads it first: a blocked recvmsg() is not woken. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeFd(fd);
        }
    }

    private static void closeFd(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(Native.CAPTURE_LAYOUT);
            int ignored = call(() -> (int) Native.CLOSE.invokeExact(cap, fd));
        } catch (NetlinkException e) {
            // close(2) failing leaves nothing to do
        }
    }

    @FunctionalInterface
    private interface IntCall {
        int call() throws Throwable;
    }

    private static int call(IntCall c) throws NetlinkException {
        try {
            return c.call();
        } catch (Throwable t) {
            throw nativeFailure(t);
        }
    }

    /** A downcall threw: an Error or RuntimeException goes on as it is, anything else is wrapped. */
    private static NetlinkException nativeFailure(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new NetlinkException("native call failed: " + t, 0, t);
    }
}
