package dev.ferry.it.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.Capture;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Poll;
import dev.ferry.lab.Lab;
import dev.ferry.lab.LabBackend;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.CaptureCheck;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.topology.Topology;
import dev.ferry.lab.topology.TopologyFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 on the host kernel: IPv4 between two sites over an IPv6-only link, carried in SRv6. Ferry router
 * A encapsulates traffic for B's site with H.Encaps toward B's SID (`ip route ... segments`), B decapsulates
 * it with a static End.DX4 SID toward the host behind it, and the same the other way. The two hosts are
 * plain FRR nodes (zebra only). Pings work both ways, and a capture on the IPv6 link shows the case the
 * seed's author debugged: an SRH with segments left 0 and next header IPIP (4). Needs root, FRR, ping,
 * tcpdump, tshark and a built distribution.
 */
class Srv6EndDx4LabIT {
    private static final String YAML = """
            name: srv6dx4
            topology:
              nodes:
                HA:
                  kind: frr
                  interfaces: {eth0: 10.0.1.2/24}
                A:
                  kind: ferry
                  interfaces: {eth0: 10.0.1.1/24, eth1: 2001:db8:ab::1/64}
                  config: |
                    hostname A
                    ip route 10.0.2.0/24 eth1 segments 2001:db8:b::10
                    ipv6 route 2001:db8:b::/48 2001:db8:ab::2
                    !
                    segment-routing
                     srv6
                      static-sids
                       sid 2001:db8:a::10/128 behavior End.DX4 nh4 10.0.1.2 interface eth0
                      exit
                      !
                     exit
                     !
                    exit
                    !
                B:
                  kind: ferry
                  interfaces: {eth1: 2001:db8:ab::2/64, eth0: 10.0.2.1/24}
                  config: |
                    hostname B
                    ip route 10.0.1.0/24 eth1 segments 2001:db8:a::10
                    ipv6 route 2001:db8:a::/48 2001:db8:ab::1
                    !
                    segment-routing
                     srv6
                      static-sids
                       sid 2001:db8:b::10/128 behavior End.DX4 nh4 10.0.2.2 interface eth0
                      exit
                      !
                     exit
                     !
                    exit
                    !
                HB:
                  kind: frr
                  interfaces: {eth0: 10.0.2.2/24}
              links:
                - endpoints: ["HA:eth0", "A:eth0"]
                - endpoints: ["A:eth1", "B:eth1"]
                - endpoints: ["B:eth0", "HB:eth0"]
            """;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static Path distribution() {
        return Path.of(System.getProperty("ferry.home", "../etc/target/ferry")).toAbsolutePath().normalize();
    }

    @Test
    void ipv4CrossesAnIpv6OnlyLinkInSrv6BothWays() throws Exception {
        Topology t = TopologyFile.parse(YAML, "srv6dx4.yaml", null);
        Lab lab = Lab.of(t).backend("netns").ferryHome(distribution());
        LabBackend.Availability a = lab.availability();
        assumeTrue(a.available(), a.reason());
        assumeTrue(HostCommand.onPath("ping") && HostCommand.onPath("tcpdump") && CaptureCheck.tsharkAvailable(),
                "needs ping, tcpdump and tshark");
        try (RunningLab running = lab.start()) {
            for (String r : List.of("A", "B")) {
                LabAssertions.assertExec(running, r, List.of("sysctl", "-qw", "net.ipv6.conf.all.seg6_enabled=1"));
            }
            LabAssertions.assertExec(running, "HA", List.of("ip", "route", "add", "10.0.2.0/24", "via", "10.0.1.1"));
            LabAssertions.assertExec(running, "HB", List.of("ip", "route", "add", "10.0.1.0/24", "via", "10.0.2.1"));

            // staticd -> zebra -> kernel: the encap route and the SID, with iproute2's view of their attributes
            awaitRoute(running, "A", List.of("ip", "-4", "route", "show", "10.0.2.0/24"),
                    "encap seg6 mode encap segs 1 [ 2001:db8:b::10 ] dev eth1 proto 230");
            awaitRoute(running, "A", List.of("ip", "-6", "route", "show", "2001:db8:a::10"),
                    "encap seg6local action End.DX4 nh4 10.0.1.2 dev eth0 proto 230");
            awaitRoute(running, "B", List.of("ip", "-6", "route", "show", "2001:db8:b::10"),
                    "encap seg6local action End.DX4 nh4 10.0.2.2 dev eth0 proto 230");
            awaitRoute(running, "B", List.of("ip", "-6", "route", "show", "2001:db8:a::/48"),
                    "via 2001:db8:ab::1 dev eth1 proto 230");

            LabAssertions.assertPing(running, "HA", "10.0.2.2", DEADLINE);
            LabAssertions.assertPing(running, "HB", "10.0.1.2", DEADLINE);
            // tcpdump takes a moment to attach: capture a round of pings until it holds frames of both ways
            Path pcap;
            List<String> rows;
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            do {
                Capture capture = running.capture("B", "eth1", "ip6");
                try {
                    // 3 s of pings each way: tcpdump attaches within the first of them
                    for (String[] hop : new String[][] {{"HA", "10.0.2.2"}, {"HB", "10.0.1.2"}}) {
                        running.exec(hop[0], List.of("ping", "-n", "-c", "15", "-i", "0.2", "-W", "1", hop[1]),
                                Duration.ofSeconds(30));
                    }
                } finally {
                    pcap = capture.stop();
                }
                rows = srhRows(pcap);
            } while (rows.size() < 4 && System.nanoTime() < deadline);
            assertTrue(rows.size() >= 4, "SRv6 frames on the IPv6 link: " + rows);
            CaptureCheck.assertClean(pcap);
            for (String row : rows) {
                assertEquals("0\t4", row.strip(), "segments left 0, next header IPIP: " + row);
            }
        }
    }

    /** "segments left<TAB>next header" of each frame with a segment routing header. */
    private static List<String> srhRows(Path pcap) {
        String out = HostCommand.run(List.of("tshark", "-r", pcap.toString(), "-Y", "ipv6.routing.type == 4",
                "-T", "fields", "-e", "ipv6.routing.segleft", "-e", "ipv6.routing.nxt"), Duration.ofSeconds(30))
                .stdout();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    private static void awaitRoute(RunningLab lab, String router, List<String> command, String expected) {
        String[] last = {""};
        boolean shown = Poll.until(DEADLINE, LabAssertions.INTERVAL, () -> {
            last[0] = lab.exec(router, command, Duration.ofSeconds(10)).stdout();
            return last[0].replaceAll("\\s+", " ").contains(expected);
        });
        assertTrue(shown, router + ": " + String.join(" ", command) + " never showed \"" + expected + "\"; last:\n"
                + last[0]);
    }
}
