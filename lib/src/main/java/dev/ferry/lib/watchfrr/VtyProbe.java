package dev.ferry.lib.watchfrr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks whether a daemon's VTY socket is alive. {@link #accepts} is the contract's definition of "up"
 * (the socket accepts a connection); {@link #ask} runs one command and returns its output, for status
 * reports and tests. Run as a program (bin/ferry-run vty-probe SOCKET...) it prints "SOCKET up|down"
 * per socket and exits 0 when all answer, 3 otherwise, for frrinit.sh status.
 */
public final class VtyProbe {
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

    private VtyProbe() {
    }

    public static boolean accepts(Path socket) {
        if (!java.nio.file.Files.exists(socket)) {
            return false; // the usual answer while a daemon starts: no channel, no exception (dear in a VM lab's JVM)
        }
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }

    /** The output of {@code command} on {@code socket}, or empty if it cannot connect or no full reply comes. */
    public static Optional<String> ask(Path socket, String command, Duration timeout) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
             Selector selector = Selector.open()) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ch.write(ByteBuffer.wrap((command + "\0").getBytes(StandardCharsets.UTF_8)));
            ch.configureBlocking(false);
            ch.register(selector, SelectionKey.OP_READ);
            return readReply(ch, selector, System.nanoTime() + timeout.toNanos());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // A reply is the output, three NUL bytes, then one status byte.
    private static Optional<String> readReply(SocketChannel ch, Selector selector, long deadline) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(8192);
        while (true) {
            int end = endOfOutput(reply.toByteArray());
            if (end >= 0) {
                return Optional.of(new String(reply.toByteArray(), 0, end, StandardCharsets.UTF_8));
            }
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return Optional.empty();
            }
            selector.select(leftMillis);
            selector.selectedKeys().clear();
            buf.clear();
            int n = ch.read(buf);
            if (n < 0) {
                return Optional.empty();
            }
            reply.write(buf.array(), 0, n);
        }
    }

    private static int endOfOutput(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 0) {
                return i;
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        boolean allUp = true;
        for (String socket : args) {
            boolean up = ask(Path.of(socket), "show version", ASK_TIMEOUT).isPresent();
            System.out.println(socket + " " + (up ? "up" : "down"));
            allUp &= up;
        }
        System.exit(allUp ? 0 : 3);
    }
}
