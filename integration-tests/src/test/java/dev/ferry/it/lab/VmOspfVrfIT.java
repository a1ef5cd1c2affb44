package dev.ferry.it.lab;

import static dev.ferry.it.lab.VmSeedL3vpnIT.CONVERGE;
import static dev.ferry.it.lab.VmSeedL3vpnIT.awaitOutput;
import static dev.ferry.it.lab.VmSeedL3vpnIT.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.json.Json;
import dev.ferry.lab.topology.TopologyFile;
import dev.ferry.lab.vm.VmLab;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * `router ospf vrf BLUE` in a real kernel VRF (the full-kernel VM), between real FRR routers:
 * <pre>
 *   F1 (area 1) eth0 --- eth0 R eth1 --- eth0 F0 (area 0)      R eth0, eth1 in VRF BLUE: Ferry's ABR there
 *   lo 10.0.1.1     10.1.1.0/24  R eth2  10.1.2.0/24  lo 10.0.0.1
 *                                 |  10.1.3.0/24 (default VRF, `router ospf`, area 0)
 *                                 D lo 10.0.3.1
 * </pre>
 * R is Ferry (zebra, staticd, ospfd): zebra makes VRF BLUE from frr.conf and enslaves eth0 and eth1; ospfd runs
 * two independent instances. Issue 6's item 3 and seed 003: area 0 in a VRF is an ordinary backbone, so R's BLUE
 * instance, an ABR between its area 0 (to F0, whose plain `router ospf` in its default VRF is the "real area 0")
 * and area 1 (to F1), summarises each area's prefixes into the other: F1's loopback reaches F0 as an inter-area
 * route and F0's reaches F1. Checked: both BLUE adjacencies Full and the default instance's own one (one
 * `show ip ospf vrf all neighbor json`, with BLUE's vrfId = its device's ifindex), the inter-area routes on both
 * FRR sides, the routes in R's kernel table of BLUE and not in its main table (which has D's loopback instead), D
 * and F0 knowing nothing of each other, and F1's loopback pinging F0's through R's VRF. One lab start, about 6
 * minutes: 5 of them R's three JVMs starting under TCG, the checks under 30 s. Skipped where the vm backend is
 * unavailable.
 */
class VmOspfVrfIT {
    private static final String YAML = """
            name: ospf-vrf
            topology:
              defaults: {kind: frr, daemons: [ospfd]}
              nodes:
                F1:
                  interfaces: {lo: 10.0.1.1/32, eth0: 10.1.1.2/24}
                  config: |
                    hostname F1
                    interface eth0
                     ip ospf network point-to-point
                     ip ospf hello-interval 2
                     ip ospf dead-interval 10
                    exit
                    router ospf
                     ospf router-id 10.0.1.1
                     network 10.0.1.1/32 area 1
                     network 10.1.1.0/24 area 1
                    exit
                R:
                  kind: ferry
                  interfaces: {eth2: 10.1.3.1/24}
                  config: |
                    hostname R
                    vrf BLUE
                    exit-vrf
                    interface eth0 vrf BLUE
                     ip address 10.1.1.1/24
                     ip ospf network point-to-point
                     ip ospf hello-interval 2
                     ip ospf dead-interval 10
                    exit
                    interface eth1 vrf BLUE
                     ip address 10.1.2.1/24
                     ip ospf network point-to-point
                     ip ospf hello-interval 2
                     ip ospf dead-interval 10
                    exit
                    interface eth2
                     ip ospf network point-to-point
                     ip ospf hello-interval 2
                     ip ospf dead-interval 10
                    exit
                    router ospf vrf BLUE
                     ospf router-id 10.0.2.1
                     network 10.1.1.0/24 area 1
                     network 10.1.2.0/24 area 0
                    exit
                    router ospf
                     ospf router-id 10.0.2.2
                     network 10.1.3.0/24 area 0
                    exit
                F0:
                  interfaces: {lo: 10.0.0.1/32, eth0: 10.1.2.2/24}
                  config: |
                    hostname F0
                    interface eth0
                     ip ospf network point-to-point
                     ip ospf hello-interval 2
                     ip ospf dead-interval 10
                    exit
                    router ospf
                     ospf router-id 10.0.0.1
                     network 10.0.0.1/32 area 0
                     network 10.1.2.0/24 area 0
                    exit
                D:
                  interfaces: {lo: 10.0.3.1/32, eth0: 10.1.3.2/24}
                  config: |
                    hostname D
                    interface eth0
                     ip ospf network point-to-point
                     ip ospf hello-interval 2
                     ip ospf dead-interval 10
                    exit
                    router ospf
                     ospf router-id 10.0.3.1
                     network 10.0.3.1/32 area 0
                     network 10.1.3.0/24 area 0
                    exit
              links:
                - endpoints: ["F1:eth0", "R:eth0"]
                - endpoints: ["R:eth1", "F0:eth0"]
                - endpoints: ["R:eth2", "D:eth0"]
            """;

    private static final Duration SHORT = Duration.ofSeconds(60);

    @Test
    void aVrfInstanceIsAnIndependentAbrWhoseArea0IsAnOrdinaryBackbone() throws Exception {
        long t0 = System.nanoTime();
        try (RunningLab running = VmSeedL3vpnIT.start(TopologyFile.parse(YAML, "ospf-vrf.yaml", null))) {
            step("lab up: Ferry R (zebra, staticd, ospfd), FRR F1, F0, D", t0);
            try {
                check(running, t0);
            } catch (AssertionError e) {
                System.out.println("[vm] state after the failure:\n" + diagnosis((VmLab) running).indent(6));
                throw e;
            }
            step("done", t0);
        }
    }

    private static void check(RunningLab running, long t0) {
        // the FRR sides first (cheap to ask): each sees its Ferry neighbour, by the router-id of R's instance
        LabAssertions.eventually(running, "F1", "show ip ospf neighbor json",
                "{\"neighbors\":{\"10.0.2.1\":[{\"converged\":\"Full\"}]}}", CONVERGE);
        LabAssertions.eventually(running, "F0", "show ip ospf neighbor json",
                "{\"neighbors\":{\"10.0.2.1\":[{\"converged\":\"Full\"}]}}", CONVERGE);
        LabAssertions.eventually(running, "D", "show ip ospf neighbor json",
                "{\"neighbors\":{\"10.0.2.2\":[{\"converged\":\"Full\"}]}}", CONVERGE);
        step("FRR F1, F0 (BLUE's instance) and D (default's) Full with R", t0);

        // R's side, in one poll if it is already there (each vtysh is a JVM under TCG): BLUE has F1 and F0 on its
        // own interfaces, the default instance D, and each only those
        Object all = LabAssertions.eventually(running, "R", "show ip ospf vrf all neighbor json",
                "{\"BLUE\":{\"vrfName\":\"BLUE\",\"neighbors\":{"
                        + "\"10.0.1.1\":[{\"converged\":\"Full\",\"ifaceName\":\"eth0:10.1.1.1\"}],"
                        + "\"10.0.0.1\":[{\"converged\":\"Full\",\"ifaceName\":\"eth1:10.1.2.1\"}]}},"
                        + "\"default\":{\"vrfName\":\"default\",\"neighbors\":{"
                        + "\"10.0.3.1\":[{\"converged\":\"Full\",\"ifaceName\":\"eth2:10.1.3.1\"}]}}}",
                CONVERGE).json();
        System.out.println("[vm] R show ip ospf vrf all neighbor json:\n" + Json.pretty(all).indent(6).stripTrailing());
        assertEquals(Set.of("10.0.1.1", "10.0.0.1"), neighborIds(all, "BLUE"), "BLUE's neighbours");
        assertEquals(Set.of("10.0.3.1"), neighborIds(all, "default"), "the default instance's neighbours");
        String device = running.exec("R", List.of("ip", "-o", "link", "show", "BLUE"), SHORT).output();
        assertEquals(Long.parseLong(device.substring(0, device.indexOf(':')).strip()), vrfId(all, "BLUE"),
                "BLUE's vrfId is its device's ifindex, as FRR's vrf_id: " + device);
        step("R: BLUE Full with F1 and F0, default Full with D only", t0);

        // R's BLUE area 0 is an ordinary backbone: each area's prefixes cross it as summaries, both ways
        LabAssertions.eventually(running, "F0", "show ip ospf route json",
                "{\"10.0.1.1/32\":{\"routeType\":\"N IA\",\"area\":\"0.0.0.0\"},"
                        + "\"10.1.1.0/24\":{\"routeType\":\"N IA\",\"area\":\"0.0.0.0\"}}", CONVERGE);
        LabAssertions.eventually(running, "F1", "show ip ospf route json",
                "{\"10.0.0.1/32\":{\"routeType\":\"N IA\",\"area\":\"0.0.0.1\"},"
                        + "\"10.1.2.0/24\":{\"routeType\":\"N IA\",\"area\":\"0.0.0.1\"}}", CONVERGE);
        step("inter-area routes F1 <-> F0 through R's BLUE ABR", t0);

        // Ferry's zebra put them into BLUE's kernel table, D's loopback into the main one, and nothing crossed
        // (each by a kernel nexthop object: `nhid N` before the gateway, which is what matters here)
        String vrfTable = awaitOutput(running, "R", List.of("ip", "route", "show", "vrf", "BLUE"),
                out -> withoutNhid(out).contains("10.0.1.1 via 10.1.1.2 dev eth0")
                        && withoutNhid(out).contains("10.0.0.1 via 10.1.2.2 dev eth1"),
                "R's kernel table of VRF BLUE has F1's and F0's loopbacks");
        System.out.println("[vm] R ip route show vrf BLUE:\n" + vrfTable.indent(6).stripTrailing());
        String mainTable = awaitOutput(running, "R", List.of("ip", "route", "show"),
                out -> withoutNhid(out).contains("10.0.3.1 via 10.1.3.2 dev eth2"), "R's main table has D's loopback");
        System.out.println("[vm] R ip route show:\n" + mainTable.indent(6).stripTrailing());
        assertFalse(vrfTable.contains("10.0.3.1") || vrfTable.contains("10.1.3.0"),
                "D's routes must stay out of BLUE:\n" + vrfTable);
        for (String p : List.of("10.0.1.1", "10.0.0.1", "10.1.1.0/24", "10.1.2.0/24")) {
            assertFalse(mainTable.contains(p), "BLUE's " + p + " must stay out of R's main table:\n" + mainTable);
        }
        step("R's kernel: BLUE's routes in table BLUE, D's in main, none crossed", t0);

        // the instances do not leak into each other's areas: D learns nothing of BLUE, F0 nothing of D
        String dRoutes = running.vtysh("D", "show ip route");
        String f0Routes = running.vtysh("F0", "show ip route");
        assertTrue(dRoutes.contains("10.1.3.0/24"), "D's routes:\n" + dRoutes);
        for (String p : List.of("10.0.1.1/32", "10.0.0.1/32", "10.1.1.0/24", "10.1.2.0/24")) {
            assertFalse(dRoutes.contains(p), "D must not learn BLUE's " + p + ":\n" + dRoutes);
        }
        for (String p : List.of("10.0.3.1/32", "10.1.3.0/24")) {
            assertFalse(f0Routes.contains(p), "F0 must not learn the default instance's " + p + ":\n" + f0Routes);
        }
        step("D and F0 know nothing of the other instance", t0);

        LabAssertions.assertPing(running, "F1", "10.0.0.1", "10.0.1.1", SHORT);
        step("ping F1 10.0.1.1 -> F0 10.0.0.1 through R's VRF BLUE", t0);
    }

    /** The router-ids of one VRF's neighbours in `show ip ospf vrf all neighbor json`. */
    @SuppressWarnings("unchecked")
    private static Set<String> neighborIds(Object json, String vrf) {
        Map<String, Object> instance = (Map<String, Object>) ((Map<String, Object>) json).get(vrf);
        return ((Map<String, Object>) instance.get("neighbors")).keySet();
    }

    /** The vrfId `show ip ospf vrf all ... json` gives a VRF's instance. */
    @SuppressWarnings("unchecked")
    private static long vrfId(Object json, String vrf) {
        Object id = ((Map<String, Object>) ((Map<String, Object>) json).get(vrf)).get("vrfId");
        assertTrue(id instanceof Number, vrf + " has no numeric vrfId: " + id);
        return ((Number) id).longValue();
    }

    /** What R's kernel and the FRR routers say, to tell a Ferry fault from a lab one. */
    private static String diagnosis(VmLab vm) {
        StringBuilder out = new StringBuilder();
        for (String[] rc : new String[][] {{"F1", "show ip ospf route"}, {"F0", "show ip ospf route"},
                {"F0", "show ip ospf database"}, {"D", "show ip ospf neighbor"}}) {
            try {
                out.append(rc[0]).append("# ").append(rc[1]).append('\n').append(vm.vtysh(rc[0], rc[1])).append('\n');
            } catch (RuntimeException e) {
                out.append(rc[0]).append("# ").append(rc[1]).append(": ").append(e.getMessage()).append('\n');
            }
        }
        out.append(vm.guestShell("""
                echo "== R links"; ip -n R -br link; ip -n R -br addr
                echo "== R main"; ip -n R route
                echo "== R vrf BLUE"; ip -n R route show vrf BLUE
                """, SHORT).output());
        return out.toString();
    }

    /** `ip route` output without the `nhid N` of routes by kernel nexthop object. */
    private static String withoutNhid(String ipRoute) {
        return ipRoute.replaceAll(" nhid \\d+", "");
    }
}
