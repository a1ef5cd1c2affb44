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
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The seed tutorial's MPLS L3VPN in the full-kernel VM (real MPLS and VRFs), with Ferry in the core or at the
 * edge next to real FRR routers:
 * <pre>
 *   CE1 - PE1 eth0 --- eth0 PR eth1 --- eth0 PE2 - CE2      VRF CUSTA (and CE3/CE4 in CUSTB)
 * </pre>
 * <ul>
 * <li>Ferry as the P router PR (ospfd, ldpd): its LDP sessions reach OPERATIONAL, its zebra programs the
 *     kernel's MPLS table, and a capture on PR eth0 shows the customers' pings inside two labels (transport
 *     and VPN), clean in tshark.</li>
 * <li>Ferry as PE1 (zebra creating the VRFs, staticd, ospfd, ldpd, bgpd with VPNv4): VPN routes cross to FRR's
 *     PE2 and back, PE1's VRF route pushes the VPN label under the LDP transport label (zebra's recursive
 *     resolution), PE1's per-VRF label pops into the VRF device, and the VPNs stay apart.</li>
 * </ul>
 * In both, CE1 pings CE2 and CE3 pings CE4 from their loopbacks. Skipped, saying why, where the vm backend
 * is not available (qemu, the prepared guest kernel).
 */
class VmSeedL3vpnIT {
    static final Duration CONVERGE = Duration.ofMinutes(6);

    /** The seed lab with {@code router} run by Ferry, its frr.conf passed through {@code config}. */
    static Topology seedWithFerry(String router, UnaryOperator<String> config) {
        Topology seed = BuiltinLabs.load("l3vpn").orElseThrow();
        List<RouterSpec> routers = seed.routers().stream().map(r -> !r.name().equals(router) ? r
                : new RouterSpec(r.name(), RouterKind.FERRY, r.addresses(), r.daemons(), config.apply(r.frrConf()),
                        r.mplsInterfaces(), r.vrfs())).toList();
        return new Topology("l3vpn-ferry-" + router.toLowerCase(java.util.Locale.ROOT), routers, seed.links());
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
    void customersReachEachOtherAcrossAFerryPe() throws Exception {
        // FRR puts eth1/eth2 in the VRFs through the lab; Ferry's zebra does it from the config
        Topology t = seedWithFerry("PE1", conf -> conf.replace("router bgp 65000\n",
                "interface eth1 vrf CUSTA\nexit\n!\ninterface eth2 vrf CUSTB\nexit\n!\nrouter bgp 65000\n"));
        long t0 = System.nanoTime();
        try (RunningLab running = start(t)) {
            LabAssertions.eventually(running, "PE2", "show ip bgp summary json",
                    "{\"ipv4Vpn\":{\"peers\":{\"1.1.1.1\":{\"state\":\"Established\"}}}}", CONVERGE);
            step("iBGP VPNv4 FRR PE2 - Ferry PE1 Established", t0);
            String vrfRoute = awaitOutput(running, "PE1",
                    List.of("ip", "route", "show", "vrf", "CUSTA", "192.168.2.0/24"),
                    out -> out.matches("(?s).*encap mpls\\s+\\d+/\\d+ .*"),
                    "PE1's VRF route to CE2 pushes the VPN label under the transport label");
            System.out.println("[vm] PE1 ip route show vrf CUSTA 192.168.2.0/24: " + vrfRoute.strip());
            String lfib = awaitOutput(running, "PE1", List.of("ip", "-M", "route"),
                    out -> out.contains("dev CUSTA") && out.contains("dev CUSTB"),
                    "PE1's per-VRF labels pop into the VRF devices");
            System.out.println("[vm] PE1 ip -M route:\n" + lfib.indent(6).stripTrailing());
            awaitOutput(running, "PE2", List.of("ip", "route", "show", "vrf", "CUSTA", "192.168.1.0/24"),
                    out -> out.contains("encap mpls"), "FRR's PE2 imported Ferry's CUSTA route with its label");

            customersPing(running, t0);
            ExecResult across = running.exec("CE1", List.of("ping", "-n", "-c", "2", "-W", "2", "-I", "192.168.1.1",
                    "192.168.4.1"), Duration.ofSeconds(30));
            assertTrue(!across.ok(), "CUSTA must not reach CUSTB's 192.168.4.1:\n" + across.output());
            step("CE1 (CUSTA) does not reach CE4 (CUSTB)", t0);
        }
    }

    @Test
    void customersReachEachOtherAcrossAFerryPRouter() throws Exception {
        long t0 = System.nanoTime();
        try (RunningLab running = start(seedWithFerry("PR", UnaryOperator.identity()))) {
            LabAssertions.eventually(running, "PR", "show mpls ldp neighbor json",
                    "{\"neighbors\":[{\"neighborId\":\"1.1.1.1\",\"state\":\"OPERATIONAL\"},"
                            + "{\"neighborId\":\"2.2.2.2\",\"state\":\"OPERATIONAL\"}]}", CONVERGE);
            step("LDP OPERATIONAL on PR with PE1 and PE2", t0);

            // PR's labels for the PEs' loopbacks are in its kernel's MPLS table, put there by Ferry's zebra
            String lfib = awaitOutput(running, "PR", List.of("ip", "-M", "route"),
                    out -> out.contains("via inet 10.1.1.2") && out.contains("via inet 10.1.2.2"),
                    "PR's kernel MPLS table has entries towards PE1 and PE2");
            System.out.println("[vm] PR ip -M route:\n" + lfib.indent(6).stripTrailing());

            // PE1 (FRR) reaches PE2's loopback with a label PR gave it, or PR's implicit null would show none:
            // PR is not the penultimate hop for 2.2.2.2 from PE1's side, so a label must be pushed
            String pe1Route = awaitOutput(running, "PE1", List.of("ip", "route", "show", "2.2.2.2/32"),
                    out -> out.contains("encap mpls"), "PE1 pushes a label towards 2.2.2.2 through PR");
            System.out.println("[vm] PE1 ip route show 2.2.2.2/32: " + pe1Route.strip());

            LabAssertions.eventually(running, "PE1", "show ip bgp summary json",
                    "{\"ipv4Vpn\":{\"peers\":{\"2.2.2.2\":{\"state\":\"Established\"}}}}", CONVERGE);
            step("iBGP VPNv4 PE1-PE2 Established over the Ferry core", t0);

            customersPing(running, t0);

            Path[] pcap = {null};
            String decoded = captureLabelledPing(running, pcap);
            System.out.println("[vm] tcpdump on PR eth0:\n" + decoded.indent(6).stripTrailing());
            assertTrue(decoded.contains("MPLS (label") && decoded.contains("ICMP echo request"),
                    "PR eth0 must carry the CE1 -> CE2 ping as labelled packets:\n" + decoded);
            if (CaptureCheck.tsharkAvailable()) {
                CaptureCheck.assertClean(pcap[0]); // nothing malformed, no expert warnings (read on the host)
            }
            step("capture on PR eth0: ICMP inside MPLS labels", t0);
        }
    }

    /** Captures on PR eth0 while CE1 pings CE2; retried until tcpdump, slow to attach in the guest, sees it. */
    private static String captureLabelledPing(RunningLab lab, Path[] pcap) {
        Optional<String> seen = Poll.until(Duration.ofSeconds(120), Duration.ofMillis(100), () -> {
            Capture capture = lab.capture("PR", "eth0", "mpls");
            lab.exec("CE1", List.of("ping", "-n", "-c", "10", "-i", "0.3", "-W", "1", "-I", "192.168.1.1",
                    "192.168.2.1"), Duration.ofSeconds(30));
            pcap[0] = capture.stop();
            String out = lab.exec("PR", List.of("tcpdump", "-r", pcap[0].toString(), "-nn", "-v"),
                    Duration.ofSeconds(30)).output();
            return out.contains("ICMP echo request") ? Optional.of(out) : Optional.empty();
        });
        return seen.orElse("(no labelled ICMP captured on PR eth0 within 120 s)");
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
