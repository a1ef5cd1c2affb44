package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jline shell on a terminal over pipes: keys are typed once the expected prompt is on screen. */
class InteractiveShellTest {
    private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(10);

    @TempDir
    Path dir;

    private FakeDaemon zebra;
    private Daemons daemons;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private PipedOutputStream keyboard;
    private Terminal terminal;
    private Thread shell;
    private volatile int status = -1;

    @BeforeEach
    void start() throws Exception {
        zebra = FakeDaemon.start(dir, "zebra");
        zebra.runningConfig("frr version 8.4.4\nhostname R1\n!\nend\n");
        daemons = Daemons.connect(dir, null, new Output(new StringWriter(), new StringWriter()));
        keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard, 4096);
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
            }
        };
        terminal = TerminalBuilder.builder().system(false).type("xterm").size(new Size(120, 40))
                .streams(in, out).build();
        shell = new Thread(() -> status = InteractiveShell.run(terminal, daemons, dir.resolve("frr.conf"),
                dir.resolve("history"), false), "test-shell");
        shell.start();
    }

    @AfterEach
    void stop() throws Exception {
        keyboard.close();
        shell.join(TimeUnit.NANOSECONDS.toMillis(DEADLINE_NANOS));
        terminal.close();
        daemons.close();
        zebra.close();
    }

    private String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until TEXT has appeared at least COUNT times on the screen. */
    private void await(String text, int count) {
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (occurrences(screen(), text) < count) {
            if (System.nanoTime() > deadline) {
                fail("never saw " + count + " x \"" + text + "\" on:\n" + screen());
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private void type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private void awaitExit() throws InterruptedException {
        shell.join(TimeUnit.NANOSECONDS.toMillis(DEADLINE_NANOS));
        assertFalse(shell.isAlive(), screen());
        assertEquals(0, status);
    }

    @Test
    void bannerPromptsFollowTheNodeAndHistoryIsKept() throws Exception {
        await("R1# ", 1);
        assertTrue(screen().contains("Hello, this is Ferry (version "), screen());
        type("configure terminal\r");
        await("R1(config)# ", 1);
        type("end\r");
        await("R1# ", 2);
        type("exit\r");
        awaitExit();
        assertEquals(List.of("show running-config", "configure terminal", "end"), zebra.requests("x"));
        assertEquals(List.of("configure terminal", "end", "exit"), Files.readAllLines(dir.resolve("history")));
    }

    @Test
    void questionMarkListsCandidatesWithoutInsertingItself() throws Exception {
        zebra.help("enable", "show ", "interface\tInterface status and configuration\n");
        zebra.on("enable", "show interface", "enable", "eth0 up\n");
        await("R1# ", 1);
        type("show ?");
        await("Interface status and configuration", 1);
        type("interface\r");
        await("eth0 up", 1);
        type("exit\r");
        awaitExit();
        assertTrue(screen().contains("  interface       Interface status and configuration\r\n"), screen());
        assertEquals(List.of("show running-config", "show interface"), zebra.requests("x"));
    }

    @Test
    void tabCompletesFromTheDaemons() throws Exception {
        zebra.completions("enable", "sh", "show\n");
        zebra.on("enable", "show interface", "enable", "eth0 up\n");
        await("R1# ", 1);
        type("sh\t");
        await("show ", 1);
        type("interface\r");
        await("eth0 up", 1);
        type("exit\r");
        awaitExit();
        assertEquals(List.of("sh"), zebra.requests("complete"));
    }

    @Test
    void endOfInputLeavesTheShell() throws Exception {
        await("R1# ", 1);
        type("show daemons\r");
        await(" zebra\r\n", 1);
        keyboard.close();
        awaitExit();
    }
}
