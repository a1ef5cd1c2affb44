package dev.ferry.lab.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.Capture;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.CaptureCheck;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.junit.FerryLab;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 3's namespace test: the built-in ospf-pair lab (two real-FRR routers, OSPF point-to-point) in
 * network namespaces reaches OSPF Full; the lab is sealed (no default route, no interface but its own);
 * ping, traceroute and a capture that tshark finds clean. Prints its own timings. Needs root and FRR.
 */
@FerryLab(topology = "ospf-pair", backend = "netns")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OspfPairNetnsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    @Order(1)
    void reachesOspfFull(RunningLab lab) {
        LabAssertions.Match r1 = LabAssertions.eventually(lab, "R1", "show ip ospf neighbor json",
                "{\"neighbors\": {\"10.0.0.2\": [{\"converged\": \"Full\", \"ifaceName\": \"eth0:10.0.12.1\"}]}}", DEADLINE);
        LabAssertions.Match r2 = LabAssertions.eventually(lab, "R2", "show ip ospf neighbor json",
                "{\"neighbors\": {\"10.0.0.1\": [{\"converged\": \"Full\"}]}}", DEADLINE);
        LabAssertions.Match route = LabAssertions.eventually(lab, "R1", "show ip route 10.0.0.2/32 json",
                "{\"10.0.0.2/32\": [{\"protocol\": \"ospf\", \"selected\": true, \"installed\": true}]}", DEADLINE);
        System.out.printf("[%s] netns ospf-pair: lab up in %d ms; OSPF Full on R1 %.2f s after the lab was up (%d polls), "
                + "on R2 %.2f s later; R2's loopback in R1's RIB %.2f s later%n", lab.id(),
                lab.timings().get("total").toMillis(), r1.after().toMillis() / 1000.0, r1.polls(),
                r2.after().toMillis() / 1000.0, route.after().toMillis() / 1000.0);
    }

    @Test
    @Order(2)
    void noRouteLeadsOutOfTheLab(RunningLab lab) {
        for (String router : lab.topology().routerNames()) {
            for (String family : List.of("-4", "-6")) {
                ExecResult r = lab.exec(router, List.of("ip", family, "route", "show", "default"), Duration.ofSeconds(10));
                assertTrue(r.ok(), r.output());
                assertEquals("", r.stdout().strip(), router + " has a default route");
            }
            ExecResult links = lab.exec(router, List.of("ip", "-o", "link", "show"), Duration.ofSeconds(10));
            Set<String> names = new TreeSet<>();
            for (String line : links.stdout().lines().toList()) {
                names.add(line.split(":\\s+")[1].split("@")[0]);
            }
            assertEquals(new TreeSet<>(List.of("lo", "eth0")), names, router + " has only the lab's interfaces");
        }
    }

    @Test
    @Order(3)
    void pingAndTracerouteBetweenLoopbacks(RunningLab lab) {
        assumeTrue(HostCommand.onPath("ping") && HostCommand.onPath("traceroute"), "needs iputils-ping and traceroute");
        LabAssertions.eventually(lab, "R1", "show ip route 10.0.0.2/32 json", "{\"10.0.0.2/32\": [{\"installed\": true}]}", DEADLINE);
        assertEquals(3, LabAssertions.assertPing(lab, "R1", "R2", Duration.ofSeconds(10)).received());
        assertEquals(List.of("10.0.0.2"), LabAssertions.assertTraceroute(lab, "R1", "R2", List.of("10.0.0.2"),
                Duration.ofSeconds(20)).hops());
        LabAssertions.assertPing(lab, "R2", "10.0.0.1", Duration.ofSeconds(10));
        // nothing outside the lab answers: the host's own address is unreachable from inside
        assertEquals(0, LabAssertions.ping(lab, "R1", "192.0.2.2").received());
    }

    @Test
    @Order(4)
    void ospfOnTheWireIsClean(RunningLab lab) throws Exception {
        assumeTrue(HostCommand.onPath("tcpdump"), "needs tcpdump");
        Capture capture = lab.capture("R1", "eth0", "ip proto 89");
        Path pcap;
        try {
            // 1 s hellos: wait until a few are in the file (24-byte pcap header, then ~100 bytes per hello)
            Path file = ((NetnsCapture) capture).file();
            assertTrue(Poll.until(Duration.ofSeconds(20), Duration.ofMillis(100), () -> size(file) > 24 + 4 * 90),
                    "no OSPF packets captured within 20 s");
        } finally {
            pcap = capture.stop();
        }
        CaptureCheck.Result r = CaptureCheck.assertClean(pcap);
        System.out.printf("[%s] capture R1 eth0: %d OSPF frames, none malformed or flagged by tshark%n", lab.id(), r.frames());
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
