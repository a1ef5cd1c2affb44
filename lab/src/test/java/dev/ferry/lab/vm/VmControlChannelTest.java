package dev.ferry.lab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.ExecResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host end of the agent protocol against a stand-in for agent.sh that speaks the same lines and runs
 * the scripts with the host's sh (the real agent only runs as PID 1 of the guest).
 */
class VmControlChannelTest {
    private Path dir;
    private ServerSocketChannel server;
    private Thread agent;
    private final Map<String, Process> running = new ConcurrentHashMap<>();
    private ControlChannel channel;
    private volatile SocketChannel agentSocket;

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("vm-control");
        Files.createDirectories(dir.resolve("exec"));
        Path socket = dir.resolve("ctl.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        agent = Thread.ofPlatform().daemon().start(this::fakeAgent);
        channel = ControlChannel.connect(socket, dir.resolve("exec"), "test", () -> true);
        assertEquals("6.1.0-test", channel.awaitReady(Duration.ofSeconds(10), () -> true));
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        server.close();
        running.values().forEach(Process::destroyForcibly);
        VmLab.deleteTree(dir);
    }

    @Test
    void aCommandGivesItsExitStatusAndOutputAndLeavesNoFiles() throws Exception {
        ExecResult r = channel.start("echo out; echo err >&2; exit 3\n").result(Duration.ofSeconds(10));
        assertEquals(new ExecResult(3, "out\n", "err\n"), r);
        try (var files = Files.list(dir.resolve("exec"))) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void commandsRunConcurrently() {
        GuestProcess slow = channel.start("sleep 5; echo slow\n");
        ExecResult fast = channel.start("exec echo fast\n").result(Duration.ofSeconds(4));
        assertEquals("fast\n", fast.stdout());
        assertFalse(slow.finished());
        slow.signal("KILL");
    }

    @Test
    void aCommandPastItsTimeLimitIsKilled() {
        long t0 = System.nanoTime();
        ExecResult r = channel.start("exec sleep 30\n").result(Duration.ofMillis(500));
        assertEquals(GuestProcess.TIMED_OUT, r.exitCode());
        assertTrue(r.stderr().contains("timed out after 500 ms"), r.stderr());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(10).toNanos());
    }

    @Test
    void pendingCommandsFailWhenTheChannelCloses() throws Exception {
        GuestProcess p = channel.start("exec sleep 30\n");
        server.close();
        agentSocket.close();
        ExecResult r = p.result(Duration.ofSeconds(10));
        assertEquals(255, r.exitCode());
        assertTrue(r.stderr().contains("control channel closed"), r.stderr());
    }

    /** agent.sh's loop: "ready", then run / kill lines in, done lines out. */
    private void fakeAgent() {
        try (SocketChannel s = server.accept()) {
            agentSocket = s;
            OutputStream out = Channels.newOutputStream(s);
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(s), StandardCharsets.UTF_8));
            send(out, "ready 6.1.0-test");
            Path exec = dir.resolve("exec");
            for (String line; (line = in.readLine()) != null; ) {
                String[] w = line.split(" ");
                if (w[0].equals("run")) {
                    String id = w[1];
                    Process p = new ProcessBuilder("sh", "-c", ". " + exec.resolve(id + ".sh"))
                            .redirectOutput(exec.resolve(id + ".out").toFile())
                            .redirectError(exec.resolve(id + ".err").toFile()).start();
                    Files.writeString(exec.resolve(id + ".pid"), p.pid() + "\n");
                    running.put(id, p);
                    p.onExit().thenAccept(done -> send(out, "done " + id + " " + done.exitValue()));
                } else if (w[0].equals("kill")) {
                    new ProcessBuilder("kill", "-" + w[2], String.valueOf(running.get(w[1]).pid())).start().waitFor();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the test closed the socket
        }
    }

    private static void send(OutputStream out, String line) {
        synchronized (out) {
            try {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // channel closed
            }
        }
    }
}
