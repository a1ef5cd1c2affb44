package dev.ferry.it.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.HostKernel;
import dev.ferry.lab.Lab;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.topology.BuiltinLabs;
import dev.ferry.lab.topology.LabCheck;
import dev.ferry.lab.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's lab on seven Ferry routers in network namespaces of this host, whose kernel has neither MPLS
 * nor VRFs (`ferry-lab up --backend netns l3vpn`): the control plane converges all the same (OSPF Full, LDP
 * OPERATIONAL with its bindings, iBGP VPNv4 Established: every check of the lab that needs nothing of the
 * kernel), and the show commands say plainly what the kernel refused: `show vrf` that the VRFs are inactive and
 * why, `show ip route` that a labelled route went in without its labels, `show mpls table` which label
 * switching entries the kernel refused and its reason. Skipped on a kernel that has MPLS and VRFs (the lab would forward).
 */
class SeedL3vpnHostKernelIT {
    @Test
    void controlPlaneConvergesAndTheShowsSayWhatTheKernelRefused() throws Exception {
        Topology seed = BuiltinLabs.load("l3vpn").orElseThrow();
        assumeTrue(HostKernel.local().missing(seed.kernel()).equals(seed.kernel()),
                "this kernel has MPLS or VRFs: the lab forwards here, nothing to refuse");
        Lab lab = Lab.of(seed).backend("netns").ferryHome(OspfLabs.distribution());
        LabBackend.Availability a = lab.availability();
        assumeTrue(a.available(), a.reason());
        try (RunningLab running = lab.start()) {
            for (LabCheck check : seed.checks()) {
                if (check.kernel().isEmpty()) {
                    LabAssertions.check(running, check);
                }
            }
            String vrfs = running.vtysh("PE1", "show vrf");
            assertTrue(vrfs.contains("VRFs are inactive: this kernel has no VRF devices"), "PE1 show vrf:\n" + vrfs);

            // PR gives PE1 a real label for PE2's loopback: PE1's OSPF route carries it, the kernel gets the route alone
            BgpLabs.awaitOutput(running, "PE1", "show ip route 2.2.2.2/32",
                    "Installed without its labels: this kernel has no MPLS");

            // PR's label switching entries (pop towards each PE) are in the table, each marked refused by the kernel
            String lfib = BgpLabs.awaitOutput(running, "PR", "show mpls table", " Not installed, the kernel refused them (");
            assertTrue(lfib.contains("LDP"), "PR show mpls table says its LSPs were refused:\n" + lfib);
        }
    }
}
