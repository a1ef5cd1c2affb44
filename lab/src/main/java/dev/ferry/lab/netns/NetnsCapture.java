package dev.ferry.lab.netns;

import dev.ferry.lab.Capture;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Pids;
import dev.ferry.lab.proc.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * tcpdump on one interface inside a router's namespace, writing a pcap into the lab's work dir. start()
 * returns once tcpdump listens; stop() ends it by its PID (SIGTERM: tcpdump flushes and closes the file).
 */
final class NetnsCapture implements Capture {
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(15);

    private final Process process;
    private final Path pcap;
    private final Path log;
    private Path stopped;

    private NetnsCapture(Process process, Path pcap, Path log) {
        this.process = process;
        this.pcap = pcap;
        this.log = log;
    }

    static NetnsCapture start(String ns, String iface, String filter, Path pcap) {
        if (!HostCommand.onPath("tcpdump")) {
            throw new IllegalStateException("tcpdump is not installed (apt-get install tcpdump): cannot capture");
        }
        Path log = pcap.resolveSibling(pcap.getFileName() + ".log");
        // --immediate-mode: TPACKET_V3 otherwise hands packets over in blocks, and the last block before stop() is
        // lost, i.e. exactly the burst a test triggered just before it stops capturing
        List<String> argv = new ArrayList<>(List.of("tcpdump", "-i", iface, "--immediate-mode", "-U", "-s", "0", "-n",
                "-Z", "root", "-w", pcap.toString()));
        if (filter != null && !filter.isBlank()) {
            argv.addAll(List.of(filter.strip().split("\\s+")));
        }
        try {
            Files.createDirectories(pcap.getParent());
            // `ip netns exec` execs tcpdump, so the process's pid is tcpdump's
            Process p = new ProcessBuilder(Namespaces.inside(ns, argv)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            NetnsCapture c = new NetnsCapture(p, pcap, log);
            boolean listening = Poll.until(LISTEN_WAIT, Duration.ofMillis(20), () -> !p.isAlive() || c.logText().contains("listening on"));
            if (!listening || !p.isAlive()) {
                c.stop();
                throw new IllegalStateException("tcpdump on " + ns + " " + iface + " did not start: " + c.logText().strip());
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pcap being written (complete only after stop()). */
    Path file() {
        return pcap;
    }

    @Override
    public synchronized Path stop() {
        if (stopped == null) {
            if (process.isAlive()) {
                Pids.stop(List.of(process.pid()), Duration.ofSeconds(5));
            }
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped = pcap;
        }
        return stopped;
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }
}
