package dev.ferry.lab.netns;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Pids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Named network namespaces (`ip netns`): create, list their processes, end them by PID, delete. */
final class Namespaces {
    static final Path RUN_NETNS = Path.of("/run/netns");
    static final Duration IP_TIMEOUT = Duration.ofSeconds(30);

    private Namespaces() {
    }

    static boolean exists(String ns) {
        return Files.exists(RUN_NETNS.resolve(ns));
    }

    /** Every named namespace. */
    static List<String> list() {
        try (var s = Files.list(RUN_NETNS)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void add(String ns) {
        HostCommand.check(List.of("ip", "netns", "add", ns), IP_TIMEOUT);
    }

    /** "net:[inode]" as /proc/PID/ns/net shows it, for telling our processes from others. */
    static Optional<String> identity(String ns) {
        try {
            Object ino = Files.getAttribute(RUN_NETNS.resolve(ns), "unix:ino");
            return Optional.of("net:[" + ino + "]");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The processes in the namespace. Its name is unique to one lab, so all of them are that lab's. */
    static List<Long> pids(String ns) {
        if (!exists(ns)) {
            return List.of();
        }
        ExecResult r = HostCommand.run(List.of("ip", "netns", "pids", ns), IP_TIMEOUT);
        List<Long> out = new ArrayList<>();
        for (String l : r.stdout().split("\\s+")) {
            if (l.matches("\\d+")) {
                out.add(Long.parseLong(l));
            }
        }
        return out;
    }

    /** Ends every process still in the namespace (SIGTERM, then SIGKILL) and deletes it; quiet if it is gone. */
    static List<String> destroy(String ns, Duration grace) {
        List<String> problems = new ArrayList<>();
        if (!exists(ns)) {
            return problems;
        }
        List<Long> pids = pids(ns);
        if (!pids.isEmpty()) {
            Pids.stop(pids, grace);
        }
        List<Long> left = pids(ns).stream().filter(Pids::running).toList();
        if (!left.isEmpty()) {
            problems.add("processes " + left + " still run in namespace " + ns);
        }
        ExecResult r = HostCommand.run(List.of("ip", "netns", "delete", ns), IP_TIMEOUT);
        if (!r.ok() && exists(ns)) {
            problems.add("ip netns delete " + ns + ": " + r.output().strip());
        }
        return problems;
    }

    /** `ip netns exec NS argv...`. */
    static List<String> inside(String ns, List<String> argv) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(argv);
        return full;
    }
}
