package dev.ferry.ldpd.network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The session listener: TCP 646 on every address, for peers whose transport address is the higher (they are the
 * active side). A platform thread accepts and hands each connection to the daemon's loop, which decides whether
 * a Hello adjacency vouches for it.
 */
public final class SessionSocket implements AutoCloseable {
    public static final int PORT = 646;
    private static final System.Logger LOG = System.getLogger(SessionSocket.class.getName());

    private final ServerSocketChannel server;

    private SessionSocket(ServerSocketChannel server) {
        this.server = server;
    }

    public static SessionSocket open(Executor loop, Consumer<SocketChannel> accepted) throws IOException {
        ServerSocketChannel s = ServerSocketChannel.open();
        try {
            s.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            s.bind(new InetSocketAddress(PORT));
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        SessionSocket socket = new SessionSocket(s);
        Thread.ofPlatform().daemon().name("ldpd-accept").start(() -> socket.acceptLoop(loop, accepted));
        return socket;
    }

    private void acceptLoop(Executor loop, Consumer<SocketChannel> accepted) {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                loop.execute(() -> accepted.accept(ch));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!server.isOpen()) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "accepting an LDP session: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the session socket: " + e.getMessage());
        }
    }
}
