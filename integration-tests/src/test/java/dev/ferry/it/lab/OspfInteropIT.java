package dev.ferry.it.lab;

import static dev.ferry.it.lab.OspfLabs.CONVERGE;
import static dev.ferry.it.lab.OspfLabs.awaitRoute;
import static dev.ferry.it.lab.OspfLabs.route;
import static dev.ferry.it.lab.OspfLabs.start;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.HostCommand;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ferry's ospfd against real FRR 8.4 ospfd in namespace labs: Full adjacencies on broadcast links (Ferry as DR
 * and as DROther) and on point-to-point links, routes both ways into the kernels, reconvergence after a link
 * flap, and two areas across an FRR ABR. Timers are 1 s hello / 4 s dead so that DR election does not wait
 * 40 s. Needs root, FRR and a built distribution (etc/target/ferry).
 */
class OspfInteropIT {

    private static String iface(String name, String extra) {
        return "interface " + name + "\n ip ospf hello-interval 1\n ip ospf dead-interval 4\n" + extra + "exit\n!\n";
    }

    private static String router(String kind, String name, String id, String interfaces, String ospf) {
        return """
                %s:
                  kind: %s
                  daemons: [ospfd]
                  interfaces: {%s}
                  config: |
                    frr defaults traditional
                    hostname %s
                    !
                %s    router ospf
                     ospf router-id %s
                %s    exit
                    !
                """.formatted(name, kind, interfaces, name, indent(ospfIfaces(ospf)), id, indent(ospfNetworks(ospf)));
    }

    /** The part of {@code spec} before "|": interface blocks; after it: lines under router ospf. */
    private static String ospfIfaces(String spec) {
        return spec.substring(0, spec.indexOf('|'));
    }

    private static String ospfNetworks(String spec) {
        return spec.substring(spec.indexOf('|') + 1);
    }

    private static String indent(String block) {
        StringBuilder sb = new StringBuilder();
        for (String line : block.split("\n")) {
            if (!line.isEmpty()) {
                sb.append("    ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String nodes(String... routers) {
        StringBuilder sb = new StringBuilder("name: ospf\ntopology:\n  nodes:\n");
        for (String r : routers) {
            sb.append(r.indent(4));
        }
        return sb.toString();
    }

    @Test
    void broadcastLinkWithFerryAsDr() throws Exception {
        String yaml = nodes(
                router("frr", "F1", "10.0.0.1", "lo: 10.0.0.1/32, eth0: 10.0.12.1/24",
                        iface("eth0", " ip ospf priority 0\n") + "|network 10.0.0.1/32 area 0\nnetwork 10.0.12.0/24 area 0\n"),
                router("ferry", "Y2", "10.0.0.2", "lo: 10.0.0.2/32, eth0: 10.0.12.2/24",
                        iface("eth0", " ip ospf priority 100\n") + "|network 10.0.0.2/32 area 0\nnetwork 10.0.12.0/24 area 0\n"))
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n";
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "F1", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.2\":[{\"state\":\"Full/DR\",\"ifaceName\":\"eth0:10.0.12.1\"}]}}", CONVERGE);
            LabAssertions.eventually(lab, "Y2", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.1\":[{\"state\":\"Full/DROther\",\"address\":\"10.0.12.1\"}]}}", CONVERGE);
            LabAssertions.eventually(lab, "F1", "show ip route 10.0.0.2/32 json",
                    "{\"10.0.0.2/32\":[{\"protocol\":\"ospf\",\"selected\":true,\"nexthops\":[{\"ip\":\"10.0.12.2\"}]}]}",
                    CONVERGE);
            awaitRoute(lab, "Y2", "10.0.0.1/32", r -> r.contains("via 10.0.12.1 dev eth0"),
                    "FRR's loopback learned over OSPF");
            if (HostCommand.onPath("ping")) {
                LabAssertions.assertPing(lab, "Y2", "10.0.0.1", Duration.ofSeconds(10));
            }
        }
    }

    @Test
    void broadcastLinkWithFerryAsDrOtherAndPointToPointLinkWithFlap() throws Exception {
        String yaml = nodes(
                router("frr", "F1", "10.0.0.1", "lo: 10.0.0.1/32, eth0: 10.0.12.1/24, eth1: 10.0.21.1/24",
                        iface("eth0", " ip ospf priority 10\n")
                                + iface("eth1", " ip ospf network point-to-point\n")
                                + "|network 10.0.0.1/32 area 0\nnetwork 10.0.12.0/24 area 0\nnetwork 10.0.21.0/24 area 0\n"),
                router("ferry", "Y2", "10.0.0.2", "lo: 10.0.0.2/32, eth0: 10.0.12.2/24, eth1: 10.0.21.2/24",
                        iface("eth0", " ip ospf priority 0\n")
                                + iface("eth1", " ip ospf network point-to-point\n")
                                + "|network 10.0.0.2/32 area 0\nnetwork 10.0.12.0/24 area 0\nnetwork 10.0.21.0/24 area 0\n"))
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n    - endpoints: [\"F1:eth1\", \"Y2:eth1\"]\n";
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "F1", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.2\":[{\"converged\":\"Full\"},{\"converged\":\"Full\"}]}}", CONVERGE);
            String both = lab.vtysh("F1", "show ip ospf neighbor");
            assertTrue(both.contains("Full/DROther") && both.contains("eth0:10.0.12.1")
                    && both.contains("eth1:10.0.21.1"), both);
            awaitRoute(lab, "Y2", "10.0.0.1/32", r -> r.contains("10.0.12.1") && r.contains("10.0.21.1"),
                    "ECMP over both links to FRR's loopback");
            LabAssertions.eventually(lab, "F1", "show ip route 10.0.0.2/32 json",
                    "{\"10.0.0.2/32\":[{\"protocol\":\"ospf\",\"nexthops\":[{\"ip\":\"10.0.12.2\"},{\"ip\":\"10.0.21.2\"}]}]}",
                    CONVERGE);

            lab.exec("F1", List.of("ip", "link", "set", "eth1", "down"), Duration.ofSeconds(10));
            awaitRoute(lab, "Y2", "10.0.0.1/32", r -> r.contains("via 10.0.12.1") && !r.contains("10.0.21.1"),
                    "after the point-to-point link went down, only the broadcast link");
            lab.exec("F1", List.of("ip", "link", "set", "eth1", "up"), Duration.ofSeconds(10));
            awaitRoute(lab, "Y2", "10.0.0.1/32", r -> r.contains("10.0.12.1") && r.contains("10.0.21.1"),
                    "after the link came back, ECMP again");
        }
    }

    @Test
    void twoAreasAcrossAnFrrAbr() throws Exception {
        String yaml = nodes(
                router("ferry", "Y1", "10.0.0.1", "lo: 10.0.0.1/32, eth0: 10.0.12.1/24",
                        iface("eth0", "") + "|network 10.0.0.1/32 area 1\nnetwork 10.0.12.0/24 area 1\n"),
                router("frr", "F2", "10.0.0.2", "lo: 10.0.0.2/32, eth0: 10.0.12.2/24, eth1: 10.0.23.2/24",
                        iface("eth0", "") + iface("eth1", "")
                                + "|network 10.0.0.2/32 area 0\nnetwork 10.0.12.0/24 area 1\nnetwork 10.0.23.0/24 area 0\n"),
                router("ferry", "Y3", "10.0.0.3", "lo: 10.0.0.3/32, eth0: 10.0.23.3/24",
                        iface("eth0", "") + "|network 10.0.0.3/32 area 0\nnetwork 10.0.23.0/24 area 0\n"))
                + "  links:\n    - endpoints: [\"Y1:eth0\", \"F2:eth0\"]\n    - endpoints: [\"F2:eth1\", \"Y3:eth0\"]\n";
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "F2", "show ip ospf neighbor json",
                    "{\"neighbors\":{\"10.0.0.1\":[{\"converged\":\"Full\"}],\"10.0.0.3\":[{\"converged\":\"Full\"}]}}",
                    CONVERGE);
            awaitRoute(lab, "Y1", "10.0.0.3/32", r -> r.contains("via 10.0.12.2"), "area 0's router, inter-area");
            awaitRoute(lab, "Y3", "10.0.0.1/32", r -> r.contains("via 10.0.23.2"), "area 1's router, inter-area");
            awaitRoute(lab, "Y1", "10.0.23.0/24", r -> r.contains("via 10.0.12.2"), "the backbone link");
            if (HostCommand.onPath("ping")) {
                LabAssertions.assertPing(lab, "Y1", "10.0.0.3", Duration.ofSeconds(10));
            }
        }
    }
}
