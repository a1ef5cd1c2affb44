package dev.ferry.lib.netlink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway network namespace for tests (needs root and iproute2): a unique name, deleted by
 * {@link #close()}. Commands run as `ip -n NAME ...`; nothing touches the host namespace.
 */
public final class TestNamespace implements AutoCloseable {
    private final String name;

    private TestNamespace(String name) {
        this.name = name;
    }

    public static boolean available() {
        try {
            boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(l -> l.matches("Uid:\\s+0\\s.*"));
            return root && (Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip")));
        } catch (IOException e) {
            return false;
        }
    }

    public static TestNamespace create(String prefix) throws IOException {
        String name = prefix + "-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(System.nanoTime() & 0xffffff);
        run("ip", "netns", "add", name);
        TestNamespace ns = new TestNamespace(name);
        try {
            ns.ip("link", "set", "dev", "lo", "up");
        } catch (IOException e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    public String name() {
        return name;
    }

    /** `ip -n NAME ARGS`, which must succeed; returns its output. */
    public String ip(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", name));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    private static String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        }
    }

    @Override
    public void close() throws IOException {
        run("ip", "netns", "del", name);
    }
}
