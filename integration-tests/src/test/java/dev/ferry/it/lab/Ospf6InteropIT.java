package dev.ferry.it.lab;

import static dev.ferry.it.lab.OspfLabs.CONVERGE;
import static dev.ferry.it.lab.OspfLabs.configure;
import static dev.ferry.it.lab.OspfLabs.awaitRoute;
import static dev.ferry.it.lab.OspfLabs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Ferry's ospf6d against real FRR 8.4 ospf6d in namespace labs: Full adjacencies on a broadcast and a
 * point-to-point link, routes both ways with link-local nexthops, reconvergence after a link flap, a capture
 * that validates in tshark, and the MTU mismatch of seed 003 (stuck, then recovered by `ipv6 ospf6 ifmtu`, by
 * `ipv6 ospf6 mtu-ignore` on both ends and by a kernel MTU change). Timers are 1 s hello / 4 s dead. Needs root, FRR and a
 * built distribution (etc/target/ferry).
 */
class Ospf6InteropIT {

    private static String iface(String name, String extra) {
        return "interface " + name + "\n ipv6 ospf6 area 0.0.0.0\n ipv6 ospf6 hello-interval 1\n"
                + " ipv6 ospf6 dead-interval 4\n" + extra + "exit\n!\n";
    }

    private static String router(String kind, String name, String id, String interfaces, String ospfIfaces) {
        return """
                %s:
                  kind: %s
                  daemons: [ospf6d]
                  interfaces: {%s}
                  config: |
                    frr defaults traditional
                    hostname %s
                    !
                    interface lo
                     ipv6 ospf6 area 0.0.0.0
                    exit
                    !
                %s    router ospf6
                     ospf6 router-id %s
                    exit
                    !
                """.formatted(name, kind, interfaces, name, indent(ospfIfaces), id);
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

    private static String lab(String links, String... routers) {
        StringBuilder sb = new StringBuilder("name: ospf6\ntopology:\n  nodes:\n");
        for (String r : routers) {
            sb.append(r.indent(4));
        }
        return sb.append("  links:\n").append(links).toString();
    }

    @Test
    void broadcastAndPointToPointLinksWithFlap() throws Exception {
        String yaml = lab("    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n    - endpoints: [\"F1:eth1\", \"Y2:eth1\"]\n",
                router("frr", "F1", "10.0.0.1",
                        "lo: [\"2001:db8:ff::1/128\"], eth0: [\"2001:db8:12::1/64\"], eth1: [\"2001:db8:21::1/64\"]",
                        iface("eth0", "") + iface("eth1", " ipv6 ospf6 network point-to-point\n")),
                router("ferry", "Y2", "10.0.0.2",
                        "lo: [\"2001:db8:ff::2/128\"], eth0: [\"2001:db8:12::2/64\"], eth1: [\"2001:db8:21::2/64\"]",
                        iface("eth0", " ipv6 ospf6 priority 100\n")
                                + iface("eth1", " ipv6 ospf6 network point-to-point\n")));
        try (RunningLab lab = start(yaml)) {
            LabAssertions.eventually(lab, "F1", "show ipv6 ospf6 neighbor json",
                    "{\"neighbors\":[{\"neighborId\":\"10.0.0.2\",\"state\":\"Full\"},"
                            + "{\"neighborId\":\"10.0.0.2\",\"state\":\"Full\"}]}", CONVERGE);
            awaitRoute(lab, "Y2", "2001:db8:ff::1/128", r -> r.contains("dev eth0") && r.contains("dev eth1")
                    && r.contains("via fe80::"), "ECMP over both links to FRR's loopback, via link-local nexthops");
            LabAssertions.eventually(lab, "F1", "show ipv6 route 2001:db8:ff::2/128 json",
                    "{\"2001:db8:ff::2/128\":[{\"protocol\":\"ospf6\",\"selected\":true,"
                            + "\"nexthops\":[{\"interfaceName\":\"eth0\"},{\"interfaceName\":\"eth1\"}]}]}", CONVERGE);
            if (HostCommand.onPath("ping")) {
                LabAssertions.assertPing(lab, "Y2", "2001:db8:ff::1", Duration.ofSeconds(10));
            }

            lab.exec("F1", List.of("ip", "link", "set", "eth1", "down"), Duration.ofSeconds(10));
            awaitRoute(lab, "Y2", "2001:db8:ff::1/128", r -> r.contains("dev eth0") && !r.contains("dev eth1"),
                    "after the point-to-point link went down, only the broadcast link");
            lab.exec("F1", List.of("ip", "link", "set", "eth1", "up"), Duration.ofSeconds(10));
            awaitRoute(lab, "Y2", "2001:db8:ff::1/128", r -> r.contains("dev eth0") && r.contains("dev eth1"),
                    "after the link came back, ECMP again");

            if (HostCommand.onPath("tcpdump") && CaptureCheck.tsharkAvailable()) {
                captureFreshAdjacency(lab);
            }
        }
    }

    /**
     * A fresh adjacency on the point-to-point link, captured on Ferry's side. FRR goes passive on both links until
     * Ferry declares it dead (a link flap would take tcpdump's interface away), so both re-originate their LSAs
     * apart; when FRR comes back on the point-to-point link alone, its database is behind Ferry's and the exchange
     * must request and flood (LSR, LSU, LSAck), which a still-synchronised broadcast link would have made moot.
     */
    private static void captureFreshAdjacency(RunningLab lab) {
        Path pcap;
        try (Capture c = lab.capture("Y2", "eth1", "ip6 proto 89")) {
            configure(lab, "F1", "interface eth0", "ipv6 ospf6 passive", "interface eth1", "ipv6 ospf6 passive");
            awaitRoute(lab, "Y2", "2001:db8:ff::1/128", String::isBlank, "FRR passive on both links: no route");
            configure(lab, "F1", "interface eth1", "no ipv6 ospf6 passive");
            awaitRoute(lab, "Y2", "2001:db8:ff::1/128", r -> r.contains("dev eth1"),
                    "FRR active again on the point-to-point link");
            pcap = c.stop();
        }
        configure(lab, "F1", "interface eth0", "no ipv6 ospf6 passive");
        assertCaptureClean(pcap);
    }

    /** Every OSPFv3 packet type of a fresh adjacency, no Hello from router-id 0.0.0.0, nothing malformed. */
    private static void assertCaptureClean(Path pcap) {
        var decoded = HostCommand.run(List.of("tshark", "-n", "-r", pcap.toString(), "-T", "fields", "-e",
                "ospf.msg", "-e", "ospf.srcrouter"), Duration.ofMinutes(1));
        Set<String> types = new TreeSet<>();
        List<String> zeroIds = new ArrayList<>();
        for (String line : decoded.stdout().lines().toList()) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                types.add(f[0].strip());
                if (f[1].strip().equals("0.0.0.0")) {
                    zeroIds.add(line);
                }
            }
        }
        assertEquals(Set.of("1", "2", "3", "4", "5"), types, "OSPFv3 packet types in " + pcap + ":\n" + decoded);
        assertTrue(zeroIds.isEmpty(), "packets from router-id 0.0.0.0: " + zeroIds);
        CaptureCheck.assertClean(pcap);
    }

    private static final String MTU_LAB = lab("    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n",
            router("frr", "F1", "10.0.0.1", "lo: [\"2001:db8:ff::1/128\"], eth0: [\"2001:db8:12::1/64\"]",
                    iface("eth0", " ipv6 ospf6 network point-to-point\n")),
            router("ferry", "Y2", "10.0.0.2", "lo: [\"2001:db8:ff::2/128\"], eth0: [\"2001:db8:12::2/64\"]",
                    iface("eth0", " ipv6 ospf6 network point-to-point\n")));

    @Test
    void mtuMismatchIsStuckUntilIfmtuMtuIgnoreOrKernelMtu() throws Exception {
        try (RunningLab lab = start(MTU_LAB)) {
            awaitFull(lab);
            // Ferry's interface shrinks to 1400 (as seed 003's GRE tunnel); FRR's DDs say 1500
            lab.exec("Y2", List.of("ip", "link", "set", "eth0", "mtu", "1400"), Duration.ofSeconds(10));
            flapFrr(lab);
            awaitStuck(lab);
            String shown = lab.vtysh("Y2", "show ipv6 ospf6 interface eth0");
            assertTrue(shown.contains("Interface MTU 1400 (autodetect: 1400)"), shown);

            configure(lab, "Y2", "interface eth0", "ipv6 ospf6 ifmtu 1500");
            awaitFull(lab);

            configure(lab, "Y2", "interface eth0", "no ipv6 ospf6 ifmtu 1500");
            flapFrr(lab);
            awaitStuck(lab);
            // FRR's ospf6d rejects any DD whose MTU differs from its own, Ferry one whose MTU is larger (RFC
            // 5340 via RFC 2328 10.6): mtu-ignore has to be on both ends
            configure(lab, "Y2", "interface eth0", "ipv6 ospf6 mtu-ignore");
            configure(lab, "F1", "interface eth0", "ipv6 ospf6 mtu-ignore");
            awaitFull(lab);

            configure(lab, "F1", "interface eth0", "no ipv6 ospf6 mtu-ignore");
            configure(lab, "Y2", "interface eth0", "no ipv6 ospf6 mtu-ignore");
            flapFrr(lab);
            awaitStuck(lab);
            // the kernel's MTU is read again when it changes
            lab.exec("Y2", List.of("ip", "link", "set", "eth0", "mtu", "1500"), Duration.ofSeconds(10));
            awaitFull(lab);
            awaitRoute(lab, "Y2", "2001:db8:ff::1/128", r -> r.contains("via fe80::"), "FRR's loopback again");
        }
    }

    private static void awaitFull(RunningLab lab) {
        LabAssertions.eventually(lab, "Y2", "show ipv6 ospf6 neighbor json",
                "{\"neighbors\":[{\"neighborId\":\"10.0.0.1\",\"state\":\"Full\"}]}", CONVERGE);
    }

    /** Ferry holds ExStart (FRR's DDs are too large for it) and stays there. */
    private static void awaitStuck(RunningLab lab) {
        LabAssertions.eventually(lab, "Y2", "show ipv6 ospf6 neighbor json",
                "{\"neighbors\":[{\"neighborId\":\"10.0.0.1\",\"state\":\"ExStart\"}]}", CONVERGE);
        boolean left = Poll.until(Duration.ofSeconds(6), Duration.ofMillis(500),
                () -> !lab.vtysh("Y2", "show ipv6 ospf6 neighbor json").contains("\"state\":\"ExStart\""));
        assertFalse(left, "the adjacency left ExStart despite the MTU mismatch");
    }

    /** FRR's side goes down and up: a fresh adjacency, whose DD exchange checks the MTUs again. */
    private static void flapFrr(RunningLab lab) {
        lab.exec("F1", List.of("ip", "link", "set", "eth0", "down"), Duration.ofSeconds(10));
        lab.exec("F1", List.of("ip", "link", "set", "eth0", "up"), Duration.ofSeconds(10));
    }

}
