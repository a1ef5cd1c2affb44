package dev.ferry.it.lab;

import static dev.ferry.it.lab.OspfLabs.CONVERGE;
import static dev.ferry.it.lab.OspfLabs.configure;
import static dev.ferry.it.lab.OspfLabs.awaitRoute;
import static dev.ferry.it.lab.OspfLabs.route;
import static dev.ferry.it.lab.OspfLabs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.Capture;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.CaptureCheck;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Ferry's ospfd as an ABR and ASBR between two real FRR routers: a stub area 1 with keyed-MD5 authentication
 * and an area range, a point-to-point backbone, static routes redistributed as AS-external LSAs; and the DD
 * MTU check against FRR. Captures of a fresh adjacency validate in tshark. Needs root, FRR and a built
 * distribution (etc/target/ferry).
 */
class OspfFeaturesIT {
    private static final String TIMERS = " ip ospf hello-interval 1\n ip ospf dead-interval 4\n";
    private static final String MD5 = " ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 s3cret\n";

    private static final String ABR_LAB = """
            name: ospf-abr
            topology:
              nodes:
                F1:
                  kind: frr
                  daemons: [ospfd]
                  interfaces: {lo: 10.1.0.1/32, eth0: 10.1.12.1/24}
                  config: |
                    frr defaults traditional
                    hostname F1
                    interface eth0
            %1$s%2$s        exit
                    router ospf
                     ospf router-id 10.1.0.1
                     network 10.1.0.1/32 area 1
                     network 10.1.12.0/24 area 1
                     area 1 stub
                    exit
                Y2:
                  kind: ferry
                  daemons: [ospfd, staticd]
                  interfaces: {lo: 10.0.0.2/32, eth0: 10.1.12.2/24, eth1: 10.0.23.2/24}
                  config: |
                    frr defaults traditional
                    hostname Y2
                    ip route 10.99.0.0/24 blackhole
                    interface eth0
            %1$s%2$s        exit
                    interface eth1
            %1$s         ip ospf network point-to-point
                    exit
                    router ospf
                     ospf router-id 10.0.0.2
                     redistribute static
                     network 10.0.0.2/32 area 0
                     network 10.1.12.0/24 area 1
                     network 10.0.23.0/24 area 0
                     area 1 stub
                     area 1 range 10.1.0.0/16
                    exit
                F3:
                  kind: frr
                  daemons: [ospfd]
                  interfaces: {lo: 10.0.0.3/32, eth0: 10.0.23.3/24}
                  config: |
                    frr defaults traditional
                    hostname F3
                    interface eth0
            %1$s         ip ospf network point-to-point
                    exit
                    router ospf
                     ospf router-id 10.0.0.3
                     network 10.0.0.3/32 area 0
                     network 10.0.23.0/24 area 0
                    exit
              links:
                - endpoints: ["F1:eth0", "Y2:eth0"]
                - endpoints: ["Y2:eth1", "F3:eth0"]
            """.formatted(indent(TIMERS), indent(MD5));

    private static final String MTU_LAB = """
            name: ospf-mtu
            topology:
              nodes:
                F1:
                  kind: frr
                  daemons: [ospfd]
                  interfaces: {lo: 10.0.0.1/32, eth0: 10.0.12.1/24}
                  config: |
                    frr defaults traditional
                    hostname F1
                    interface eth0
            %1$s         ip ospf network point-to-point
                    exit
                    router ospf
                     ospf router-id 10.0.0.1
                     network 10.0.0.1/32 area 0
                     network 10.0.12.0/24 area 0
                    exit
                Y2:
                  kind: ferry
                  daemons: [ospfd]
                  interfaces: {lo: 10.0.0.2/32, eth0: 10.0.12.2/24}
                  config: |
                    frr defaults traditional
                    hostname Y2
                    interface eth0
            %1$s         ip ospf network point-to-point
                    exit
                    router ospf
                     ospf router-id 10.0.0.2
                     network 10.0.0.2/32 area 0
                     network 10.0.12.0/24 area 0
                    exit
              links:
                - endpoints: ["F1:eth0", "Y2:eth0"]
            """.formatted(indent(TIMERS));

    private static String indent(String lines) {
        return lines.replaceAll("(?m)^ ", "         ");
    }

    @Test
    void ferryAbrWithStubAreaRangeMd5AndRedistribution() throws Exception {
        try (RunningLab lab = start(ABR_LAB)) {
            LabAssertions.eventually(lab, "F1", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.2\":[{\"converged\":\"Full\"}]}}", CONVERGE);
            LabAssertions.eventually(lab, "F3", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.2\":[{\"converged\":\"Full\"}]}}", CONVERGE);
            // area 0 sees area 1 only through Ferry's range, and Ferry's static route as an E2 external
            awaitRoute(lab, "F3", "10.1.0.0/16", r -> r.contains("via 10.0.23.2"), "Ferry's area range");
            awaitRoute(lab, "F3", "10.99.0.0/24", r -> r.contains("via 10.0.23.2"), "Ferry's redistributed static");
            LabAssertions.eventually(lab, "F3", "show ip route 10.99.0.0/24 json",
                    "{\"10.99.0.0/24\":[{\"protocol\":\"ospf\",\"metric\":20}]}", CONVERGE);
            assertEquals("", route(lab, "F3", "10.1.0.1/32").strip(), "the range must hide area 1's /32");
            // the stub area gets Ferry's default summary, inter-area routes, and no externals
            awaitRoute(lab, "F1", "default", r -> r.contains("via 10.1.12.2"), "the stub area's default summary");
            awaitRoute(lab, "F1", "10.0.0.3/32", r -> r.contains("via 10.1.12.2"), "F3's loopback, inter-area");
            assertEquals("", route(lab, "F1", "10.99.0.0/24").strip(), "no externals in a stub area");
            awaitRoute(lab, "Y2", "10.0.0.3/32", r -> r.contains("via 10.0.23.3"), "F3's loopback on Ferry");
            awaitRoute(lab, "Y2", "10.1.0.1/32", r -> r.contains("via 10.1.12.1"), "F1's loopback on Ferry");
            if (HostCommand.onPath("ping")) {
                LabAssertions.assertPing(lab, "F1", "10.0.0.3", Duration.ofSeconds(10));
            }
            if (HostCommand.onPath("tcpdump") && CaptureCheck.tsharkAvailable()) {
                captureFreshAdjacency(lab);
            }
        }
    }

    /** A fresh adjacency captured on Ferry's side: every packet type, and the capture decodes cleanly in tshark. */
    private static void captureFreshAdjacency(RunningLab lab) {
        Set<String> types = new TreeSet<>();
        StringBuilder tshark = new StringBuilder();
        Path pcap = null;
        for (int attempt = 0; attempt < 3 && types.size() < 5; attempt++) {
            try (Capture capture = lab.capture("Y2", "eth1", "ip proto 89")) {
                // F3 leaves OSPF on the link until Ferry declares it dead (4 s of Hellos: tcpdump is attached
                // by then), then comes back: the capture holds the whole new exchange
                configure(lab, "F3", "router ospf", "no network 10.0.23.0/24 area 0");
                assertTrue(Poll.until(CONVERGE, Duration.ofMillis(250), () -> !lab.vtysh("Y2",
                        "show ip ospf neighbor json").contains("10.0.0.3")), "Ferry kept F3 as a neighbor");
                configure(lab, "F3", "router ospf", "network 10.0.23.0/24 area 0");
                LabAssertions.eventually(lab, "F3", "show ip ospf neighbor json",
                        "{\"neighbors\":{\"10.0.0.2\":[{\"converged\":\"Full\"}]}}", CONVERGE);
                pcap = capture.stop();
            }
            var decoded = HostCommand.run(List.of("tshark", "-n", "-r", pcap.toString(), "-T", "fields", "-e",
                    "ospf.msg"), Duration.ofMinutes(1));
            tshark.append(pcap).append(": ").append(decoded).append('\n');
            decoded.stdout().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(types::add);
        }
        assertEquals(Set.of("1", "2", "3", "4", "5"), types, "OSPF packet types in the capture; tshark:\n" + tshark);
        CaptureCheck.assertClean(pcap);
    }

    @Test
    void mtuMismatchHoldsExStartUntilMtuIgnore() throws Exception {
        try (RunningLab lab = start(MTU_LAB)) {
            LabAssertions.eventually(lab, "Y2", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.1\":[{\"converged\":\"Full\"}]}}", CONVERGE);
            lab.exec("Y2", List.of("ip", "link", "set", "eth0", "mtu", "1400"), Duration.ofSeconds(10));
            lab.exec("F1", List.of("ip", "link", "set", "eth0", "down"), Duration.ofSeconds(10));
            lab.exec("F1", List.of("ip", "link", "set", "eth0", "up"), Duration.ofSeconds(10));
            LabAssertions.eventually(lab, "Y2", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.1\":[{\"converged\":\"ExStart\"}]}}", CONVERGE);
            // it stays there: FRR's DDs say 1500, more than our 1400
            boolean left = Poll.until(Duration.ofSeconds(6), Duration.ofMillis(500),
                    () -> !lab.vtysh("Y2", "show ip ospf neighbor json").contains("\"converged\":\"ExStart\""));
            assertTrue(!left, "the adjacency left ExStart despite the MTU mismatch");
            configure(lab, "Y2", "interface eth0", "ip ospf mtu-ignore");
            LabAssertions.eventually(lab, "Y2", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.1\":[{\"converged\":\"Full\"}]}}", CONVERGE);
        }
    }

}
