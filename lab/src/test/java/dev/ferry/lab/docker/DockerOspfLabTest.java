package dev.ferry.lab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.Capture;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabOptions;
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
 * Issue 3's container test: two routers of real FRR in containers reach OSPF Full, and the test prints its
 * own timings (image, containers up, OSPF Full). Then it checks the lab is isolated (no default route) and
 * leaves nothing behind.
 */
class DockerOspfLabTest {

    private static final Duration FULL_DEADLINE = Duration.ofSeconds(60);

    @Test
    void twoFrrRoutersReachOspfFull() throws Exception {
        long a0 = System.nanoTime();
        DockerBackend backend = new DockerBackend();
        LabBackend.Availability a = backend.availability();
        System.out.printf("docker backend availability checked in %s%n",
                StartTimings.seconds(Duration.ofNanos(System.nanoTime() - a0)));
        assumeTrue(a.available(), "docker backend unavailable: " + a.reason());
        assumeTrue(Files.isExecutable(Path.of("/usr/lib/frr/ospfd")), "FRR is not installed (apt-get install frr)");

        Topology topology = new Topology("ospf-pair", List.of(frr("r1", 1), frr("r2", 2)),
                List.of(new LinkSpec(new Endpoint("r1", "to-r2"), new Endpoint("r2", "to-r1"))));
        long t0 = System.nanoTime();
        ContainerLab lab = (ContainerLab) backend.start(topology, new LabOptions(null, null, false));
        String id = lab.id();
        try {
            long up = System.nanoTime();
            for (String r : List.of("r1", "r2")) {
                assertEquals("", lab.exec(r, List.of("ip", "route", "show", "default"), Duration.ofSeconds(10))
                        .stdout(), r + " must have no default route");
                assertEquals("", lab.exec(r, List.of("ip", "-6", "route", "show", "default"), Duration.ofSeconds(10))
                        .stdout(), r + " must have no IPv6 default route");
            }
            Capture capture = lab.capture("r1", "to-r2", "ip proto 89");
            pollUntil("r1 and r2 see each other Full", FULL_DEADLINE, () ->
                    lab.vtysh("r1", "show ip ospf neighbor json").contains("Full")
                    && lab.vtysh("r2", "show ip ospf neighbor json").contains("Full"));
            long full = System.nanoTime();
            pollUntil("r1 has an OSPF route to r2's loopback", FULL_DEADLINE, () ->
                    lab.exec("r1", List.of("ip", "route", "show", "10.255.0.2"), Duration.ofSeconds(10)).stdout()
                            .contains("proto ospf"));
            long route = System.nanoTime();
            // r2's route back to r1's loopback may land a moment after r1's: ping until it answers
            pollUntil("r1's loopback pings r2's", FULL_DEADLINE, () -> lab.exec("r1",
                    List.of("ping", "-c", "1", "-W", "2", "-I", "10.255.0.1", "10.255.0.2"), Duration.ofSeconds(10))
                    .ok());
            Path pcap = capture.stop();
            assertTrue(Files.size(pcap) > 24, pcap + " holds no OSPF packet");

            System.out.printf("docker lab %s: %s%n", id, lab.startTimings());
            System.out.printf("docker lab %s: image %s, containers up (start returned) %s, OSPF Full %s after start "
                    + "returned (%s in all), loopback route %s after Full%n", id,
                    StartTimings.seconds(lab.timings().get("image")) + (lab.startTimings().contains("(built)")
                            ? " (built)" : " (reused)"),
                    StartTimings.seconds(Duration.ofNanos(up - t0)), StartTimings.seconds(Duration.ofNanos(full - up)),
                    StartTimings.seconds(Duration.ofNanos(full - t0)),
                    StartTimings.seconds(Duration.ofNanos(route - full)));
        } finally {
            long c0 = System.nanoTime();
            lab.close();
            System.out.printf("docker lab %s: removed in %s%n", id,
                    StartTimings.seconds(Duration.ofNanos(System.nanoTime() - c0)));
        }
        assertEquals("", docker("ps", "-a", "-q", "--filter", "name=" + id), "containers left");
        assertEquals("", docker("network", "ls", "-q", "--filter", "name=" + id), "networks left");
        String rules = HostCommand.run(List.of("iptables", "-w", "-S", TransitRule.CHAIN), Duration.ofSeconds(10))
                .stdout();
        assertFalse(rules.contains(id.substring(LabNames.PREFIX.length())), "firewall rule left: " + rules);
    }

    private static RouterSpec frr(String name, int n) {
        String peer = "to-r" + (3 - n);
        String conf = """
                frr defaults traditional
                hostname %1$s
                !
                interface %2$s
                 ip ospf network point-to-point
                 ip ospf hello-interval 1
                 ip ospf dead-interval 4
                 ip ospf retransmit-interval 1
                exit
                !
                router ospf
                 ospf router-id 10.255.0.%3$d
                 timers throttle spf 0 50 500
                 network 10.0.12.0/30 area 0
                 network 10.255.0.%3$d/32 area 0
                exit
                !
                """.formatted(name, peer, n);
        return new RouterSpec(name, RouterKind.FRR,
                Map.of("lo", List.of("10.255.0." + n + "/32"),
                        peer, List.of("10.0.12." + n + "/30", "2001:db8:12::" + n + "/64")),
                List.of("ospfd"), conf, List.of(), Map.of());
    }

    static String docker(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of("docker"));
        argv.addAll(List.of(args));
        return HostCommand.run(argv, Duration.ofSeconds(30)).stdout().strip();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls every 200 ms until the condition holds; fails naming it when the deadline passes. */
    static void pollUntil(String what, Duration deadline, Condition condition) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
