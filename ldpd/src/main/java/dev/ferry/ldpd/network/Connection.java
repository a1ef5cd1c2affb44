package dev.ferry.ldpd.network;

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
 * end of the stream, to the daemon's loop; the loop writes PDUs (small, and the socket buffer takes them whole)
 * and closes it. Events of a connection already closed by the loop are dropped, so a late read never reaches a
 * newer session.
 */
public final class Connection {
    private static final int TOS_INTERNETWORK_CONTROL = 0xc0;
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());

    /** What the reader hands to the loop. */
    public interface Listener {
        void bytes(Connection c, byte[] data);

        void closed(Connection c, String reason);
    }

    private final SocketChannel channel;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private volatile boolean closed;

    private Connection(SocketChannel channel) throws IOException {
        this.channel = channel;
        this.local = (InetSocketAddress) channel.getLocalAddress();
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
    }

    /** Wraps a connected channel and starts reading; the listener runs on {@code loop}. */
    public static Connection start(SocketChannel channel, Executor loop, Listener listener) throws IOException {
        channel.configureBlocking(true);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        try {
            channel.setOption(StandardSocketOptions.IP_TOS, TOS_INTERNETWORK_CONTROL);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.DEBUG, "IP_TOS: " + e.getMessage());
        }
        Connection c = new Connection(channel);
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

    public InetSocketAddress local() {
        return local;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Writes a whole PDU; an error closes the connection (the reader then reports it). */
    public void send(byte[] pdu) {
        if (closed) {
            return;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(pdu);
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "write to " + remote + ": " + e.getMessage());
            closeChannel();
        }
    }

    /** Closes it; the listener hears nothing more of this connection. */
    public void close() {
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

    private void read(Executor loop, Listener listener) {
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
