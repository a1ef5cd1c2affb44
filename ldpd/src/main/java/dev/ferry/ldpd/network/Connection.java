package dev.ferry.ldpd.network;

import dev.ferry.ldpd.packet.pdu.Pdu;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * One session's TCP connection. A platform thread reads (blocking) and hands each chunk of bytes, and finally the
 * end of the stream, to the daemon's loop; the loop queues PDUs, writes them at the end of its task, and closes
 * it. Events of a connection already closed by the loop are dropped, so a late read never reaches a
 * newer session.
 */
public final class Connection implements SessionTransport {
    private static final int TOS_INTERNETWORK_CONTROL = 0xc0;
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());

    /** Written at once past this many buffered bytes, without waiting for the end of the loop's task. */
    static final int FLUSH_BYTES = 64 * 1024;

    private final SocketChannel channel;
    private final Executor loop;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private volatile boolean closed;
    /** PDUs sent during the current loop task, written together when it ends (see {@link #send}). */
    private byte[] pending = new byte[4096];
    private int pendingSize;
    /** Where the last queued PDU starts in {@link #pending}, -1 when none can take more messages. */
    private int openPdu = -1;
    private boolean flushQueued;

    private Connection(SocketChannel channel, Executor loop) throws IOException {
        this.channel = channel;
        this.loop = loop;
        this.local = (InetSocketAddress) channel.getLocalAddress();
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
    }

    /** Wraps a connected channel and starts reading; the listener runs on {@code loop}. */
    public static Connection start(SocketChannel channel, Executor loop, SessionTransport.Listener listener)
            throws IOException {
        channel.configureBlocking(true);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        try {
            channel.setOption(StandardSocketOptions.IP_TOS, TOS_INTERNETWORK_CONTROL);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.DEBUG, "IP_TOS: " + e.getMessage());
        }
        Connection c = new Connection(channel, loop);
        Thread.ofPlatform().daemon().name("ldpd-session-" + c.remote.getAddress().getHostAddress())
                .start(() -> c.read(loop, listener));
        return c;
    }

    /**
     * Opens a connection from {@code local} (port chosen by the kernel) to {@code remote} on a platform thread;
     * {@code done} runs on the loop with the channel, or with the failure.
     */
    public static void connect(InetSocketAddress local, SocketAddress remote, int timeoutMillis, Executor loop,
            ConnectResult done) {
        Thread.ofPlatform().daemon().name("ldpd-connect").start(() -> {
            SocketChannel ch = null;
            try {
                ch = SocketChannel.open();
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                ch.bind(local);
                ch.socket().connect(remote, timeoutMillis);
                SocketChannel connected = ch;
                loop.execute(() -> done.connected(connected, null));
            } catch (IOException | RuntimeException e) {
                if (ch != null) {
                    try {
                        ch.close();
                    } catch (IOException ignored) {
                        // the connect failed: nothing to keep
                    }
                }
                loop.execute(() -> done.connected(null, e));
            }
        });
    }

    /** The outcome of {@link #connect}: a channel, or the failure. */
    public interface ConnectResult {
        void connected(SocketChannel channel, Exception failure);
    }

    @Override
    public InetSocketAddress local() {
        return local;
    }

    @Override
    public InetSocketAddress remote() {
        return remote;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Queues a whole PDU, its messages joining the PDU queued before it when they fit; what one loop task queued
     * leaves in one write when the task ends (or every {@link #FLUSH_BYTES}), as FRR's evbuf does: the 10,000
     * Label Mappings of a session coming up take a few hundred PDUs and a few writes instead of 10,000 of each.
     * An error closes the connection (the reader reports it).
     */
    @Override
    public void send(byte[] pdu) {
        if (closed) {
            return;
        }
        if (pendingSize + pdu.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingSize + pdu.length));
        }
        if (!appendToOpenPdu(pdu)) {
            openPdu = wellFormed(pdu, 0, pdu.length) ? pendingSize : -1;
            System.arraycopy(pdu, 0, pending, pendingSize, pdu.length);
            pendingSize += pdu.length;
        }
        if (pendingSize >= FLUSH_BYTES) {
            flush();
        } else if (!flushQueued) {
            flushQueued = true;
            try {
                loop.execute(() -> {
                    flushQueued = false;
                    flush();
                });
            } catch (RuntimeException e) {
                flushQueued = false;
                flush();
            }
        }
    }

    /**
     * Moves the messages of {@code pdu} into the PDU queued before it when both come from the same LDP identifier
     * and the result stays within the 4096-byte maximum PDU length: a PDU carries any number of messages (RFC 5036
     * section 3.1), and FRR fills its PDUs the same way, so a burst of Label Mappings costs the peer far fewer
     * PDUs to frame and decode.
     */
    private boolean appendToOpenPdu(byte[] pdu) {
        if (openPdu < 0 || !wellFormed(pdu, 0, pdu.length)) {
            return false;
        }
        int length = ((pending[openPdu + 2] & 0xff) << 8) | (pending[openPdu + 3] & 0xff);
        int messages = pdu.length - Pdu.HEADER_SIZE;
        if (length + messages > Pdu.DEFAULT_MAX_LENGTH
                || !Arrays.equals(pending, openPdu + 4, openPdu + Pdu.HEADER_SIZE, pdu, 4, Pdu.HEADER_SIZE)) {
            return false;
        }
        System.arraycopy(pdu, Pdu.HEADER_SIZE, pending, pendingSize, messages);
        pendingSize += messages;
        length += messages;
        pending[openPdu + 2] = (byte) (length >> 8);
        pending[openPdu + 3] = (byte) length;
        return true;
    }

    /** An LDP PDU as {@link Pdu#toBytes} writes it: version 1, and a PDU Length that matches its size. */
    private static boolean wellFormed(byte[] b, int off, int len) {
        return len > Pdu.HEADER_SIZE && b[off] == 0 && b[off + 1] == Pdu.VERSION
                && (((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff)) == len - Pdu.LENGTH_PREFIX;
    }

    /** Writes what {@link #send} queued. */
    void flush() {
        openPdu = -1;
        if (pendingSize == 0 || closed) {
            pendingSize = 0;
            return;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(pending, 0, pendingSize);
            pendingSize = 0;
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "write to " + remote + ": " + e.getMessage());
            closeChannel();
        }
        if (pending.length > FLUSH_BYTES * 2) {
            pending = new byte[4096];
        }
    }

    /** Writes what is queued (a last Notification), then closes; the listener hears nothing more of it. */
    @Override
    public void close() {
        flush();
        closed = true;
        closeChannel();
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "close: " + e.getMessage());
        }
    }

    private void read(Executor loop, SessionTransport.Listener listener) {
        ByteBuffer buf = ByteBuffer.allocate(16384);
        String reason = "connection closed by the peer";
        try {
            while (true) {
                buf.clear();
                int n = channel.read(buf);
                if (n < 0) {
                    break;
                }
                byte[] data = Arrays.copyOf(buf.array(), n);
                loop.execute(() -> {
                    if (!closed) {
                        listener.bytes(this, data);
                    }
                });
            }
        } catch (IOException e) {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String why = reason;
        loop.execute(() -> {
            if (!closed) {
                closed = true;
                closeChannel();
                listener.closed(this, why);
            }
        });
    }
}
