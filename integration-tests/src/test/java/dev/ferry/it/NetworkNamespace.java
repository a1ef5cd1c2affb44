package dev.ferry.it;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A network namespace with a unique name, deleted on close. */
final class NetworkNamespace implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String name;

    private NetworkNamespace(String name) {
        this.name = name;
    }

    /** True when we can create namespaces: root and a working `ip netns`. */
    static boolean available() {
        try {
            return ProcessHandle.current().info().user().orElse("").equals("root")
                    && Shell.run(List.of("ip", "netns", "list"), TIMEOUT).ok();
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** ferry-t-&lt;random&gt;, with lo up. */
    static NetworkNamespace create() throws IOException, InterruptedException {
        String name = "ferry-t-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        check(Shell.run(List.of("ip", "netns", "add", name), TIMEOUT));
        NetworkNamespace ns = new NetworkNamespace(name);
        try {
            check(Shell.run(List.of("ip", "-n", name, "link", "set", "lo", "up"), TIMEOUT));
        } catch (IOException | RuntimeException e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    String name() {
        return name;
    }

    /** Runs {@code command} inside the namespace. */
    Shell.Result exec(List<String> command, Duration timeout) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", name));
        full.addAll(command);
        return Shell.run(full, timeout);
    }

    /** The processes running in the namespace (all of them ours: the name is unique). */
    List<Long> pids() throws IOException, InterruptedException {
        Shell.Result r = Shell.run(List.of("ip", "netns", "pids", name), TIMEOUT);
        return r.output().lines().map(String::strip).filter(l -> l.matches("\\d+")).map(Long::valueOf).toList();
    }

    /** Ends what still runs inside (SIGKILL, by PID), then deletes the namespace. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            for (long pid : pids()) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        } finally {
            check(Shell.run(List.of("ip", "netns", "delete", name), TIMEOUT));
        }
    }

    private static void check(Shell.Result r) throws IOException {
        if (!r.ok()) {
            throw new IOException("ip failed (" + r.status() + "): " + r.output());
        }
    }
}
