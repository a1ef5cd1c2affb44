package dev.ferry.zebra.iface;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway network namespace (needs root and iproute2) with a unique name, deleted by {@link #close()};
 * commands run as `ip -n NAME ...`, so nothing touches the host's namespace. (lib's TestNamespace is
 * package-private; this is the same approach.)
 */
final class ScratchNamespace implements AutoCloseable {
    private final String name;

    private ScratchNamespace(String name) {
        this.name = name;
    }

    static boolean available() {
        try {
            boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(l -> l.matches("Uid:\\s+0\\s.*"));
            return root && (Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip")));
        } catch (IOException e) {
            return false;
        }
    }

    static ScratchNamespace create() throws IOException {
        String name = "ferry-if-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
        run("ip", "netns", "add", name);
        ScratchNamespace ns = new ScratchNamespace(name);
        try {
            ns.ip("link", "set", "dev", "lo", "up");
        } catch (IOException e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    String name() {
        return name;
    }

    /** `ip -n NAME ARGS`, which must succeed; returns its output. */
    String ip(String... args) throws IOException {
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
