package dev.ferry.it.lab;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.proc.Poll;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** What the BGP interop labs add to {@link OspfLabs}: a longer deadline and BGP's state when a route is missing. */
final class BgpLabs {
    static final Duration CONVERGE = Duration.ofSeconds(90);

    private BgpLabs() {
    }

    static RunningLab start(String yaml) throws Exception {
        return OspfLabs.start(yaml);
    }

    /** Polls the router's kernel until the route to {@code prefix} satisfies {@code ok}; fails with what it saw. */
    static String awaitRoute(RunningLab lab, String router, String prefix, Predicate<String> ok, String what) {
        String[] last = {""};
        Optional<String> matched = Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
            last[0] = OspfLabs.route(lab, router, prefix);
            return ok.test(last[0]) ? Optional.of(last[0]) : Optional.empty();
        });
        return matched.orElseThrow(() -> new AssertionError(router + ": " + what + "; `ip route show " + prefix
                + "` says:\n" + last[0] + "\n" + lab.vtysh(router, "show bgp summary") + "\n"
                + lab.vtysh(router, "show bgp ipv4 unicast") + "\n" + lab.vtysh(router, "show bgp ipv6 unicast")));
    }

    /** Polls {@code vtysh -c command} until its text output contains {@code expected}; fails with the last. */
    static String awaitOutput(RunningLab lab, String router, String command, String expected) {
        String[] last = {""};
        Optional<String> matched = Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
            last[0] = lab.vtysh(router, command);
            return last[0].contains(expected) ? Optional.of(last[0]) : Optional.empty();
        });
        return matched.orElseThrow(() -> new AssertionError(router + ": `" + command + "` never showed \""
                + expected + "\"; it says:\n" + last[0]));
    }
}
