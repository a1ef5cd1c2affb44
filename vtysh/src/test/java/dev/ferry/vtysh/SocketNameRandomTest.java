package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vtysh's first Unix-domain channel must not build the JDK's security providers when the launcher
 * exports sun.security.jca (what bin/vtysh does), and must still work, and fall back quietly, without it.
 * Each case is a fresh JVM, since class initialisation happens once per JVM.
 */
class SocketNameRandomTest {
    private static final String SUN_PROVIDER = "sun.security.provider.Sun ";

    @TempDir
    Path dir;

    @Test
    void theLaunchersExportKeepsTheSecurityProvidersUnbuilt() throws Exception {
        String log = probe(List.of("--add-exports", "java.base/sun.security.jca=ALL-UNNAMED"));
        assertTrue(log.contains("connected"), log);
        assertFalse(log.contains(SUN_PROVIDER), "the SUN provider was loaded:\n" + log);
    }

    @Test
    void withoutTheExportTheJdkDoesItsOwnLookup() throws Exception {
        String log = probe(List.of());
        assertTrue(log.contains("connected"), log);
        assertTrue(log.contains(SUN_PROVIDER), "control: the JDK itself loads the SUN provider\n" + log);
    }

    private String probe(List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), dir.resolve("probe.sock").toString()));
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        String log = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        return log;
    }

    /** What `vtysh -c` does first: the start-up tuning, then a Unix-domain connection. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            StartupTuning.apply();
            UnixDomainSocketAddress address = UnixDomainSocketAddress.of(args[0]);
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(address);
                try (SocketChannel client = SocketChannel.open(address); SocketChannel accepted = server.accept()) {
                    System.out.println(client.isConnected() && accepted != null ? "connected" : "not connected");
                }
            }
        }
    }
}
