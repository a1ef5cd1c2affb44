package dev.ferry.bgpd.runtime;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.ServerChannel;
import java.util.Map;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * BGP's TCP: one Netty I/O thread does all socket I/O (listening on port 179, connecting out, framing); every
 * event is handed to the daemon's event loop, where the sessions live. Nothing here touches protocol state.
 * <p>
 * The thread runs Netty's epoll transport where it is available (Linux with the native library, which the zebra
 * client already loads), because only it exposes setsockopt(TCP_MD5SIG) for `neighbor X password` (RFC 2385);
 * elsewhere NIO, without passwords.
 */
public final class BgpTransport implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BgpTransport.class.getName());

    /** What the transport reports, always on the daemon's loop. */
    public interface Handler {
        /** A peer connected to us. */
        void accepted(TcpLink link);
    }

    /** Events of one connection, on the daemon's loop. */
    public interface LinkListener {
        void connected(TcpLink link);

        void connectFailed(TcpLink link, String reason);

        void received(TcpLink link, byte[] message);

        void closed(TcpLink link);
    }

    private final boolean epoll = Epoll.isAvailable();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1,
            epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    private final Executor loop;
    private final int port;
    private final List<Channel> servers = new ArrayList<>();
    private Map<InetAddress, byte[]> passwords = Map.of();

    public BgpTransport(Executor loop, int port) {
        this.loop = loop;
        this.port = port;
    }

    public int port() {
        return port;
    }

    /** Listens on {@code addresses} (each "::" or "0.0.0.0" or a local address); logs what cannot be bound. */
    public void listen(List<InetAddress> addresses, Handler handler) {
        for (InetAddress a : addresses) {
            Class<? extends ServerChannel> type = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
            ServerBootstrap b = new ServerBootstrap().group(group).channel(type)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            TcpLink link = new TcpLink(ch, false);
                            ch.pipeline().addLast(new FrameDecoder(), new Inbound(() -> link));
                            loop.execute(() -> handler.accepted(link));
                        }
                    });
            ChannelFuture f = b.bind(new InetSocketAddress(a, port)).awaitUninterruptibly();
            if (f.isSuccess()) {
                servers.add(f.channel());
                applyPasswords(f.channel());
            } else {
                LOG.log(System.Logger.Level.WARNING, "cannot listen on " + a.getHostAddress() + " port " + port + ": "
                        + f.cause().getMessage());
            }
        }
    }

    public boolean listening() {
        return !servers.isEmpty();
    }

    /** Whether `neighbor X password` can be honoured (TCP-MD5 needs the epoll transport). */
    public boolean supportsPasswords() {
        return epoll;
    }

    /** The TCP-MD5 keys of the peers that have one, for the listening sockets (replaces the previous set). */
    public void passwords(Map<InetAddress, byte[]> keys) {
        if (!epoll || sameKeys(keys, passwords)) {
            return;
        }
        passwords = Map.copyOf(keys);
        for (Channel c : servers) {
            applyPasswords(c);
        }
    }

    private static boolean sameKeys(Map<InetAddress, byte[]> a, Map<InetAddress, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<InetAddress, byte[]> e : a.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private void applyPasswords(Channel server) {
        if (!epoll) {
            return;
        }
        Map<InetAddress, byte[]> keys = passwords;
        server.eventLoop().execute(() -> {
            try {
                server.config().setOption(EpollChannelOption.TCP_MD5SIG, keys);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot set TCP-MD5 keys on " + server + ": " + e);
            }
        });
    }

    /**
     * Connects to {@code remote} from {@code local} (null: the kernel's choice), signing segments with
     * {@code password} (null: none); the listener hears the outcome.
     */
    public TcpLink connect(InetSocketAddress remote, InetAddress local, byte[] password, int timeoutMillis,
            LinkListener listener) {
        TcpLink[] holder = new TcpLink[1];
        Bootstrap b = new Bootstrap().group(group).channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        // the link is made once register() returns; events reach it on the daemon's loop, later
                        ch.pipeline().addLast(new FrameDecoder(), new Inbound(() -> holder[0]));
                    }
                });
        if (password != null && epoll) {
            b.option(EpollChannelOption.TCP_MD5SIG, Map.of(remote.getAddress(), password));
        }
        ChannelFuture f = b.register();
        TcpLink link = new TcpLink(f.channel(), true);
        holder[0] = link;
        link.listener(listener);
        f.addListener(reg -> {
            if (!reg.isSuccess()) {
                loop.execute(() -> link.fire(l -> l.connectFailed(link, String.valueOf(reg.cause()))));
                return;
            }
            ChannelFuture c = local == null ? f.channel().connect(remote)
                    : f.channel().connect(remote, new InetSocketAddress(local, 0));
            c.addListener(done -> loop.execute(() -> {
                if (done.isSuccess()) {
                    link.fire(l -> l.connected(link));
                } else {
                    link.fire(l -> l.connectFailed(link, done.cause() == null ? "cancelled"
                            : done.cause().getMessage()));
                }
            }));
        });
        return link;
    }

    @Override
    public void close() {
        for (Channel c : servers) {
            c.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    /**
     * Hands each framed message and the end of the connection to the link's listener on the daemon's loop, no
     * faster than the loop handles them ({@link ReadThrottle}).
     */
    private final class Inbound extends SimpleChannelInboundHandler<byte[]> {
        private final java.util.function.Supplier<TcpLink> link;
        private final ReadThrottle throttle = new ReadThrottle();

        Inbound(java.util.function.Supplier<TcpLink> link) {
            this.link = link;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, byte[] msg) {
            Channel channel = ctx.channel();
            throttle.handedOver(channel);
            loop.execute(() -> {
                try {
                    TcpLink l = link.get();
                    l.fire(x -> x.received(l, msg));
                } finally {
                    throttle.handled(channel);
                }
            });
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            loop.execute(() -> {
                TcpLink l = link.get();
                l.fire(x -> x.closed(l));
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.log(System.Logger.Level.WARNING, "BGP connection " + ctx.channel() + ": " + cause);
            ctx.close();
        }
    }

    /** One TCP connection, driven from the daemon's loop. */
    public static final class TcpLink {
        private final Channel channel;
        private final boolean outgoing;
        private LinkListener listener;
        private boolean closed;

        TcpLink(Channel channel, boolean outgoing) {
            this.channel = channel;
            this.outgoing = outgoing;
        }

        /** Who gets this connection's events from now on (set on the loop; events before that are dropped). */
        public void listener(LinkListener l) {
            this.listener = l;
        }

        void fire(java.util.function.Consumer<LinkListener> event) {
            if (listener != null) {
                event.accept(listener);
            }
        }

        public boolean outgoing() {
            return outgoing;
        }

        public InetSocketAddress remote() {
            return (InetSocketAddress) channel.remoteAddress();
        }

        public InetSocketAddress local() {
            return (InetSocketAddress) channel.localAddress();
        }

        /** Queues a message (copied); {@link #flush()} sends what is queued. */
        public void write(byte[] buf, int off, int len) {
            if (!closed) {
                channel.write(Unpooled.copiedBuffer(buf, off, len));
            }
        }

        public void send(byte[] message) {
            if (!closed) {
                channel.writeAndFlush(Unpooled.wrappedBuffer(message));
            }
        }

        public void flush() {
            if (!closed) {
                channel.flush();
            }
        }

        /** Sends what is queued, then closes. No event follows for this link's listener after this call. */
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            listener = null;
            channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> channel.close());
        }

        public boolean isOpen() {
            return !closed && channel.isActive();
        }

        @Override
        public String toString() {
            return (outgoing ? "out " : "in ") + channel.remoteAddress();
        }
    }
}
