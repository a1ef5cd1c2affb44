package dev.ferry.it.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.LabBackend;
import dev.ferry.lab.LabOptions;
import dev.ferry.lab.docker.ContainerLab;
import dev.ferry.lab.docker.DockerBackend;
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
 * A Ferry router in a container, next to a real FRR one: Ferry's frrinit.sh starts its daemons from the
 * bind-mounted distribution, and its vtysh answers. Lives in integration-tests, which runs after the
 * distribution (etc/target/ferry) is assembled; skipped, saying why, without a Docker engine or FRR.
 */
class DockerFerryLabIT {

    @Test
    void ferryRouterStartsAndAnswersInAContainer() throws Exception {
        DockerBackend backend = new DockerBackend();
        LabBackend.Availability a = backend.availability();
        assumeTrue(a.available(), "docker backend unavailable: " + a.reason());
        Path ferryHome = OspfLabs.distribution();
        assumeTrue(Files.isExecutable(ferryHome.resolve("bin/frrinit.sh")),
                "no Ferry distribution at " + ferryHome + " (./mvnw package builds etc/target/ferry)");
        assumeTrue(Files.isExecutable(Path.of("/usr/lib/frr/zebra")), "FRR is not installed (apt-get install frr)");

        RouterSpec ferry = new RouterSpec("f1", RouterKind.FERRY, Map.of("lo", List.of("10.255.0.1/32"),
                "to-r2", List.of("10.0.12.1/30")), List.of("ospfd"),
                "hostname f1\nrouter ospf\n ospf router-id 10.255.0.1\n network 10.0.12.0/30 area 0\nexit\n",
                List.of(), Map.of());
        RouterSpec frr = new RouterSpec("r2", RouterKind.FRR, Map.of("to-f1", List.of("10.0.12.2/30")), List.of(), "",
                List.of(), Map.of());
        Topology t = new Topology("ferry-frr", List.of(ferry, frr),
                List.of(new LinkSpec(new Endpoint("f1", "to-r2"), new Endpoint("r2", "to-f1"))));
        try (ContainerLab lab = (ContainerLab) backend.start(t, new LabOptions(ferryHome, null, false))) {
            System.out.printf("docker lab %s (Ferry + FRR): %s%n", lab.id(), lab.startTimings());
            String version = lab.vtysh("f1", "show version");
            assertTrue(version.contains("Ferry"), version);
            String config = lab.vtysh("f1", "show running-config");
            assertTrue(config.contains("ospf router-id 10.255.0.1"), config);
            String ping = lab.exec("r2", List.of("ping", "-c", "1", "-W", "2", "10.0.12.1"), Duration.ofSeconds(10))
                    .stdout();
            assertTrue(ping.contains("1 packets received"), "FRR router reaches the Ferry router: " + ping);
        }
    }
}
