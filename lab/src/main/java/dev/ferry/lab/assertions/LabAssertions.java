package dev.ferry.lab.assertions;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.json.Json;
import dev.ferry.lab.proc.Poll;
import dev.ferry.lab.topology.CheckSpec;
import dev.ferry.lab.topology.LabCheck;
import dev.ferry.lab.topology.PingCheck;
import java.time.Duration;
import java.util.Optional;

/**
 * Assertions on a running lab, as FRR's topotests make them: poll a router's {@code show ... json} until it
 * contains the expected JSON (json_cmp rules, see {@link JsonCompare}) or a deadline passes, then fail with
 * the differences of the last poll. No fixed sleeps: only a polling interval.
 */
public final class LabAssertions {
    /** Time between two polls. */
    public static final Duration INTERVAL = Duration.ofMillis(250);
    private static final int MAX_OUTPUT = 3000;

    private LabAssertions() {
    }

    /** A match: the JSON the router answered, how long it took from the first poll, and the number of polls. */
    public record Match(Object json, Duration after, int polls) {
    }

    /**
     * Polls {@code vtysh -c command} on the router until its JSON contains {@code expectedJson} (JSON text);
     * throws an AssertionError with the differences and the last output when {@code timeout} passes.
     */
    public static Match eventually(RunningLab lab, String router, String command, String expectedJson, Duration timeout) {
        return eventually(lab, router, command, Json.parse(expectedJson), timeout);
    }

    /** Like {@link #eventually(RunningLab, String, String, String, Duration)} with the expected value parsed. */
    public static Match eventually(RunningLab lab, String router, String command, Object expected, Duration timeout) {
        long start = System.nanoTime();
        int[] polls = {0};
        String[] last = {""};
        JsonCompare.Result[] diff = {null};
        Optional<Object> ok = Poll.until(timeout, INTERVAL, () -> {
            polls[0]++;
            last[0] = lab.vtysh(router, command);
            diff[0] = JsonCompare.subset(last[0], Json.write(expected));
            return diff[0].matches() ? Optional.of(Json.parse(last[0])) : Optional.empty();
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (ok.isPresent()) {
            return new Match(ok.get(), took, polls[0]);
        }
        throw new AssertionError(String.format("lab %s (%s), router %s: `%s` did not match within %.1f s (%d polls).%n"
                + "Differences (expected is a subset of actual):%n  %s%nExpected:%n%s%nLast output%s:%n%s",
                lab.topology().name(), lab.id(), router, command, took.toMillis() / 1000.0, polls[0],
                diff[0] == null ? "(no poll)" : diff[0].report().replace("\n", "\n  "), indent(Json.pretty(expected)),
                last[0].length() > MAX_OUTPUT ? " (first " + MAX_OUTPUT + " characters)" : "",
                indent(last[0].length() > MAX_OUTPUT ? last[0].substring(0, MAX_OUTPUT) : last[0])));
    }

    /** Waits for one of a topology's show-command checks. */
    public static Match eventually(RunningLab lab, CheckSpec check) {
        return eventually(lab, check.router(), check.command(), check.expected(), check.timeout());
    }

    /** Runs one of a topology's checks (a show command's JSON, or a ping); returns how long it took. */
    public static Duration check(RunningLab lab, LabCheck check) {
        long start = System.nanoTime();
        switch (check) {
            case CheckSpec json -> eventually(lab, json);
            case PingCheck ping when ping.reachable() ->
                    assertPing(lab, ping.router(), ping.target(), ping.source(), ping.timeout());
            case PingCheck ping -> assertNoPing(lab, ping.router(), ping.target(), ping.source());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Checks the JSON once, without waiting. */
    public static void assertJson(RunningLab lab, String router, String command, String expectedJson) {
        eventually(lab, router, command, expectedJson, Duration.ZERO);
    }

    /** Pings {@code to} (an address, or a router's name for its loopback address) from a router, once. */
    public static Ping.Result ping(RunningLab lab, String from, String to) {
        return Ping.run(lab, from, Ping.target(lab, to), null);
    }

    /** Asserts that a ping from {@code from} to {@code to} gets answers, retrying until {@code timeout}. */
    public static Ping.Result assertPing(RunningLab lab, String from, String to, Duration timeout) {
        return assertPing(lab, from, to, null, timeout);
    }

    /**
     * As {@link #assertPing(RunningLab, String, String, Duration)}, from the address {@code source} (ping -I): a CE
     * whose link subnet is not in the VPN pings from its loopback, as the seed tutorial does.
     */
    public static Ping.Result assertPing(RunningLab lab, String from, String to, String source, Duration timeout) {
        String target = Ping.target(lab, to);
        long start = System.nanoTime();
        Ping.Result[] last = {null};
        Optional<Ping.Result> ok = Poll.until(timeout, INTERVAL, () -> {
            last[0] = Ping.run(lab, from, target, source);
            return last[0].received() > 0 ? Optional.of(last[0]) : Optional.empty();
        });
        if (ok.isPresent()) {
            return ok.get();
        }
        throw new AssertionError(String.format("lab %s: %s cannot ping %s (%s) within %.1f s:%n%s", lab.id(), from, to, target,
                (System.nanoTime() - start) / 1e9, indent(last[0] == null ? "" : last[0].output())));
    }

    /** Asserts that no answer comes back (e.g. a VPN that must stay separate). */
    public static Ping.Result assertNoPing(RunningLab lab, String from, String to) {
        return assertNoPing(lab, from, to, null);
    }

    /** As {@link #assertNoPing(RunningLab, String, String)}, from the address {@code source} (ping -I). */
    public static Ping.Result assertNoPing(RunningLab lab, String from, String to, String source) {
        Ping.Result r = Ping.run(lab, from, Ping.target(lab, to), source);
        if (r.received() > 0) {
            throw new AssertionError("lab " + lab.id() + ": " + from + " reaches " + to + " but must not:\n" + indent(r.output()));
        }
        return r;
    }

    /** The hops of a traceroute from a router (addresses, "*" where none answered). */
    public static Traceroute.Result traceroute(RunningLab lab, String from, String to) {
        return Traceroute.run(lab, from, Ping.target(lab, to));
    }

    /** Asserts that the path from {@code from} to {@code to} goes through exactly these hop addresses. */
    public static Traceroute.Result assertTraceroute(RunningLab lab, String from, String to, java.util.List<String> hops,
            Duration timeout) {
        String target = Ping.target(lab, to);
        Traceroute.Result[] last = {null};
        Optional<Traceroute.Result> ok = Poll.until(timeout, INTERVAL, () -> {
            last[0] = Traceroute.run(lab, from, target);
            return last[0].hops().equals(hops) ? Optional.of(last[0]) : Optional.empty();
        });
        if (ok.isPresent()) {
            return ok.get();
        }
        throw new AssertionError("lab " + lab.id() + ": traceroute " + from + " -> " + to + " went through "
                + (last[0] == null ? "?" : last[0].hops()) + ", expected " + hops + ":\n"
                + indent(last[0] == null ? "" : last[0].output()));
    }

    static String indent(String s) {
        return "  " + s.strip().replace("\n", "\n  ");
    }

    /** Runs a command in a router and fails with its output when it fails. */
    public static ExecResult assertExec(RunningLab lab, String router, java.util.List<String> command) {
        ExecResult r = lab.exec(router, command, Duration.ofSeconds(60));
        if (!r.ok()) {
            throw new AssertionError(router + ": " + String.join(" ", command) + " failed (exit " + r.exitCode() + "):\n"
                    + indent(r.output()));
        }
        return r;
    }
}
