package dev.ferry.staticd.zebra;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.ZebraApi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.DumpComplete;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.NexthopUpdateBatch;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.Subscription;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.proto.zebra.v1.ZebraGrpc;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of zebra's API for staticd: it acknowledges the Hello, dumps the interfaces the test gave, answers
 * nexthop registrations from a set of reachable gateways the test controls, and records every route operation
 * staticd sends (what staticd asked for is the subject, not what a RIB makes of it).
 */
final class FakeZebra implements AutoCloseable {
    private static final ThreadFactory THREADS =
            r -> Thread.ofPlatform().name("fake-zebra").daemon(true).unstarted(r);
    private final EventLoopGroup io = new MultiThreadIoEventLoopGroup(1, THREADS, EpollIoHandler.newFactory());
    private final Server server;
    private final Object lock = new Object();
    private final List<Route> operations = new ArrayList<>();
    private final Set<ByteString> reachable = new HashSet<>();
    private final Set<ByteString> registered = new HashSet<>();
    private final List<InterfaceUpdate> interfaces = new ArrayList<>();
    private StreamObserver<ZebraMessage> session;

    FakeZebra(Path socket) throws IOException {
        server = NettyServerBuilder.forAddress(new DomainSocketAddress(socket.toString()))
                .channelType(EpollServerDomainSocketChannel.class).bossEventLoopGroup(io).workerEventLoopGroup(io)
                .directExecutor().addService(new Service()).build().start();
    }

    /** Every route operation received so far, in order. */
    List<Route> operations() {
        synchronized (lock) {
            return List.copyOf(operations);
        }
    }

    /** Makes {@code gateway} reachable or not, and tells staticd if it tracks it. */
    void reachable(ByteString gateway, boolean on) {
        synchronized (lock) {
            if (on) {
                reachable.add(gateway);
            } else {
                reachable.remove(gateway);
            }
            if (registered.contains(gateway) && session != null) {
                session.onNext(update(gateway, on));
            }
        }
    }

    /** An interface that is up in {@code vrf} ("" for the default VRF), told to staticd now or in its dump. */
    void iface(String vrf, String name, int ifindex) {
        InterfaceUpdate u = InterfaceUpdate.newBuilder().setKind(UpdateKind.UPDATE_KIND_PRESENT).setVrf(vrf)
                .setName(name).setIfindex(ifindex).setAdminUp(true).setOperUp(true).build();
        synchronized (lock) {
            interfaces.add(u);
            if (session != null) {
                session.onNext(ZebraMessage.newBuilder().setInterface(u).build());
            }
        }
    }

    private static ZebraMessage update(ByteString gateway, boolean resolved) {
        return ZebraMessage.newBuilder().setNexthopUpdates(NexthopUpdateBatch.newBuilder().addUpdates(
                NexthopUpdate.newBuilder().setAddress(gateway).setResolved(resolved))).build();
    }

    private final class Service extends ZebraGrpc.ZebraImplBase {
        @Override
        public StreamObserver<ClientMessage> session(StreamObserver<ZebraMessage> out) {
            return new StreamObserver<>() {
                @Override
                public void onNext(ClientMessage m) {
                    synchronized (lock) {
                        handle(m, out);
                    }
                }

                @Override
                public void onError(Throwable t) {
                    ended(out);
                }

                @Override
                public void onCompleted() {
                    ended(out);
                    out.onCompleted();
                }
            };
        }
    }

    private void ended(StreamObserver<ZebraMessage> out) {
        synchronized (lock) {
            if (session == out) {
                session = null;
            }
        }
    }

    private void handle(ClientMessage m, StreamObserver<ZebraMessage> out) {
        switch (m.getBodyCase()) {
            case HELLO -> {
                session = out;
                out.onNext(ZebraMessage.newBuilder().setHelloAck(HelloAck.newBuilder()
                        .setVersion(ZebraApi.VERSION).setSessionId(1)).build());
            }
            case INTERFACE_SUBSCRIBE -> {
                interfaces.forEach(u -> out.onNext(ZebraMessage.newBuilder().setInterface(u).build()));
                out.onNext(ZebraMessage.newBuilder().setDumpComplete(
                        DumpComplete.newBuilder().setSubscription(Subscription.SUBSCRIPTION_INTERFACES)).build());
            }
            case NEXTHOP_REGISTER -> {
                for (TrackedNexthop n : m.getNexthopRegister().getNexthopsList()) {
                    registered.add(n.getAddress());
                    out.onNext(update(n.getAddress(), reachable.contains(n.getAddress())));
                }
            }
            case ROUTES -> operations.addAll(m.getRoutes().getRoutesList());
            default -> {
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(10, TimeUnit.SECONDS);
        io.shutdownGracefully(0, 0, TimeUnit.SECONDS);
    }
}
