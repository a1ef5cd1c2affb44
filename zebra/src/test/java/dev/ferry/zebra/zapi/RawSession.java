package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.ZebraGrpc;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A bare gRPC session to zebra, without the client library: sends what a test says, records what comes. */
final class RawSession implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    private final ManagedChannel channel;
    private final StreamObserver<ClientMessage> requests;
    final List<ZebraMessage> received = new CopyOnWriteArrayList<>();
    final CompletableFuture<Status> status = new CompletableFuture<>();

    RawSession(Path socket) {
        channel = NettyChannelBuilder.forAddress(new DomainSocketAddress(socket.toString()))
                .eventLoopGroup(group).channelType(EpollDomainSocketChannel.class)
                .withOption(ChannelOption.SO_KEEPALIVE, null).overrideAuthority("localhost").usePlaintext()
                .build();
        requests = ZebraGrpc.newStub(channel).session(new StreamObserver<>() {
            @Override
            public void onNext(ZebraMessage m) {
                received.add(m);
            }

            @Override
            public void onError(Throwable t) {
                status.complete(Status.fromThrowable(t));
            }

            @Override
            public void onCompleted() {
                status.complete(Status.OK);
            }
        });
    }

    RawSession send(ClientMessage m) {
        requests.onNext(m);
        return this;
    }

    /** How the stream ended. */
    Status awaitStatus() throws Exception {
        return status.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        channel.shutdownNow();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
