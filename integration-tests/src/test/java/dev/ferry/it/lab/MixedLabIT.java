package dev.ferry.it.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.Lab;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Pids;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.Topology;
import dev.ferry.lab.topology.TopologyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mixed lab in namespaces: one real-FRR router and one Ferry router from the built distribution, on one
 * link. Ferry's router starts through frrinit.sh, loads its frr.conf and answers vtysh; the kernel side
 * (addresses, link) works between the two. Ferry does not speak OSPF yet, so no adjacency is expected.
 * Needs root, FRR and a built distribution (etc/target/ferry).
 */
class MixedLabIT {
    private static final String YAML = """
            name: mixed
            topology:
              nodes:
                F1:
                  kind: frr
                  daemons: [ospfd]
                  interfaces: {lo: 10.0.0.1/32, eth0: 10.0.12.1/24}
                  config: |
                    frr defaults traditional
                    hostname F1
                    !
                    router ospf
                     ospf router-id 10.0.0.1
                     network 10.0.12.0/24 area 0
                    exit
                    !
                Y2:
                  kind: ferry
                  daemons: [ospfd, bgpd]
                  interfaces: {lo: 10.0.0.2/32, eth0: 10.0.12.2/24}
                  config: |
                    frr defaults traditional
                    hostname Y2
                    !
                    interface eth0
                     ip ospf network point-to-point
                    exit
                    !
                    router bgp 65002
                     bgp router-id 10.0.0.2
                     neighbor 10.0.12.1 remote-as 65001
                    exit
                    !
                    router ospf
                     ospf router-id 10.0.0.2
                     network 10.0.12.0/24 area 0
                    exit
                    !
              links:
                - endpoints: ["F1:eth0", "Y2:eth0"]
            """;

    private static Path distribution() {
        return Path.of(System.getProperty("ferry.home", "../etc/target/ferry")).toAbsolutePath().normalize();
    }

    @Test
    void ferryRouterLoadsItsConfigNextToAnFrrRouter() throws Exception {
        Topology t = TopologyFile.parse(YAML, "mixed.yaml", null);
        assertEquals(RouterKind.FERRY, t.requireRouter("Y2").kind());
        Lab lab = Lab.of(t).backend("netns").ferryHome(distribution());
        LabBackend.Availability a = lab.availability();
        assumeTrue(a.available(), a.reason());

        List<Long> pids = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        long t0 = System.nanoTime();
        try (RunningLab running = lab.start()) {
            long up = System.nanoTime();
            try (var s = Files.list(Path.of("/run/netns"))) { // the netns backend names them <id>-<router>
                s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(running.id() + "-")).forEach(namespaces::add);
            }
            assertEquals(2, namespaces.size(), "namespaces " + namespaces);
            for (String ns : namespaces) {
                ExecResult ps = HostCommand.run(List.of("ip", "netns", "pids", ns), Duration.ofSeconds(10));
                ps.stdout().lines().filter(l -> l.matches("\\d+")).map(Long::valueOf).forEach(pids::add);
            }
            String conf = running.vtysh("Y2", "show running-config");
            assertTrue(conf.contains("hostname Y2") && conf.contains("router bgp 65002")
                    && conf.contains(" neighbor 10.0.12.1 remote-as 65001") && conf.contains(" ip ospf network point-to-point"),
                    "Ferry's running-config:\n" + conf);
            assertTrue(running.vtysh("Y2", "show version").contains("Ferry"));
            assertTrue(running.vtysh("F1", "show version").contains("FRRouting"));
            assertTrue(running.exec("Y2", List.of("ip", "-br", "addr", "show", "eth0"), Duration.ofSeconds(10)).stdout()
                    .contains("10.0.12.2/24"));
            long checked = System.nanoTime();
            if (HostCommand.onPath("ping")) {
                LabAssertions.assertPing(running, "F1", "10.0.12.2", Duration.ofSeconds(10));
            }
            System.out.printf("[%s] mixed lab (FRR F1 + Ferry Y2): up in %d ms (%s), Ferry's config and vtysh checked in %d ms%n",
                    running.id(), (up - t0) / 1_000_000, timings(running.timings()), (checked - up) / 1_000_000);
        }
        for (String ns : namespaces) {
            assertFalse(Files.exists(Path.of("/run/netns", ns)), ns + " left behind");
        }
        assertFalse(pids.isEmpty());
        for (long pid : pids) {
            assertFalse(Pids.running(pid), "process " + pid + " left running");
        }
    }

    private static String timings(Map<String, Duration> t) {
        StringBuilder sb = new StringBuilder();
        t.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(v.toMillis()).append(" ms"));
        return sb.toString();
    }
}
