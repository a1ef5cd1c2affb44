package dev.ferry.lab.vm;

import dev.ferry.lab.Capture;
import dev.ferry.lab.proc.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * tcpdump on one interface of a router inside the guest, writing its pcap into the shared work dir, so
 * the host finds it at the same path. Starting returns once tcpdump listens; stop() sends SIGINT (tcpdump
 * flushes and closes the file) and waits for it to end.
 */
final class VmCapture implements Capture {
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final GuestProcess tcpdump;
    private final Path pcap;
    private Path stopped;

    private VmCapture(GuestProcess tcpdump, Path pcap) {
        this.tcpdump = tcpdump;
        this.pcap = pcap;
    }

    /** Starts tcpdump through {@code starter} (a script runner) and waits until it listens. */
    static VmCapture start(Function<String, GuestProcess> starter, String router, String iface, String filter, Path pcap) {
        StringBuilder cmd = new StringBuilder("exec ip netns exec ").append(Shell.quote(router))
                .append(" tcpdump --immediate-mode -i ").append(Shell.quote(iface)).append(" -U -s 0 -n -Z root -w ")
                .append(Shell.quote(pcap.toString()));
        if (filter != null && !filter.isBlank()) {
            cmd.append(' ').append(Shell.quote(filter.strip()));
        }
        GuestProcess p = starter.apply(cmd.append('\n').toString());
        boolean listening = Poll.until(LISTEN_WAIT, Duration.ofMillis(50),
                () -> p.finished() || p.stderrSoFar().contains("listening on"));
        if (!listening || p.finished()) {
            String why = p.result(Duration.ofSeconds(5)).output().strip();
            throw new IllegalStateException("tcpdump on " + router + " " + iface + " in the VM did not start: " + why);
        }
        return new VmCapture(p, pcap);
    }

    @Override
    public synchronized Path stop() {
        if (stopped == null) {
            tcpdump.signal("INT");
            tcpdump.result(STOP_WAIT);
            stopped = pcap;
        }
        return stopped;
    }
}
