package dev.ferry.lab.assertions;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.RouterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `ping` from inside a lab router (iputils-ping), and what it reported. */
public final class Ping {
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) packets transmitted, (\\d+) (?:packets )?received");

    private Ping() {
    }

    /** Packets sent and answered, and ping's output. */
    public record Result(String from, String to, int sent, int received, String output) {
    }

    /** Sends 3 echo requests 200 ms apart, waiting at most 1 s for each answer. */
    static Result run(RunningLab lab, String from, String to, String source) {
        List<String> argv = new ArrayList<>(List.of("ping", "-n", "-c", "3", "-i", "0.2", "-W", "1"));
        if (source != null) {
            argv.addAll(List.of("-I", source));
        }
        argv.add(to);
        ExecResult r = lab.exec(from, argv, Duration.ofSeconds(15));
        if (r.exitCode() == 127 || r.output().contains("executable file not found") || r.output().contains("No such file")) {
            throw new IllegalStateException("ping is not installed (apt-get install iputils-ping): " + r.output().strip());
        }
        Matcher m = SUMMARY.matcher(r.stdout());
        int sent = 0;
        int received = 0;
        if (m.find()) {
            sent = Integer.parseInt(m.group(1));
            received = Integer.parseInt(m.group(2));
        }
        return new Result(from, to, sent, received, r.output());
    }

    /** An address as is, or a router's name: its first address on lo (its router id, usually). */
    static String target(RunningLab lab, String to) {
        return lab.topology().router(to).map(Ping::loopback).orElse(to);
    }

    private static String loopback(RouterSpec r) {
        List<String> lo = r.addresses().getOrDefault("lo", List.of());
        if (!lo.isEmpty()) {
            return strip(lo.getFirst());
        }
        return r.addresses().values().stream().flatMap(List::stream).findFirst().map(Ping::strip)
                .orElseThrow(() -> new IllegalArgumentException("router " + r.name() + " has no address to ping"));
    }

    private static String strip(String prefix) {
        return prefix.substring(0, prefix.indexOf('/'));
    }
}
