package dev.ferry.lab.vm;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Parallel;
import dev.ferry.lab.proc.Pids;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * JDK 25 AOT caches for the Ferry daemons a VM lab runs, made on the host while the guest boots. Under TCG a
 * daemon's JVM takes minutes to start, much of it loading and linking classes; with a cache of the classes
 * a daemon loads at start it needs about a third less CPU (measured natively, BENCHMARKS.md). Each cache
 * comes from a training run of that daemon (bin/DAEMON -d in a throwaway network namespace, stopped once
 * it has written its pid file) with the guest's JDK, distribution path and JVM flags, which the JVM
 * requires to use it; the guest's ferry-run finds them through FERRY_AOT_DIR. A training that fails only
 * costs the speed-up: the lab goes on without that cache.
 */
final class GuestAotCaches {
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.vm");
    private static final Duration START = Duration.ofMinutes(2);
    private static final Duration STOP = Duration.ofMinutes(1);

    private GuestAotCaches() {
    }

    /** The Ferry daemons of the lab's Ferry routers, by launcher name: zebra and staticd always start. */
    static Set<String> daemons(Topology topology) {
        Set<String> daemons = new TreeSet<>();
        for (RouterSpec r : topology.routers()) {
            if (r.kind() == RouterKind.FERRY) {
                daemons.addAll(r.daemons());
                daemons.add("zebra");
                daemons.add("staticd");
            }
        }
        return daemons;
    }

    /**
     * Trains a cache per daemon into {@code dir} (DAEMON.aot); returns the daemons that have one. {@code home}
     * is the distribution as the guest sees it, {@code javaHome} the guest's JDK, {@code jvmOptions} the
     * guest's FERRY_JAVA_OPTS.
     */
    static Set<String> train(Set<String> daemons, Path home, String javaHome, String jvmOptions, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        Set<String> made = java.util.Collections.synchronizedSet(new TreeSet<>());
        try {
            Parallel.forEach(daemons, d -> {
                if (trainOne(d, home, javaHome, jvmOptions, dir)) {
                    made.add(d);
                }
            });
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "AOT cache training: " + Parallel.messages(e));
        }
        return made;
    }

    private static boolean trainOne(String daemon, Path home, String javaHome, String jvmOptions, Path dir)
            throws IOException {
        String ns = "ferry-aot-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24)) + "-" + daemon;
        Path run = Files.createTempDirectory("ferry-aot-" + daemon + "-");
        Path partial = dir.resolve(daemon + ".aot.partial");
        try {
            if (!HostCommand.run(List.of("ip", "netns", "add", ns), START).ok()) {
                return false;
            }
            Map<String, String> env = new HashMap<>();
            if (javaHome != null) {
                env.put("FERRY_JAVA_HOME", javaHome);
            }
            env.put("FERRY_JAVA_OPTS", jvmOptions + " -XX:AOTCacheOutput=" + partial);
            Path pidFile = run.resolve(daemon + ".pid");
            List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", ns,
                    home.resolve("bin").resolve(daemon).toString(), "-d", "--vty_socket", run.toString(),
                    "-i", pidFile.toString(), "--log", "file:" + run.resolve(daemon + ".log"), "-f", "/dev/null"));
            ExecResult started = HostCommand.run(argv, START, env);
            if (!started.ok()) {
                LOG.log(System.Logger.Level.WARNING, "AOT cache training of " + daemon + " did not start: "
                        + started.output().strip());
                return false;
            }
            Pids.read(pidFile).ifPresent(pid -> Pids.stop(List.of(pid), STOP)); // SIGTERM: the JVM writes the cache as it exits
            if (Files.size(partial) == 0) {
                return false;
            }
            Files.move(partial, dir.resolve(daemon + ".aot"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            LOG.log(System.Logger.Level.WARNING, "AOT cache training of " + daemon + " wrote no cache");
            return false;
        } finally {
            HostCommand.run(List.of("ip", "netns", "del", ns), START);
            Files.deleteIfExists(partial);
            Files.deleteIfExists(Path.of(partial + ".config"));
            VmLab.deleteTree(run);
        }
    }
}
