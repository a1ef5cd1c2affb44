package dev.ferry.lib.vty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VtyClientTest {

    @TempDir
    Path dir;

    private TinyServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void plainRequestIsLinePlusNulAndReplyCarriesStatus() throws Exception {
        server = new TinyServer(dir.resolve("zebra.vty"), request -> frame("hello\n", 0));
        try (VtyClient client = VtyClient.connect(server.path)) {
            VtyClient.Reply reply = client.send("show version");
            assertEquals("hello\n", reply.output());
            assertEquals(VtyClient.CMD_SUCCESS, reply.status());
        }
        assertEquals(List.of("show version"), server.requests);
    }

    @Test
    void executeUsesExtensionAndParsesNodeHeader() throws Exception {
        server = new TinyServer(dir.resolve("ospfd.vty"), request -> frame("router-ospf -1\nsome output\n", 0));
        try (VtyClient client = VtyClient.connect(server.path)) {
            VtyClient.Execution execution = client.execute("router ospf");
            assertEquals("router-ospf", execution.node());
            assertEquals(-1, execution.errorPosition());
            assertEquals("some output\n", execution.output());
            assertEquals(VtyClient.CMD_SUCCESS, execution.status());
        }
        assertEquals(List.of("\u0001x router ospf"), server.requests);
    }

    @Test
    void errorStatusAndPositionAreReported() throws Exception {
        server = new TinyServer(dir.resolve("bgpd.vty"), request -> frame("config 5\n", 2));
        try (VtyClient client = VtyClient.connect(server.path)) {
            VtyClient.Execution execution = client.execute("show bogus");
            assertEquals("config", execution.node());
            assertEquals(5, execution.errorPosition());
            assertEquals("", execution.output());
            assertEquals(VtyClient.CMD_ERR_NO_MATCH, execution.status());
        }
    }

    @Test
    void helpCompleteEnterAndNodeVerbs() throws Exception {
        server = new TinyServer(dir.resolve("zebra.vty"), request -> frame("enable", 0));
        try (VtyClient client = VtyClient.connect(server.path)) {
            client.help("show ");
            client.complete("sh");
            client.enter("interface");
            assertEquals("enable", client.node());
        }
        assertEquals(List.of("\u0001help show ", "\u0001complete sh", "\u0001enter interface", "\u0001node"),
                server.requests);
    }

    @Test
    void largeRepliesSplitAcrossReadsAreReassembled() throws Exception {
        String big = "x".repeat(100_000) + "\u00e9\n";
        server = new TinyServer(dir.resolve("zebra.vty"), request -> frame(big, 1));
        try (VtyClient client = VtyClient.connect(server.path)) {
            for (int i = 0; i < 3; i++) {
                VtyClient.Reply reply = client.send("show ip route");
                assertEquals(big, reply.output());
                assertEquals(VtyClient.CMD_WARNING, reply.status());
            }
        }
    }

    @Test
    void closedConnectionIsAnError() throws Exception {
        server = new TinyServer(dir.resolve("zebra.vty"), request -> null);
        try (VtyClient client = VtyClient.connect(server.path)) {
            assertThrows(IOException.class, () -> client.send("exit"));
        }
    }

    @Test
    void missingSocketFailsToConnect() {
        assertThrows(IOException.class, () -> VtyClient.connect(dir.resolve("nothing.vty")));
    }

    private static byte[] frame(String output, int status) {
        byte[] text = output.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[text.length + 4];
        System.arraycopy(text, 0, framed, 0, text.length);
        framed[framed.length - 1] = (byte) status;
        return framed;
    }

    /** Serves one connection: answers each NUL-terminated request with the handler's bytes (null = hang up). */
    private static final class TinyServer implements AutoCloseable {
        final Path path;
        final List<String> requests = new CopyOnWriteArrayList<>();
        private final ServerSocketChannel listener;
        private final Thread thread;

        TinyServer(Path path, Function<String, byte[]> handler) throws IOException {
            this.path = path;
            listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            listener.bind(UnixDomainSocketAddress.of(path));
            thread = new Thread(() -> serve(handler), "tiny-vty-server");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(Function<String, byte[]> handler) {
            try (SocketChannel peer = listener.accept()) {
                ByteArrayOutputStream pending = new ByteArrayOutputStream();
                ByteBuffer buffer = ByteBuffer.allocate(1);
                while (peer.read(buffer.clear()) > 0) {
                    byte b = buffer.get(0);
                    if (b != 0) {
                        pending.write(b);
                        continue;
                    }
                    String request = pending.toString(StandardCharsets.UTF_8);
                    pending.reset();
                    requests.add(request);
                    byte[] answer = handler.apply(request);
                    if (answer == null) {
                        return;
                    }
                    // Two writes, so the client has to reassemble.
                    int half = answer.length / 2;
                    peer.write(ByteBuffer.wrap(answer, 0, half));
                    peer.write(ByteBuffer.wrap(answer, half, answer.length - half));
                }
            } catch (IOException e) {
                // listener closed: test over
            }
        }

        @Override
        public void close() throws Exception {
            listener.close();
            thread.join(5_000);
        }
    }
}
