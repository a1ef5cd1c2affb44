package dev.ferry.it.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.Capture;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.Lab;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.CaptureCheck;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.Poll;
import dev.ferry.lab.topology.BuiltinLabs;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.LabCheck;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The seed tutorial's MPLS L3VPN in the full-kernel VM (real MPLS and VRFs), the built-in lab `l3vpn`
 * (what the README's main command brings up):
 * <pre>
 *   CE1 - PE1 eth0 --- eth0 PR eth1 --- eth0 PE2 - CE2      VRF CUSTA (and CE3/CE4 in CUSTB)
 * </pre>
 * <ul>
 * <li>On seven Ferry routers: every check of the lab (OSPF, LDP and its bindings, iBGP VPNv4, the VPN table with
 *     both RDs, the VRF route's label stack, the pings and the VPNs' isolation), and on PR the customers' pings
 *     arriving inside two labels and leaving inside one (PHP towards the far PE), clean in tshark. Its time from
 *     the start to the first CE1-CE2 ping is printed (BENCHMARKS.md compares it with the all-FRR lab).</li>
 * <li>Mixed: Ferry's PE1 (zebra making the VRFs, staticd, ospfd, ldpd, bgpd with VPNv4) and Ferry's P router
 *     between real FRR's PE2 and CEs. PR's LDP sessions with both PEs reach OPERATIONAL and its zebra programs the
 *     kernel's MPLS table; FRR's PE2 pushes the label PR gave it; PE1 and PE2 exchange VPNv4 routes, PE1's VRF route
 *     pushes the VPN label under the transport label and its per-VRF labels pop into the VRF devices; both VPNs
 *     ping, apart; PR sends the VPN label alone to PE2 (PHP). Only two Ferry routers, so that the VM starts few
 *     JVMs (each costs about half a minute of CPU under emulation).</li>
 * </ul>
 * Skipped, saying why, where the vm backend is not available (qemu, the prepared guest kernel).
 */
class VmSeedL3vpnIT {
    static final Duration CONVERGE = Duration.ofMinutes(6);

    /** The tutorial's lab with only {@code ferry} run by Ferry, every other router by real FRR. */
    static Topology seedWithFerryOnly(String... ferry) {
        return BuiltinLabs.load("l3vpn").orElseThrow().withKind(List.of("all"), RouterKind.FRR)
                .withKind(List.of(ferry), RouterKind.FERRY);
    }

    /** Starts a topology in the vm backend, skipping (assumption) where it is unavailable; prints its timings. */
    static RunningLab start(Topology topology) throws Exception {
        Lab lab = Lab.of(topology).backend("vm").ferryHome(OspfLabs.distribution());
        LabBackend.Availability a = lab.availability();
        assumeTrue(a.available(), a.reason());
        RunningLab running = lab.start();
        running.timings().forEach((step, d) -> System.out.printf("[vm] %-60s %7.2f s%n", step, d.toNanos() / 1e9));
        return running;
    }

    /** Both VPNs carry pings between their CEs' loopbacks (only those networks are in the VPNs). */
    private static void customersPing(RunningLab running, long t0) {
        LabAssertions.assertPing(running, "CE1", "192.168.2.1", "192.168.1.1", CONVERGE);
        LabAssertions.assertPing(running, "CE3", "192.168.4.1", "192.168.3.1", CONVERGE);
        step("pings CE1 -> CE2 (CUSTA) and CE3 -> CE4 (CUSTB)", t0);
    }

    @Test
    void theTutorialOnSevenFerryRouters() throws Exception {
        Topology seed = BuiltinLabs.load("l3vpn").orElseThrow();
        assertTrue(seed.routers().stream().allMatch(r -> r.kind() == RouterKind.FERRY), "the built-in lab is all Ferry");
        long t0 = System.nanoTime();
        try (RunningLab running = start(seed)) {
            for (LabCheck check : seed.checks()) {
                LabAssertions.check(running, check);
                step(check.what(), t0);
            }
            String lfib = running.vtysh("PR", "show mpls table");
            System.out.println("[vm] PR show mpls table:\n" + lfib.indent(6).stripTrailing());
            assertTrue(lfib.contains("LDP") && lfib.contains("implicit-null"), "PR's LFIB pops for its neighbours:\n" + lfib);

            // PR is the penultimate hop for both PEs: two labels come in from PE1, one (the VPN label) goes on to PE2
            Path[] in = {null};
            String arriving = captureLabelledPing(running, "eth0", in);
            Path[] out = {null};
            String leaving = captureLabelledPing(running, "eth1", out);
            System.out.println("[vm] tcpdump on PR eth0 (from PE1):\n" + arriving.indent(6).stripTrailing());
            System.out.println("[vm] tcpdump on PR eth1 (to PE2):\n" + leaving.indent(6).stripTrailing());
            assertTrue(labelsOfFirstEchoRequest(arriving) == 2, "two labels into PR:\n" + arriving);
            assertTrue(labelsOfFirstEchoRequest(leaving) == 1, "one label out of PR (PHP):\n" + leaving);
            if (CaptureCheck.tsharkAvailable()) {
                CaptureCheck.assertClean(in[0]);
                CaptureCheck.assertClean(out[0]);
            }
            step("capture on PR: two labels in, one out", t0);
        }
    }

    @Test
    void ferryPeAndPInsideARealMplsVpnWithFrrFarPeAndCes() throws Exception {
        long t0 = System.nanoTime();
        try (RunningLab running = start(seedWithFerryOnly("PE1", "PR"))) {
            LabAssertions.eventually(running, "PR", "show mpls ldp neighbor json",
                    "{\"neighbors\":[{\"neighborId\":\"1.1.1.1\",\"state\":\"OPERATIONAL\"},"
                            + "{\"neighborId\":\"2.2.2.2\",\"state\":\"OPERATIONAL\"}]}", CONVERGE);
            step("LDP OPERATIONAL on Ferry PR with Ferry PE1 and FRR PE2", t0);

            // PR's labels for the PEs' loopbacks are in its kernel's MPLS table, put there by Ferry's zebra
            String prLfib = awaitOutput(running, "PR", List.of("ip", "-M", "route"),
                    out -> out.contains("via inet 10.1.1.2") && out.contains("via inet 10.1.2.2"),
                    "PR's kernel MPLS table has entries towards PE1 and PE2");
            System.out.println("[vm] PR ip -M route:\n" + prLfib.indent(6).stripTrailing());

            // FRR's PE2 reaches PE1's loopback with the label Ferry's PR gave it (PR is not PE2's penultimate hop
            // for 1.1.1.1 seen from PE2, so a label must be pushed)
            String pe2Route = awaitOutput(running, "PE2", List.of("ip", "route", "show", "1.1.1.1/32"),
                    out -> out.contains("encap mpls"), "FRR PE2 pushes a label towards 1.1.1.1 through Ferry's PR");
            System.out.println("[vm] PE2 ip route show 1.1.1.1/32: " + pe2Route.strip());

            LabAssertions.eventually(running, "PE2", "show ip bgp summary json",
                    "{\"ipv4Vpn\":{\"peers\":{\"1.1.1.1\":{\"state\":\"Established\"}}}}", CONVERGE);
            step("iBGP VPNv4 FRR PE2 - Ferry PE1 Established", t0);
            String vrfRoute = awaitOutput(running, "PE1",
                    List.of("ip", "route", "show", "vrf", "CUSTA", "192.168.2.0/24"),
                    out -> out.matches("(?s).*encap mpls\\s+\\d+/\\d+ .*"),
                    "PE1's VRF route to CE2 pushes the VPN label under the transport label");
            System.out.println("[vm] PE1 ip route show vrf CUSTA 192.168.2.0/24: " + vrfRoute.strip());
            String pe1Lfib = awaitOutput(running, "PE1", List.of("ip", "-M", "route"),
                    out -> out.contains("dev CUSTA") && out.contains("dev CUSTB"),
                    "PE1's per-VRF labels pop into the VRF devices");
            System.out.println("[vm] PE1 ip -M route:\n" + pe1Lfib.indent(6).stripTrailing());
            awaitOutput(running, "PE2", List.of("ip", "route", "show", "vrf", "CUSTA", "192.168.1.0/24"),
                    out -> out.contains("encap mpls"), "FRR's PE2 imported Ferry's CUSTA route with its label");

            customersPing(running, t0);
            LabAssertions.assertNoPing(running, "CE1", "192.168.4.1", "192.168.1.1");
            step("CE1 (CUSTA) does not reach CE4 (CUSTB)", t0);

            Path[] pcap = {null};
            String decoded = captureLabelledPing(running, "eth1", pcap);
            System.out.println("[vm] tcpdump on PR eth1 (to FRR PE2):\n" + decoded.indent(6).stripTrailing());
            assertTrue(labelsOfFirstEchoRequest(decoded) == 1, "one label from Ferry's PR to PE2 (PHP):\n" + decoded);
            if (CaptureCheck.tsharkAvailable()) {
                CaptureCheck.assertClean(pcap[0]); // nothing malformed, no expert warnings (read on the host)
            }
            step("capture on PR eth1: the VPN label alone towards FRR PE2", t0);
        }
    }

    /** Captures on a PR interface while CE1 pings CE2; retried until tcpdump, slow to attach in the guest, sees it. */
    private static String captureLabelledPing(RunningLab lab, String iface, Path[] pcap) {
        Optional<String> seen = Poll.until(Duration.ofSeconds(120), Duration.ofMillis(100), () -> {
            Capture capture = lab.capture("PR", iface, "mpls");
            lab.exec("CE1", List.of("ping", "-n", "-c", "10", "-i", "0.3", "-W", "1", "-I", "192.168.1.1",
                    "192.168.2.1"), Duration.ofSeconds(30));
            pcap[0] = capture.stop();
            String out = lab.exec("PR", List.of("tcpdump", "-r", pcap[0].toString(), "-nn", "-v"),
                    Duration.ofSeconds(30)).output();
            return out.contains("ICMP echo request") ? Optional.of(out) : Optional.empty();
        });
        return seen.orElse("(no labelled ICMP captured on PR " + iface + " within 120 s)");
    }

    /**
     * How many MPLS labels tcpdump -v shows on the first echo request of a capture: the "(label N, ...)" entries of
     * that packet, from its first line (the one with the time stamp, "MPLS (label 17, ...)") down to the ICMP line;
     * the inner labels are on lines of their own.
     */
    static int labelsOfFirstEchoRequest(String decoded) {
        List<String> lines = decoded.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("ICMP echo request")) {
                int labels = 0;
                for (int k = i; k >= 0; k--) {
                    labels += countOf(lines.get(k), "(label ");
                    if (lines.get(k).matches("\\s*\\d\\d:\\d\\d:\\d\\d\\..*")) {
                        return labels;
                    }
                }
                return labels;
            }
        }
        return -1;
    }

    private static int countOf(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    /** Runs {@code argv} in a router until its output satisfies {@code ok} (within CONVERGE); the output. */
    static String awaitOutput(RunningLab lab, String router, List<String> argv,
            java.util.function.Predicate<String> ok, String what) {
        String[] last = {""};
        return Poll.until(CONVERGE, Duration.ofSeconds(1), () -> {
            ExecResult r = lab.exec(router, argv, Duration.ofSeconds(30));
            last[0] = r.output();
            return ok.test(last[0]) ? Optional.of(last[0]) : Optional.empty();
        }).orElseThrow(() -> new AssertionError(router + ": " + what + "; " + String.join(" ", argv) + " says:\n"
                + last[0]));
    }

    static void step(String what, long t0) {
        System.out.printf("[vm] %-60s %7.2f s after start%n", what, (System.nanoTime() - t0) / 1e9);
    }
}
