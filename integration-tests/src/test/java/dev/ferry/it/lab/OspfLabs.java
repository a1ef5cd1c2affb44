package dev.ferry.it.lab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.Lab;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.proc.Poll;
import dev.ferry.lab.topology.TopologyFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What the OSPF interop labs share: starting a namespace lab of the built distribution, and kernel routes. */
final class OspfLabs {
    static final Duration CONVERGE = Duration.ofSeconds(60);

    private OspfLabs() {
    }

    static Path distribution() {
        return Path.of(System.getProperty("ferry.home", "../etc/target/ferry")).toAbsolutePath().normalize();
    }

    /** Starts the topology in namespaces; the test is skipped where namespaces or FRR are not available. */
    static RunningLab start(String yaml) throws Exception {
        Lab lab = Lab.of(TopologyFile.parse(yaml, "ospf.yaml", null)).backend("netns").ferryHome(distribution());
        LabBackend.Availability a = lab.availability();
        assumeTrue(a.available(), a.reason());
        return lab.start();
    }

    /** `ip -4 route show PREFIX` in the router's kernel (`ip -6` for an IPv6 prefix). */
    static String route(RunningLab lab, String router, String prefix) {
        String family = prefix.contains(":") ? "-6" : "-4";
        return lab.exec(router, List.of("ip", family, "route", "show", prefix), Duration.ofSeconds(10)).stdout();
    }

    /** Polls the router's kernel until the route to {@code prefix} satisfies {@code ok}; fails with what it saw. */
    static String awaitRoute(RunningLab lab, String router, String prefix, Predicate<String> ok, String what) {
        String[] last = {""};
        Optional<String> matched = Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
            last[0] = route(lab, router, prefix);
            return ok.test(last[0]) ? Optional.of(last[0]) : Optional.empty();
        });
        return matched.orElseThrow(() -> new AssertionError(router + ": " + what + "; `ip route show " + prefix
                + "` says:\n" + last[0]));
    }

    /** Runs configuration lines through the router's vtysh (`configure terminal` first). */
    static void configure(RunningLab lab, String router, String... lines) {
        List<String> argv = new java.util.ArrayList<>(lab.vtyshCommand(router, "configure terminal"));
        for (String line : lines) {
            argv.addAll(List.of("-c", line));
        }
        org.junit.jupiter.api.Assertions.assertTrue(lab.exec(router, argv, Duration.ofSeconds(10)).ok(),
                router + ": vtysh " + argv);
    }
}
