package dev.ferry.lab.vm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.Capture;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.Endpoint;
import dev.ferry.lab.topology.LinkSpec;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inside the VM: a label-switched path across three namespaces and a VRF, on Debian's stock kernel.
 * <pre>
 *   A eth0 ---- eth0 B eth1 ---- eth0 C        lo 10.255.0.x/32
 *    10.0.1.0/24       eth2 ---- eth1 C (VRF blue, table 10)    10.0.2.0/24, 10.0.3.0/24
 * </pre>
 * <ul>
 * <li>A pushes label 100 toward C's loopback, B swaps 100 to 101, C pops 101 onto lo; C answers with
 *     plain IP through B.</li>
 * <li>C pings B's loopback inside VRF blue (a route in table 10 over eth1); C's main table has none.</li>
 * <li>A reaches 192.168.10.1 in C's VRF with two labels (101 outer after B's swap, VPN label 200 inner):
 *     C pops 101 onto lo and 200 into the VRF, the L3VPN dataplane.</li>
 * </ul>
 * Skipped, saying why, when qemu or the prepared kernel is missing. Prints its timings.
 */
class VmMplsVrfLabTest {
    private static final Duration PING = Duration.ofSeconds(30);

    private static RouterSpec router(String name, Map<String, List<String>> addresses, List<String> mpls,
            Map<String, RouterSpec.VrfSpec> vrfs) {
        // FRR kind: the backend makes the kernel VRFs (Ferry's zebra would make its own); no daemons run
        return new RouterSpec(name, RouterKind.FRR, addresses, List.of(), "", mpls, vrfs);
    }

    static Topology topology() {
        return new Topology("vm-mpls-vrf", List.of(
                router("A", Map.of("lo", List.of("10.255.0.1/32"), "eth0", List.of("10.0.1.1/24")), List.of(), Map.of()),
                router("B", Map.of("lo", List.of("10.255.0.2/32"), "eth0", List.of("10.0.1.2/24"),
                        "eth1", List.of("10.0.2.2/24"), "eth2", List.of("10.0.3.2/24")), List.of("eth0"), Map.of()),
                router("C", Map.of("lo", List.of("10.255.0.3/32"), "eth0", List.of("10.0.2.3/24"),
                        "eth1", List.of("10.0.3.3/24")), List.of("eth0", "lo"),
                        Map.of("blue", new RouterSpec.VrfSpec(10, List.of("eth1"))))),
                List.of(new LinkSpec(new Endpoint("A", "eth0"), new Endpoint("B", "eth0")),
                        new LinkSpec(new Endpoint("B", "eth1"), new Endpoint("C", "eth0")),
                        new LinkSpec(new Endpoint("B", "eth2"), new Endpoint("C", "eth1"))));
    }

    /** The LSPs and VRF routes, one `ip -batch` per namespace and family, in one guest script. */
    static final String ROUTES = """
            ip -n A -batch - <<'EOF'
            route add 10.255.0.3/32 encap mpls 100 via 10.0.1.2 dev eth0
            route add 192.168.10.1/32 encap mpls 100/200 via 10.0.1.2 dev eth0
            EOF
            ip -n B -f mpls -batch - <<'EOF'
            route add 100 as 101 via inet 10.0.2.3 dev eth1
            EOF
            ip -n C -f mpls -batch - <<'EOF'
            route add 101 dev lo
            route add 200 dev blue
            EOF
            ip -n C -batch - <<'EOF'
            route add 10.0.1.0/24 via 10.0.2.2 dev eth0
            addr add 192.168.10.1/32 dev blue
            route add table 10 10.255.0.2/32 via 10.0.3.2 dev eth1
            route add table 10 10.0.1.0/24 via 10.0.3.2 dev eth1
            EOF
            """;

    @Test
    void labelSwitchedPingAndVrfInsideTheVm() throws Exception {
        long t0 = System.nanoTime();
        LabBackend backend = new VmBackend(GuestRouters.NONE); // the network alone: no daemons
        LabBackend.Availability available = backend.availability();
        if (!available.available()) {
            System.out.println("[vm] skipped: " + available.reason());
        }
        assumeTrue(available.available(), available.reason());
        GuestKernel kernel = GuestKernel.find(VmSettings.fromEnvironment().kernelCache()).orElseThrow();
        Timings timings = new Timings();
        timings.add("kernel " + kernel.version() + " prepared (prepare-kernel.sh, recorded)", kernel.preparedIn());
        timings.since("availability check", t0);

        long t1 = System.nanoTime();
        try (RunningLab lab = backend.start(topology(), LabOptions.defaults())) {
            timings.since("lab up (boot + network)", t1);
            lab.timings().forEach((step, d) -> timings.add("  " + step, d.toNanos() / 1e9));
            VmLab vm = (VmLab) lab;

            long t2 = System.nanoTime();
            ExecResult routes = vm.guestShell(ROUTES, Duration.ofSeconds(60));
            assertTrue(routes.ok(), routes.output());
            timings.since("LSPs and VRF routes", t2);

            long t4 = System.nanoTime();
            ExecResult lsp = ping(lab, "A", "10.255.0.3", null);
            assertTrue(lsp.ok(), "label-switched ping A -> C lo: " + lsp.output());
            timings.since("ping A -> C 10.255.0.3 over the LSP (push 100, swap 101, pop)", t4);

            long t5 = System.nanoTime();
            ExecResult inVrf = ping(lab, "C", "10.255.0.2", "blue");
            assertTrue(inVrf.ok(), "ping inside VRF blue on C: " + inVrf.output());
            timings.since("ping C (VRF blue) -> B 10.255.0.2", t5);

            long t6 = System.nanoTime();
            ExecResult main = lab.exec("C", List.of("ip", "route", "get", "10.255.0.2"), PING);
            assertFalse(main.ok(), "C's main table must not reach B's loopback: " + main.output());
            timings.since("C's main table has no route to 10.255.0.2 (VRF kept apart)", t6);

            long t7 = System.nanoTime();
            ExecResult vpn = ping(lab, "A", "192.168.10.1", null);
            assertTrue(vpn.ok(), "two-label ping A -> C VRF blue: " + vpn.output());
            timings.since("ping A -> 192.168.10.1 in C's VRF (labels 100/200, VPN pop into VRF)", t7);

            if (hostHasTcpdump()) {
                // tcpdump takes a moment to attach in the guest: capture a label-switched ping until it shows
                long t8 = System.nanoTime();
                long deadline = t8 + Duration.ofSeconds(60).toNanos();
                String decoded;
                do {
                    Capture capture = lab.capture("B", "eth0", "mpls");
                    // 3 s of pings: tcpdump attaches within the first of them
                    lab.exec("A", List.of("ping", "-n", "-c", "15", "-i", "0.2", "-W", "1", "10.255.0.3"), PING);
                    decoded = decodeInGuest(lab, capture.stop());
                } while (!decoded.contains("MPLS (label 100") && System.nanoTime() < deadline);
                System.out.println("[vm] tcpdump on B eth0:\n" + decoded.indent(6).stripTrailing());
                assertTrue(decoded.contains("MPLS (label 100"), "B eth0 must carry label 100:\n" + decoded);
                timings.since("label 100 seen on B eth0", t8);
            }
            long t9 = System.nanoTime();
            lab.close();
            timings.since("lab closed (qemu stopped, files removed)", t9);
        } finally {
            timings.since("total", t0);
            timings.print();
        }
    }

    private static ExecResult ping(RunningLab lab, String from, String to, String iface) {
        List<String> argv = iface == null ? List.of("ping", "-n", "-c", "1", "-W", "5", to)
                : List.of("ping", "-n", "-c", "1", "-W", "5", "-I", iface, to);
        return lab.exec(from, argv, PING);
    }

    private static boolean hostHasTcpdump() {
        return Files.isExecutable(Path.of("/usr/bin/tcpdump")) || Files.isExecutable(Path.of("/usr/sbin/tcpdump"));
    }

    /** tcpdump -r inside the guest, which wrote the file (the host's view of the share may lag). */
    private static String decodeInGuest(RunningLab lab, Path pcap) {
        return lab.exec("B", List.of("tcpdump", "-r", pcap.toString(), "-nn", "-e", "-v"), PING).output();
    }

    /** Named steps and their seconds, printed as a table at the end. */
    private static final class Timings {
        private final StringBuilder table = new StringBuilder();

        void since(String step, long startNanos) {
            add(step, (System.nanoTime() - startNanos) / 1e9);
        }

        void add(String step, double seconds) {
            table.append(String.format("[vm] %-80s %7.2f s%n", step, seconds));
        }

        void print() {
            System.out.print(table);
        }
    }
}
