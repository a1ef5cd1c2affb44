package dev.ferry.lab.assertions;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `traceroute -n` from inside a lab router, parsed into its hops. */
public final class Traceroute {
    private static final Pattern HOP = Pattern.compile("^\\s*(\\d+)\\s+(\\S+)");

    private Traceroute() {
    }

    /** The hop addresses in order ("*" for a hop that did not answer) and traceroute's output. */
    public record Result(String from, String to, List<String> hops, String output) {
    }

    static Result run(RunningLab lab, String from, String to) {
        ExecResult r = lab.exec(from, List.of("traceroute", "-n", "-q", "1", "-w", "1", "-m", "16", to), Duration.ofSeconds(60));
        if (r.exitCode() == 127 || r.output().contains("executable file not found")) {
            throw new IllegalStateException("traceroute is not installed (apt-get install traceroute): " + r.output().strip());
        }
        return new Result(from, to, parse(r.stdout()), r.output());
    }

    /** The hops of `traceroute -n -q 1` output: " 1  10.1.1.254  0.050 ms" gives "10.1.1.254". */
    static List<String> parse(String output) {
        List<String> hops = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher m = HOP.matcher(line);
            if (m.find()) {
                hops.add(m.group(2));
            }
        }
        return hops;
    }
}
