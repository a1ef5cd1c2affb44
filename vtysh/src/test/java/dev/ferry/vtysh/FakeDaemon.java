package dev.ferry.vtysh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted daemon on a real unix socket, speaking the VTY framing and Ferry's extension requests:
 * exact (node, line) commands, plus `configure terminal`, `exit`, `end` and `show running-config`.
 * Every request is recorded, so tests can check what vtysh sent to whom.
 */
final class FakeDaemon implements AutoCloseable {
    /** What a command does: the node it leads to, its output and status. */
    record Answer(String node, String output, int status) {
    }

    final String name;
    final Path socket;
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> commands = new ConcurrentHashMap<>();
    private final Map<String, String> help = new ConcurrentHashMap<>();
    private final Map<String, String> completions = new ConcurrentHashMap<>();
    private final ServerSocketChannel listener;
    private volatile String runningConfig = "";
    private volatile int errorPosition = 0;

    private FakeDaemon(String name, Path socket) throws IOException {
        this.name = name;
        this.socket = socket;
        listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        Thread accept = new Thread(this::acceptLoop, name + "-fake-accept");
        accept.setDaemon(true);
        accept.start();
    }

    static FakeDaemon start(Path dir, String name) throws IOException {
        return new FakeDaemon(name, dir.resolve(name + ".vty"));
    }

    /** LINE typed at NODE moves to NEXT and prints OUTPUT. */
    FakeDaemon on(String node, String line, String next, String output) {
        return on(node, line, next, output, 0);
    }

    FakeDaemon on(String node, String line, String next, String output, int status) {
        commands.put(node + "|" + line, new Answer(next, output, status));
        return this;
    }

    FakeDaemon help(String node, String buffer, String body) {
        help.put(node + "|" + buffer, body);
        return this;
    }

    FakeDaemon completions(String node, String buffer, String body) {
        completions.put(node + "|" + buffer, body);
        return this;
    }

    FakeDaemon runningConfig(String text) {
        runningConfig = text;
        return this;
    }

    /** Where unknown lines are said to fail. */
    FakeDaemon errorPosition(int position) {
        errorPosition = position;
        return this;
    }

    /** The requests of one kind ("x", "enter", ...), without the verb. */
    List<String> requests(String verb) {
        String prefix = "\u0001" + verb + " ";
        return requests.stream().filter(r -> r.startsWith(prefix)).map(r -> r.substring(prefix.length())).toList();
    }

    private void acceptLoop() {
        while (listener.isOpen()) {
            try {
                SocketChannel peer = listener.accept();
                Thread session = new Thread(() -> serve(peer), name + "-fake-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SocketChannel peer) {
        String[] node = {"enable"};
        try (peer) {
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (peer.read(buffer.clear()) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b != 0) {
                        pending.write(b);
                        continue;
                    }
                    String request = pending.toString(StandardCharsets.UTF_8);
                    pending.reset();
                    requests.add(request);
                    Answer a = handle(node, request);
                    byte[] text = a.output().getBytes(StandardCharsets.UTF_8);
                    ByteBuffer reply = ByteBuffer.allocate(text.length + 4);
                    reply.put(text).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) a.status()).flip();
                    while (reply.hasRemaining()) {
                        peer.write(reply);
                    }
                }
            }
        } catch (IOException e) {
            // vtysh went away
        }
    }

    private Answer handle(String[] node, String request) {
        if (!request.startsWith("\u0001")) {
            Answer a = execute(node, request);
            return new Answer(a.node(), a.output(), a.status());
        }
        int space = request.indexOf(' ');
        String verb = space < 0 ? request.substring(1) : request.substring(1, space);
        String arg = space < 0 ? "" : request.substring(space + 1);
        switch (verb) {
            case "x" -> {
                Answer a = execute(node, arg);
                int position = a.status() == 2 ? errorPosition : -1;
                return new Answer(a.node(), node[0] + " " + position + "\n" + a.output(), a.status());
            }
            case "enter" -> {
                node[0] = arg;
                return new Answer(arg, "", 0);
            }
            case "node" -> {
                return new Answer(node[0], node[0] + "\n", 0);
            }
            case "help" -> {
                String body = help.get(node[0] + "|" + arg);
                return new Answer(node[0], body == null ? "" : body, body == null ? 2 : 0);
            }
            case "complete" -> {
                String body = completions.get(node[0] + "|" + arg);
                return new Answer(node[0], body == null ? "" : body, 0);
            }
            default -> {
                return new Answer(node[0], "% Unknown vty request\n", 2);
            }
        }
    }

    private Answer execute(String[] node, String line) {
        Answer scripted = commands.get(node[0] + "|" + line);
        if (scripted != null) {
            if (scripted.status() == 0 || scripted.status() == 1) {
                node[0] = scripted.node();
            }
            return scripted;
        }
        boolean exec = node[0].equals("enable") || node[0].equals("view");
        if (exec && line.equals("configure terminal")) {
            node[0] = "config";
        } else if (!exec && line.equals("end")) {
            node[0] = "enable";
        } else if (!exec && line.equals("exit")) {
            node[0] = node[0].equals("config") ? "enable" : "config";
        } else if (exec && line.equals("show running-config")
                || !exec && line.equals("do show running-config")) {
            return new Answer(node[0], runningConfig, 0);
        } else {
            return new Answer(node[0], "", 2);
        }
        return new Answer(node[0], "", 0);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
