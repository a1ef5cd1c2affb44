package dev.ferry.lib.zclient;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;

/** The transport to zebra: a gRPC channel over netty epoll on a Unix domain socket. */
final class ZebraChannel {
    private ZebraChannel() {
    }

    /** One I/O thread (daemon) named {@code name}; closed with the client. */
    static EventLoopGroup newGroup(String name) {
        if (!Epoll.isAvailable()) {
            throw new IllegalStateException("netty epoll is not available: " + Epoll.unavailabilityCause());
        }
        ThreadFactory threads = r -> Thread.ofPlatform().name(name).daemon(true).unstarted(r);
        return new MultiThreadIoEventLoopGroup(1, threads, EpollIoHandler.newFactory());
    }

    /**
     * A channel to the socket at {@code path}. Callbacks run on the I/O thread (directExecutor): they only post
     * to the daemon's executor. SO_KEEPALIVE is removed: a Unix socket has none, and netty would warn.
     */
    static ManagedChannel open(Path path, EventLoopGroup group) {
        return NettyChannelBuilder.forAddress(new DomainSocketAddress(path.toString()))
                .eventLoopGroup(group)
                .channelType(EpollDomainSocketChannel.class)
                .withOption(ChannelOption.SO_KEEPALIVE, null)
                .overrideAuthority("localhost")
                .usePlaintext()
                .directExecutor()
                .build();
    }
}
