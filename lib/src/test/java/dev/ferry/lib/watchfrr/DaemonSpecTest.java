package dev.ferry.lib.watchfrr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaemonSpecTest {
    private final Path bin = Path.of("/opt/ferry/bin");
    private final Path run = Path.of("/tmp/r1/run");

    @Test
    void passesTheDaemonsFileOptionsThenEveryInstancePathExplicitly() {
        DaemonSpec spec = DaemonSpec.of("zebra", bin, run, List.of("-A", "127.0.0.1", "-s", "90000000"), null);
        assertEquals(List.of("/opt/ferry/bin/zebra", "-A", "127.0.0.1", "-s", "90000000",
                "--vty_socket", "/tmp/r1/run", "-i", "/tmp/r1/run/zebra.pid", "-z", "/tmp/r1/run/zserv.api",
                "--log", "file:/tmp/r1/run/zebra.log"), spec.command());
        assertEquals(run.resolve("zebra.vty"), spec.vtySocket());
        assertEquals(run.resolve("zebra.pid"), spec.pidFile());
        assertEquals(run.resolve("zebra.log"), spec.logFile());
    }

    @Test
    void passesTheLogLevelOnWhenGiven() {
        List<String> command = DaemonSpec.of("bgpd", bin, run, List.of(), "debugging").command();
        assertEquals(List.of("--log-level", "debugging"), command.subList(command.size() - 2, command.size()));
    }
}
