package dev.ferry.it.lab;

import static dev.ferry.it.lab.OspfLabs.CONVERGE;
import static dev.ferry.it.lab.OspfLabs.awaitRoute;
import static dev.ferry.it.lab.OspfLabs.configure;
import static dev.ferry.it.lab.OspfLabs.start;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.HostCommand;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * OSPFv2 virtual links (RFC 2328 15) between Ferry and real FRR 8.4: area 2 hangs off area 1, away from the
 * backbone, and a virtual link through transit area 1 joins its border router to the backbone.
 * <pre>
 *   R1 (area 0) --- R2 (ABR 0/1) --- R3 (ABR 1/2) --- R4 (area 2)
 *                   `----- virtual link through area 1 -----'
 * </pre>
 * The virtual link carries keyed-MD5 authentication of its own. Ferry plays R2 in one test and R3 in the other; the
 * rest is FRR. Needs root, FRR and a built distribution.
 */
class OspfVirtualLinkIT {
    private static final String TIMERS = "\n         ip ospf hello-interval 1\n         ip ospf dead-interval 4";
    private static final String VL_TIMERS = " hello-interval 1 dead-interval 4";

    private static String lab(String name, boolean ferryIsR2) {
        return """
                name: %1$s
                topology:
                  nodes:
                    R1:
                      kind: frr
                      daemons: [ospfd]
                      interfaces: {lo: 10.0.0.1/32, eth0: 10.0.12.1/24}
                      config: |
                        frr defaults traditional
                        hostname R1
                        interface eth0%4$s
                        exit
                        router ospf
                         ospf router-id 10.0.0.1
                         network 10.0.0.1/32 area 0
                         network 10.0.12.0/24 area 0
                        exit
                    R2:
                      kind: %2$s
                      daemons: [ospfd]
                      interfaces: {lo: 10.0.0.2/32, eth0: 10.0.12.2/24, eth1: 10.1.23.2/24}
                      config: |
                        frr defaults traditional
                        hostname R2
                        interface eth0%4$s
                        exit
                        interface eth1%4$s
                        exit
                        router ospf
                         ospf router-id 10.0.0.2
                         network 10.0.0.2/32 area 0
                         network 10.0.12.0/24 area 0
                         network 10.1.23.0/24 area 1
                         area 0.0.0.1 virtual-link 10.0.0.3%5$s
                         area 0.0.0.1 virtual-link 10.0.0.3 authentication message-digest
                         area 0.0.0.1 virtual-link 10.0.0.3 message-digest-key 1 md5 vl-s3cret
                        exit
                    R3:
                      kind: %3$s
                      daemons: [ospfd]
                      interfaces: {lo: 10.1.0.3/32, eth0: 10.1.23.3/24, eth1: 10.2.34.3/24}
                      config: |
                        frr defaults traditional
                        hostname R3
                        interface eth0%4$s
                        exit
                        interface eth1%4$s
                        exit
                        router ospf
                         ospf router-id 10.0.0.3
                         network 10.1.0.3/32 area 1
                         network 10.1.23.0/24 area 1
                         network 10.2.34.0/24 area 2
                         area 0.0.0.1 virtual-link 10.0.0.2%5$s
                         area 0.0.0.1 virtual-link 10.0.0.2 authentication message-digest
                         area 0.0.0.1 virtual-link 10.0.0.2 message-digest-key 1 md5 vl-s3cret
                        exit
                    R4:
                      kind: frr
                      daemons: [ospfd]
                      interfaces: {lo: 10.2.0.4/32, eth0: 10.2.34.4/24}
                      config: |
                        frr defaults traditional
                        hostname R4
                        interface eth0%4$s
                        exit
                        router ospf
                         ospf router-id 10.0.0.4
                         network 10.2.0.4/32 area 2
                         network 10.2.34.0/24 area 2
                        exit
                  links:
                    - endpoints: ["R1:eth0", "R2:eth0"]
                    - endpoints: ["R2:eth1", "R3:eth0"]
                    - endpoints: ["R3:eth1", "R4:eth0"]
                """.formatted(name, ferryIsR2 ? "ferry" : "frr", ferryIsR2 ? "frr" : "ferry", TIMERS, VL_TIMERS);
    }

    /** Both ends see each other Full over the virtual link, named VLINK0 as FRR names it. */
    private static void awaitVirtualAdjacency(RunningLab lab) {
        LabAssertions.eventually(lab, "R2", "show ip ospf neighbor json",
                "{\"neighbors\":{\"10.0.0.3\":[{\"converged\":\"Full\",\"ifaceName\":\"eth1:10.1.23.2\"},"
                        + "{\"converged\":\"Full\",\"ifaceName\":\"VLINK0\"}]}}", CONVERGE);
        LabAssertions.eventually(lab, "R3", "show ip ospf neighbor json",
                "{\"neighbors\":{\"10.0.0.2\":[{\"converged\":\"Full\",\"ifaceName\":\"eth0:10.1.23.3\"},"
                        + "{\"converged\":\"Full\",\"ifaceName\":\"VLINK0\"}]}}", CONVERGE);
    }

    /** Area 2 and the backbone reach each other across the virtual link, in the kernels and by ping. */
    private static void awaitReachability(RunningLab lab) {
        awaitRoute(lab, "R1", "10.2.0.4/32", r -> r.contains("via 10.0.12.2"), "R4's loopback over the virtual link");
        awaitRoute(lab, "R4", "10.0.0.1/32", r -> r.contains("via 10.2.34.3"), "R1's loopback over the virtual link");
        LabAssertions.eventually(lab, "R1", "show ip route 10.2.0.4/32 json",
                "{\"10.2.0.4/32\":[{\"protocol\":\"ospf\",\"metric\":30}]}", CONVERGE);
        if (HostCommand.onPath("ping")) {
            LabAssertions.assertPing(lab, "R1", "10.2.0.4", Duration.ofSeconds(20));
            LabAssertions.assertPing(lab, "R4", "10.0.0.1", Duration.ofSeconds(20));
        }
    }

    @Test
    void ferryAbrWithVirtualLinkToFrr() throws Exception {
        try (RunningLab lab = start(lab("ospf-vl-r2", true))) {
            awaitVirtualAdjacency(lab);
            awaitReachability(lab);
            // Ferry's shows name the virtual link as FRR does
            LabAssertions.eventually(lab, "R2", "show ip ospf json",
                    "{\"areas\":{\"0.0.0.1\":{\"virtualAdjacenciesPassingCounter\":1},"
                            + "\"0.0.0.0\":{\"nbrFullAdjacentCounter\":2,\"areaIfTotalCounter\":3}}}", CONVERGE);
            String show = lab.vtysh("R2", "show ip ospf");
            assertTrue(show.contains("Number of full virtual adjacencies going through this area: 1"), show);
            String neighbors = lab.vtysh("R2", "show ip ospf neighbor");
            assertTrue(neighbors.lines().anyMatch(l -> l.startsWith("10.0.0.3") && l.contains("Full/DROther")
                    && l.contains("VLINK0")), neighbors);
            LabAssertions.eventually(lab, "R2", "show ip ospf interface VLINK0 json",
                    "{\"interfaces\":{\"VLINK0\":{\"ifUp\":true,\"networkType\":\"VIRTUALLINK\",\"cost\":10,"
                            + "\"ipAddress\":\"10.1.23.2\",\"vlinkPeer\":\"10.1.23.3\",\"area\":\"0.0.0.0\","
                            + "\"state\":\"Point-To-Point\","
                            + "\"authentication\":\"authenticationMessageDigest\"}}}", CONVERGE);
            // FRR takes Ferry's backbone Router-LSA with its virtual link, and the transit area's with the V bit
            LabAssertions.eventually(lab, "R3", "show ip ospf database router 10.0.0.2 json",
                    "{\"routerLinkStates\":{\"areas\":{\"0.0.0.0\":[{\"flags\":1,"
                            + "\"routerLinks\":{\"link2\":{\"linkType\":\"a Virtual Link\","
                            + "\"neighborRouterId\":\"10.0.0.3\",\"routerInterfaceAddress\":\"10.1.23.2\","
                            + "\"tos0Metric\":10}}}],\"0.0.0.1\":[{\"flags\":5}]}}}", CONVERGE);
            String config = lab.vtysh("R2", "show running-config");
            assertTrue(config.contains(" area 0.0.0.1 virtual-link 10.0.0.3 hello-interval 1 retransmit-interval 5"
                    + " transmit-delay 1 dead-interval 4\n"
                    + " area 0.0.0.1 virtual-link 10.0.0.3 authentication message-digest\n"
                    + " area 0.0.0.1 virtual-link 10.0.0.3 message-digest-key 1 md5 vl-s3cret\n"), config);

            configure(lab, "R2", "router ospf", "no area 0.0.0.1 virtual-link 10.0.0.3");
            awaitRoute(lab, "R1", "10.2.0.4/32", String::isBlank, "R4's loopback gone with the virtual link");
        }
    }

    @Test
    void frrAbrWithVirtualLinkToFerry() throws Exception {
        try (RunningLab lab = start(lab("ospf-vl-r3", false))) {
            awaitVirtualAdjacency(lab);
            awaitReachability(lab);
            LabAssertions.eventually(lab, "R3", "show ip ospf json",
                    "{\"abrType\":\"Alternative Cisco\","
                            + "\"areas\":{\"0.0.0.1\":{\"virtualAdjacenciesPassingCounter\":1}}}",
                    CONVERGE);
            // Ferry summarises area 2 into the backbone, over the virtual link
            LabAssertions.eventually(lab, "R1", "show ip ospf route json",
                    "{\"10.2.34.0/24\":{\"routeType\":\"N IA\",\"cost\":30,\"area\":\"0.0.0.0\"}}", CONVERGE);
            configure(lab, "R3", "router ospf", "no area 0.0.0.1 virtual-link 10.0.0.2");
            awaitRoute(lab, "R1", "10.2.0.4/32", String::isBlank, "R4's loopback gone with the virtual link");
        }
    }
}
