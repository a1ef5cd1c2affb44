package dev.ferry.lab.docker;

import dev.ferry.lab.Capture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * tcpdump on one interface of a lab container, writing a pcap into the router's bind-mounted pcap directory.
 * Started detached ({@code docker exec -d}) by a small shell that records tcpdump's pid and, once tcpdump
 * has exited, its status; start returns when tcpdump says it is listening, stop sends it SIGINT (it then
 * flushes and closes the file) and waits for the status file. All files are on the host too.
 */
final class ContainerCapture implements Capture {

    private static final Duration READY = Duration.ofSeconds(10);
    private static final Duration STOP = Duration.ofSeconds(10);
    /** $1 interface, $2 pcap, $3 log, $4 pid file, $5 status file, $6 filter (may be empty). */
    private static final String RUNNER = "tcpdump --immediate-mode -Z root -U -n -i \"$1\" -w \"$2\" ${6:+\"$6\"} 2>\"$3\" & "
            + "echo $! >\"$4\"; wait $!; echo $? >\"$5\"";

    private final String container;
    private final Path pcap;
    private final Path log;
    private final Path pidFile;
    private final Path statusFile;
    private boolean stopped;

    private ContainerCapture(String container, Path pcap) {
        this.container = container;
        this.pcap = pcap;
        String base = pcap.getFileName().toString().replaceFirst("\\.pcap$", "");
        this.log = pcap.resolveSibling(base + ".log");
        this.pidFile = pcap.resolveSibling(base + ".pid");
        this.statusFile = pcap.resolveSibling(base + ".status");
    }

    static ContainerCapture start(String container, String iface, String filter, Path pcap) {
        ContainerCapture c = new ContainerCapture(container, pcap);
        HostCommand.check(List.of("docker", "exec", "-d", container, "sh", "-c", RUNNER, "capture", iface,
                pcap.toString(), c.log.toString(), c.pidFile.toString(), c.statusFile.toString(),
                filter == null ? "" : filter), Duration.ofSeconds(30));
        c.awaitListening();
        return c;
    }

    @Override
    public synchronized Path stop() {
        if (stopped) {
            return pcap;
        }
        stopped = true;
        String pid = read(pidFile).strip();
        if (!pid.isEmpty() && !Files.exists(statusFile)) {
            ContainerExec.run(container, List.of("kill", "-INT", pid), Duration.ofSeconds(10));
        }
        if (!waitFor(() -> Files.exists(statusFile), STOP)) {
            ContainerExec.run(container, List.of("kill", "-KILL", pid), Duration.ofSeconds(10));
            throw new DockerLabException("tcpdump (pid " + pid + " in " + container + ") did not stop within "
                    + STOP.toSeconds() + " s; " + pcap + " may be incomplete");
        }
        return pcap;
    }

    private void awaitListening() {
        boolean ready = waitFor(() -> read(log).contains("listening on") || Files.exists(statusFile), READY);
        if (!ready || Files.exists(statusFile)) {
            stopped = true;
            throw new DockerLabException("tcpdump in " + container + " did not start: " + read(log).strip());
        }
    }

    private interface Check {
        boolean ok();
    }

    private static boolean waitFor(Check check, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
