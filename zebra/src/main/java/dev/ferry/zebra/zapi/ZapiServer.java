package dev.ferry.zebra.zapi;

import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.Version;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * zebra's end of the zebra API: a gRPC server on {@code <rundir>/zserv.api} (a Unix domain socket, netty
 * epoll, one I/O thread). The I/O thread only decodes and posts; every session event reaches the
 * {@link ZebraApiHandler} on zebra's event loop.
 *
 * <p>It stops on {@link #close()}; by itself once zebra's loop has shut down (Daemon.close), checked every
 * {@value #WATCH_MILLIS} ms; and when the JVM exits (SIGTERM), so that the socket file goes with zebra and a
 * zebra started with one line needs no other hook.
 */
public final class ZapiServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ZapiServer.class.getName());
    static final long WATCH_MILLIS = 1000;

    private final Path socket;
    private final Server server;
    private final EventLoopGroup io;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread exitHook = new Thread(this::close, "zebra-zapi-exit");

    private ZapiServer(Path socket, Server server, EventLoopGroup io) {
        this.socket = socket;
        this.server = server;
        this.io = io;
    }

    /** Serves zebra's API on {@code DaemonOptions.zservSocket()}, with zebra's loop. */
    public static ZapiServer start(DaemonContext ctx, ZebraApiHandler handler) {
        return start(ctx.options().zservSocket(), ctx.loop(), handler, "Ferry zebra " + Version.get());
    }

    /**
     * Serves zebra's API on {@code socket}; handler calls run on {@code loop}. A stale socket file (left by a
     * zebra that died) is replaced, as FRR does.
     *
     * @throws UncheckedIOException if the socket cannot be bound
     */
    public static ZapiServer start(Path socket, ExecutorService loop, ZebraApiHandler handler, String zebraVersion) {
        if (!Epoll.isAvailable()) {
            throw new IllegalStateException("netty epoll is not available: " + Epoll.unavailabilityCause());
        }
        ThreadFactory threads = r -> Thread.ofPlatform().name("zebra-zapi").daemon(true).unstarted(r);
        EventLoopGroup io = new MultiThreadIoEventLoopGroup(1, threads, EpollIoHandler.newFactory());
        try {
            Files.deleteIfExists(socket);
            Server server = NettyServerBuilder.forAddress(new DomainSocketAddress(socket.toString()))
                    .channelType(EpollServerDomainSocketChannel.class)
                    .bossEventLoopGroup(io)
                    .workerEventLoopGroup(io)
                    // gRPC asks for SO_KEEPALIVE on accepted channels; a Unix socket has none (netty warns)
                    .withChildOption(ChannelOption.SO_KEEPALIVE, null)
                    .directExecutor()
                    .addService(new ZapiService(loop, handler, zebraVersion))
                    .build()
                    .start();
            ZapiServer s = new ZapiServer(socket, server, io);
            Runtime.getRuntime().addShutdownHook(s.exitHook);
            io.scheduleAtFixedRate(() -> {
                if (loop.isShutdown()) {
                    s.close();
                }
            }, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
            LOG.log(System.Logger.Level.INFO, "zebra API listening on " + socket);
            return s;
        } catch (IOException | RuntimeException e) {
            io.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            IOException io2 = e instanceof IOException x ? x : new IOException(e.getMessage(), e);
            throw new UncheckedIOException("cannot serve the zebra API on " + socket + ": " + e.getMessage(), io2);
        }
    }

    private boolean onIoThread() {
        for (EventExecutor e : io) {
            if (e.inEventLoop()) {
                return true;
            }
        }
        return false;
    }

    public Path socket() {
        return socket;
    }

    /**
     * Stops serving: every session is cancelled (clients see zebra go and reconnect to the next zebra), the
     * socket file is removed. Idempotent; any thread.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: this may be the hook itself
        }
        server.shutdownNow();
        if (!onIoThread()) {
            try {
                server.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove " + socket + ": " + e);
        }
        LOG.log(System.Logger.Level.INFO, "zebra API on " + socket + " closed");
    }
}
