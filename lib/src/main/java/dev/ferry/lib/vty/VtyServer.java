package dev.ferry.lib.vty;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.cli.HelpEntry;
import dev.ferry.lib.cli.MatchRank;
import dev.ferry.lib.cli.Node;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Serves a daemon's CLI on a Unix socket ({@link VtyProtocol}). Each connection is a session of its own.
 * Sockets are read on virtual threads, but every command runs on the daemon's event loop, so commands
 * see protocol state without locks.
 */
public final class VtyServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(VtyServer.class.getName());

    private final Path path;
    private final Cli cli;
    private final ExecutorService loop;
    private final ServerSocketChannel server;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<SocketChannel> clients = ConcurrentHashMap.newKeySet();

    private VtyServer(Path path, Cli cli, ExecutorService loop, ServerSocketChannel server) {
        this.path = path;
        this.cli = cli;
        this.loop = loop;
        this.server = server;
    }

    /** Binds {@code path} (replacing a stale socket left by a crash) and starts accepting. */
    public static VtyServer start(Path path, Cli cli, ExecutorService loop) throws IOException {
        Files.createDirectories(path.getParent());
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        VtyServer vty = new VtyServer(path, cli, loop, server);
        Thread.ofPlatform().daemon().name("vty-accept").start(vty::acceptLoop);
        return vty;
    }

    public Path path() {
        return path;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                clients.add(ch);
                readers.submit(() -> serve(ch));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "vty accept on " + path + " failed: " + e);
            }
        }
    }

    private void serve(SocketChannel ch) {
        CliSession session = new CliSession();
        ByteBuffer in = ByteBuffer.allocate(8192);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        try (ch) {
            while (ch.read(in) >= 0) {
                in.flip();
                while (in.hasRemaining()) {
                    byte b = in.get();
                    if (b != 0) {
                        request.write(b);
                        continue;
                    }
                    byte[] line = request.toByteArray();
                    request.reset();
                    reply(ch, onLoop(() -> handle(session, line)));
                }
                in.clear();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "vty client left: " + e);
        } finally {
            clients.remove(ch);
        }
    }

    private Reply onLoop(java.util.concurrent.Callable<Reply> work) {
        try {
            Future<Reply> f = loop.submit(work);
            return f.get();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "vty command failed", e.getCause());
            return new Reply("% Internal error: " + e.getCause() + "\n", CmdStatus.WARNING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply("% Interrupted\n", CmdStatus.WARNING);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return new Reply("% Daemon is shutting down\n", CmdStatus.WARNING);
        }
    }

    record Reply(String output, CmdStatus status) {
    }

    private Reply handle(CliSession session, byte[] raw) {
        if (raw.length > 0 && raw[0] == VtyProtocol.EXTENSION) {
            return extension(session, new String(raw, 1, raw.length - 1, StandardCharsets.UTF_8));
        }
        String line = new String(raw, StandardCharsets.UTF_8);
        CliResult r = cli.execute(session, line);
        int offset = r.errorOffset() < 0 ? -1 : r.errorOffset() - leadingSpaces(line);
        return new Reply(r.output() + CliResult.describeFailure(r.status(), line.strip(), offset), r.status());
    }

    private Reply extension(CliSession session, String request) {
        int space = request.indexOf(' ');
        String verb = space < 0 ? request : request.substring(0, space);
        String arg = space < 0 ? "" : request.substring(space + 1);
        switch (verb) {
            case VtyProtocol.EXECUTE -> {
                CliResult r = cli.execute(session, arg);
                int offset = r.errorOffset() < 0 ? -1 : r.errorOffset() - leadingSpaces(arg);
                return new Reply(session.node().wireName() + " " + offset + "\n" + r.output(), r.status());
            }
            case VtyProtocol.HELP -> {
                StringBuilder sb = new StringBuilder();
                for (HelpEntry e : cli.help(session, arg)) {
                    sb.append(e.token()).append('\t').append(e.help()).append('\n');
                }
                return new Reply(sb.toString(), sb.isEmpty() ? CmdStatus.ERR_NO_MATCH : CmdStatus.SUCCESS);
            }
            case VtyProtocol.COMPLETE -> {
                StringBuilder sb = new StringBuilder();
                cli.complete(session, arg).forEach(w -> sb.append(w).append('\n'));
                return new Reply(sb.toString(), CmdStatus.SUCCESS);
            }
            case VtyProtocol.RANK -> {
                MatchRank rank = cli.rank(session, arg);
                return rank == null ? new Reply("", CmdStatus.ERR_NO_MATCH) : new Reply(rank.encode(), CmdStatus.SUCCESS);
            }
            case VtyProtocol.NODE -> {
                return new Reply(session.node().wireName() + "\n", CmdStatus.SUCCESS);
            }
            case VtyProtocol.ENTER -> {
                try {
                    session.alignTo(Node.fromWireName(arg.strip()));
                    return new Reply("", CmdStatus.SUCCESS);
                } catch (IllegalArgumentException e) {
                    return new Reply("% Unknown node: " + arg + "\n", CmdStatus.WARNING);
                }
            }
            default -> {
                return new Reply("% Unknown vty request: " + verb + "\n", CmdStatus.ERR_NO_MATCH);
            }
        }
    }

    /** vtysh strips the line it echoes, so offsets count from the first non-blank character. */
    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void reply(SocketChannel ch, Reply r) throws IOException {
        byte[] body = r.output().getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(body.length + 4);
        out.put(body).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) r.status().code()).flip();
        while (out.hasRemaining()) {
            ch.write(out);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing " + path + ": " + e);
        }
        for (SocketChannel c : clients) {
            try {
                c.close();
            } catch (IOException ignored) {
                // the client is going away anyway
            }
        }
        readers.shutdownNow();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove " + path + ": " + e);
        }
    }
}
