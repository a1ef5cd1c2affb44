package dev.ferry.lab.assertions;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.proc.HostCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * Validates a capture with tshark, as frr-reference's pcap-validate.sh does: no frame may be malformed or
 * carry an expert-info warning or error ({@code _ws.malformed || _ws.expert.severity >= warning}). TCP
 * resets are tolerated (a peer not listening yet answers a connection attempt with RST). tshark's TCP
 * checksum check stays off: veth captures carry partial checksums.
 */
public final class CaptureCheck {
    private static final String FILTER = "_ws.malformed || _ws.expert.severity >= warning";

    private CaptureCheck() {
    }

    /** The frames in the capture and the flagged ones ("frame 12 (BGP): message"). */
    public record Result(Path pcap, int frames, List<String> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    public static boolean tsharkAvailable() {
        return HostCommand.onPath("tshark");
    }

    public static Result validate(Path pcap) {
        if (!tsharkAvailable()) {
            throw new IllegalStateException("tshark is not installed (apt-get install tshark)");
        }
        ExecResult count = HostCommand.run(List.of("tshark", "-n", "-r", pcap.toString(), "-T", "fields", "-e", "frame.number"),
                Duration.ofMinutes(2));
        if (!count.ok()) {
            throw new IllegalStateException("tshark cannot read " + pcap + ": " + count.output().strip());
        }
        int frames = (int) count.stdout().lines().filter(l -> !l.isBlank()).count();
        ExecResult flagged = HostCommand.run(List.of("tshark", "-n", "-r", pcap.toString(), "-Y", FILTER, "-T", "fields",
                "-E", "separator=|", "-e", "frame.number", "-e", "tcp.flags.reset", "-e", "_ws.col.Protocol",
                "-e", "_ws.expert.message", "-e", "_ws.col.Info"), Duration.ofMinutes(2));
        if (!flagged.ok()) {
            throw new IllegalStateException("tshark failed on " + pcap + ": " + flagged.output().strip());
        }
        List<String> problems = new ArrayList<>();
        for (String line : flagged.stdout().lines().filter(l -> !l.isBlank()).toList()) {
            String[] f = line.split("\\|", -1);
            String reset = f.length > 1 ? f[1] : "";
            if (reset.equals("1") || reset.equalsIgnoreCase("true")) {
                continue; // a TCP RST: tolerated
            }
            problems.add("frame " + f[0] + " (" + (f.length > 2 ? f[2] : "?") + "): "
                    + (f.length > 3 ? f[3] : "") + (f.length > 4 ? " [" + f[4] + "]" : ""));
        }
        return new Result(pcap, frames, List.copyOf(problems));
    }

    /**
     * Fails when the capture has malformed frames or expert warnings, or no frame at all; a test without
     * tshark is skipped (aborted), not failed.
     */
    public static Result assertClean(Path pcap) {
        if (!tsharkAvailable()) {
            throw new TestAbortedException("tshark is not installed: cannot validate " + pcap);
        }
        Result r = validate(pcap);
        if (r.frames() == 0) {
            throw new AssertionError("capture " + pcap + " holds no frame");
        }
        if (!r.clean()) {
            throw new AssertionError("capture " + pcap + ": " + r.problems().size() + " of " + r.frames()
                    + " frames malformed or with expert warnings:\n  " + String.join("\n  ", r.problems()));
        }
        return r;
    }
}
