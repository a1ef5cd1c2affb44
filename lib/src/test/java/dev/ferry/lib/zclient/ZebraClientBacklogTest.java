package dev.ferry.lib.zclient;

import static dev.ferry.lib.zclient.ZebraClientOutboxTest.V4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.ZebraGrpc;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ZebraClient#backlogged()} and {@link ZebraListener#onWritable()}: against a zebra that reads nothing
 * after Hello until told to (gRPC flow control then stops the client's sending), the client says it is
 * backlogged, and calls back once zebra has taken the backlog; a client that never asks is never called.
 */
class ZebraClientBacklogTest {
    private static final int ROUTES = 200_000; // far beyond what HTTP/2's window and gRPC's buffer take

    @TempDir
    Path dir;

    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private final AtomicInteger writables = new AtomicInteger();
    private final AtomicInteger routesReceived = new AtomicInteger();
    private final List<String> received = new CopyOnWriteArrayList<>(); // what zebra got, in order
    private volatile ServerCallStreamObserver<ZebraMessage> session;
    private volatile boolean released;
    private Server server;
    private EventLoopGroup io;
    private ZebraClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            on(() -> {
                client.close();
                return null;
            });
            client.closed().get(10, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
        loop.shutdownNow();
    }

    /** A zebra that answers Hello and then reads only after {@link #release()}, counting the routes. */
    private void startZebra(Path socket) throws Exception {
        io = ZebraChannel.newGroup("fake-zebra");
        server = NettyServerBuilder.forAddress(new DomainSocketAddress(socket.toString()))
                .channelType(EpollServerDomainSocketChannel.class)
                .bossEventLoopGroup(io)
                .workerEventLoopGroup(io)
                .withChildOption(ChannelOption.SO_KEEPALIVE, null)
                .directExecutor()
                .addService(new ZebraGrpc.ZebraImplBase() {
                    @Override
                    public StreamObserver<ClientMessage> session(StreamObserver<ZebraMessage> responses) {
                        ServerCallStreamObserver<ZebraMessage> out = (ServerCallStreamObserver<ZebraMessage>) responses;
                        out.disableAutoRequest();
                        out.request(1);
                        session = out;
                        return new StreamObserver<>() {
                            @Override
                            public void onNext(ClientMessage m) {
                                if (m.hasHello()) {
                                    out.onNext(ZebraMessage.newBuilder().setHelloAck(HelloAck.newBuilder()
                                            .setSessionId(1)).build());
                                }
                                routesReceived.addAndGet(m.getRoutes().getRoutesCount());
                                received.add(m.getBodyCase() + (m.hasRoutes() ? " x" + m.getRoutes().getRoutesCount()
                                        : ""));
                                if (released) {
                                    out.request(1);
                                }
                            }

                            @Override
                            public void onError(Throwable t) {
                            }

                            @Override
                            public void onCompleted() {
                                out.onCompleted();
                            }
                        };
                    }
                })
                .build()
                .start();
    }

    private void release() {
        released = true;
        session.request(1);
    }

    private void connect(Path socket) {
        connect(socket, () -> { });
    }

    private void connect(Path socket, Runnable ownerReplay) {
        client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, new ZebraListener() {
            @Override
            public void onWritable() {
                writables.incrementAndGet();
            }
        }, loop, ZebraClientOptions.defaults("bgpd").withBatchSize(10).withRetry(20, 50).withOwnerReplay(ownerReplay));
    }

    private <T> T on(Supplier<T> task) throws Exception {
        return loop.submit(task::get).get(30, TimeUnit.SECONDS);
    }

    private void until(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!on(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5); // polling, with the deadline above
        }
    }

    private void addRoutes() throws Exception {
        on(() -> {
            for (int i = 0; i < ROUTES; i++) {
                client.addRoute(V4, ZebraClientOutboxTest.route(i).toBuilder());
            }
            return null;
        });
    }

    @Test
    void aBackloggedClientCallsBackOnceZebraHasTakenTheBacklog() throws Exception {
        Path socket = dir.resolve("zserv.api");
        startZebra(socket);
        connect(socket);
        until("the session", () -> client.isConnected());
        assertFalse(on(() -> client.backlogged()), "nothing waits");

        addRoutes();
        assertTrue(on(() -> client.backlogged()), "zebra reads nothing: the client holds what it added");
        assertEquals(0, writables.get(), "no callback while zebra takes nothing");
        assertTrue(routesReceived.get() < ROUTES);

        release();
        until("the callback", () -> writables.get() == 1);
        assertFalse(on(() -> client.backlogged()));
        until("every route at zebra", () -> routesReceived.get() == ROUTES);
        assertEquals(1, writables.get(), "once per wait");
    }

    @Test
    void aClientThatNeverAsksIsNeverCalledBack() throws Exception {
        Path socket = dir.resolve("zserv.api");
        startZebra(socket);
        connect(socket);
        until("the session", () -> client.isConnected());
        addRoutes();
        release();
        until("every route at zebra", () -> routesReceived.get() == ROUTES);
        assertEquals(0, writables.get());
    }

    @Test
    void withoutASessionTheClientIsBackloggedUntilOneComesUp() throws Exception {
        Path socket = dir.resolve("zserv.api");
        connect(socket);
        assertTrue(on(() -> client.backlogged()), "no zebra yet");
        released = true;
        startZebra(socket);
        until("the callback of the new session", () -> writables.get() == 1);
        assertTrue(on(() -> client.isConnected()));
        assertFalse(on(() -> client.backlogged()));
    }

    @Test
    void aHeldRoutesCompleteGoesWhenTheDaemonSaysItsRoutesAreAllAdded() throws Exception {
        Path socket = dir.resolve("zserv.api");
        startZebra(socket);
        released = true;
        AtomicReference<Runnable> done = new AtomicReference<>();
        on(() -> {
            connect(socket, () -> done.set(client.holdRoutesComplete()));
            return null;
        });
        until("the session", () -> client.isConnected() && done.get() != null);
        on(() -> {
            for (int i = 0; i < 25; i++) {
                client.addRoute(V4, ZebraClientOutboxTest.route(i).toBuilder());
            }
            client.flush();
            done.get().run();
            done.get().run(); // once only
            return null;
        });
        until("RoutesComplete", () -> received.contains("ROUTES_COMPLETE"));
        assertEquals(List.of("HELLO", "ROUTES x10", "ROUTES x10", "ROUTES x5", "ROUTES_COMPLETE"), received,
                "the routes, then RoutesComplete once");
        assertThrows(IllegalStateException.class, () -> {
            try {
                on(() -> client.holdRoutesComplete());
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause();
            }
        }, "only from the replay");
    }
}
