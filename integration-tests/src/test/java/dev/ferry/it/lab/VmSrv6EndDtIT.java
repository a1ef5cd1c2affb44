package dev.ferry.it.lab;

import static dev.ferry.it.lab.VmSeedL3vpnIT.awaitOutput;
import static dev.ferry.it.lab.VmSeedL3vpnIT.step;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.Capture;
import dev.ferry.lab.ExecResult;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.CaptureCheck;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Poll;
import dev.ferry.lab.topology.TopologyFile;
import dev.ferry.lab.vm.VmLab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * SRv6 decapsulation into a VRF in the full-kernel VM, installed by Ferry: End.DT4, End.DT6 and End.DT46.
 * <pre>
 *   HA eth0 --- eth0 A eth1 ---------- eth1 B eth0 (VRF CUST) --- eth0 HB   lo 10.0.20.2, 2001:db8:20::2
 *   10.0.1.0/24        2001:db8:ab::/64          10.0.2.0/24
 *   2001:db8:1::/64                              2001:db8:2::/64
 * </pre>
 * B is Ferry (zebra and staticd only: a JVM start in the TCG guest takes minutes): zebra makes VRF CUST and
 * puts eth0 in it with its addresses from frr.conf (enslaving flushes IPv6 addresses, which zebra puts back
 * only if they are its config), staticd holds the SIDs 2001:db8:b::4 (End.DT4), ::6 (End.DT6), ::46 (End.DT46) into CUST
 * and CUST's routes to HB's loopback. A, HA and HB are FRR nodes set up with `ip`: A encapsulates (H.Encaps)
 * 10.0.2.0/24 toward ::4, 2001:db8:2::/64 toward ::6, and HB's loopback (both families) toward ::46; the way
 * back is B's VRF encapsulating toward End.DX4 / End.DX6 SIDs on A (the simplest sealed return). The kernel
 * takes End.DT4 and End.DT46 only with net.vrf.strict_mode=1, which nobody but Ferry's zebra sets here.
 * Checked: the SIDs in B's kernel as iproute2 shows them and installed in `show ipv6 route`, strict mode on,
 * IPv4 and IPv6 pings HA -> HB through each behaviour, and a capture on the A-B link with the SRH toward each
 * SID (segments left 0, next header IPIP or IPv6). One lab start for all of it: about 5 minutes, 3.5 of them
 * B's JVMs starting under TCG. Skipped where the vm backend is unavailable.
 */
class VmSrv6EndDtIT {
    private static final String YAML = """
            name: srv6-enddt
            topology:
              defaults: {kind: frr}
              nodes:
                HA:
                  interfaces: {eth0: [10.0.1.2/24, 2001:db8:1::2/64]}
                A:
                  interfaces: {eth0: [10.0.1.1/24, 2001:db8:1::1/64], eth1: 2001:db8:ab::1/64}
                B:
                  kind: ferry
                  vrfs: {CUST: 1001}
                  interfaces:
                    eth1: 2001:db8:ab::2/64
                    eth0: {vrf: CUST}
                  config: |
                    hostname B
                    vrf CUST
                     ip route 10.0.20.0/24 10.0.2.2
                     ipv6 route 2001:db8:20::/64 2001:db8:2::2
                    exit-vrf
                    !
                    interface eth0 vrf CUST
                     ip address 10.0.2.1/24
                     ipv6 address 2001:db8:2::1/64
                    exit
                    !
                    ipv6 route 2001:db8:a::/48 2001:db8:ab::1
                    !
                    segment-routing
                     srv6
                      static-sids
                       sid 2001:db8:b::4/128 behavior End.DT4 vrf CUST
                       sid 2001:db8:b::6/128 behavior End.DT6 vrf CUST
                       sid 2001:db8:b::46/128 behavior End.DT46 vrf CUST
                      exit
                      !
                     exit
                     !
                    exit
                    !
                HB:
                  interfaces: {eth0: [10.0.2.2/24, 2001:db8:2::2/64], lo: [10.0.20.2/32, 2001:db8:20::2/128]}
              links:
                - endpoints: ["HA:eth0", "A:eth0"]
                - endpoints: ["A:eth1", "B:eth1"]
                - endpoints: ["B:eth0", "HB:eth0"]
            """;

    /** The hosts' default routes and A's SRv6: H.Encaps toward B's SIDs, End.DX4/DX6 for the way back. */
    private static final String EDGE = """
            set -e
            ip -n HA -batch - <<'EOF'
            route add 0.0.0.0/0 via 10.0.1.1
            route add ::/0 via 2001:db8:1::1
            EOF
            ip -n HB -batch - <<'EOF'
            route add 0.0.0.0/0 via 10.0.2.1
            route add ::/0 via 2001:db8:2::1
            EOF
            ip -n A -batch - <<'EOF'
            route add 2001:db8:b::/48 via 2001:db8:ab::2 dev eth1
            route add 10.0.2.0/24 encap seg6 mode encap segs 2001:db8:b::4 dev eth1
            route add 2001:db8:2::/64 encap seg6 mode encap segs 2001:db8:b::6 dev eth1
            route add 10.0.20.0/24 encap seg6 mode encap segs 2001:db8:b::46 dev eth1
            route add 2001:db8:20::/64 encap seg6 mode encap segs 2001:db8:b::46 dev eth1
            route add 2001:db8:a::4/128 encap seg6local action End.DX4 nh4 10.0.1.2 dev eth0
            route add 2001:db8:a::6/128 encap seg6local action End.DX6 nh6 2001:db8:1::2 dev eth0
            EOF
            """;

    /** B's VRF back toward HA: H.Encaps in VRF CUST (made by Ferry's zebra) toward A's SIDs, over eth1. */
    private static final String RETURN = """
            set -e
            ip -n B -batch - <<'EOF'
            route add 10.0.1.0/24 vrf CUST encap seg6 mode encap segs 2001:db8:a::4 dev eth1
            route add 2001:db8:1::/64 vrf CUST encap seg6 mode encap segs 2001:db8:a::6 dev eth1
            EOF
            """;

    /** What each probe crosses: HA pings these, one per behaviour and family. */
    private static final List<String> TARGETS = List.of("10.0.2.2", "2001:db8:2::2", "10.0.20.2", "2001:db8:20::2");

    /** "outer destination, next header after the SRH" of the frames on the A-B link, both ways. */
    private static final Set<String> SRH_FLOWS = Set.of(
            "2001:db8:b::4 4", "2001:db8:b::6 41", "2001:db8:b::46 4", "2001:db8:b::46 41",
            "2001:db8:a::4 4", "2001:db8:a::6 41");

    private static final Duration SHORT = Duration.ofSeconds(60);

    @Test
    void endDt4Dt6AndDt46DecapsulateIntoAVrfFerryMade() throws Exception {
        long t0 = System.nanoTime();
        try (RunningLab running = VmSeedL3vpnIT.start(TopologyFile.parse(YAML, "srv6-enddt.yaml", null))) {
            step("lab up: Ferry B (zebra, staticd), FRR nodes HA, A, HB", t0);
            try {
                check(running, t0);
            } catch (AssertionError e) {
                System.out.println("[vm] state after the failure:\n" + diagnosis((VmLab) running).indent(6));
                throw e;
            }
        }
    }

    /** The checks, in one lab start: SIDs in kernel and RIB, pings through each behaviour, the capture. */
    private static void check(RunningLab running, long t0) {
        VmLab vm = (VmLab) running;
        ExecResult edge = vm.guestShell(EDGE, SHORT);
        assertTrue(edge.ok(), "HA, HB and A's SRv6 set up with ip:\n" + edge.output());

        // staticd -> zebra -> kernel: the three SIDs into CUST's table, with strict mode set by zebra
        List<String> expected = List.of("2001:db8:b::4 encap seg6local action End.DT4 vrftable 1001 dev CUST",
                "2001:db8:b::6 encap seg6local action End.DT6 table 1001 dev CUST",
                "2001:db8:b::46 encap seg6local action End.DT46 vrftable 1001 dev CUST");
        String sids = awaitOutput(running, "B", List.of("ip", "-6", "route", "show", "proto", "230"),
                out -> expected.stream().allMatch(flat(out)::contains),
                "B's kernel has the End.DT4, End.DT6 and End.DT46 SIDs into VRF CUST (table 1001)");
        System.out.println("[vm] B ip -6 route show proto 230:\n" + sids.indent(6).stripTrailing());
        String strict = running.exec("B", List.of("cat", "/proc/sys/net/vrf/strict_mode"), SHORT).output();
        assertTrue(strict.strip().equals("1"), "Ferry's zebra turned strict mode on in B: " + strict);
        String installed = "{\"protocol\":\"static\",\"selected\":true,\"installed\":true}";
        LabAssertions.eventually(running, "B", "show ipv6 route json", "{\"2001:db8:b::4/128\":[" + installed
                + "],\"2001:db8:b::6/128\":[" + installed + "],\"2001:db8:b::46/128\":[" + installed + "]}",
                VmSeedL3vpnIT.CONVERGE); // Ferry's vtysh is a JVM: under TCG one call may outlast its 30 s
        System.out.println("[vm] B show ipv6 route:\n"
                + running.vtysh("B", "show ipv6 route").indent(6).stripTrailing());
        step("SIDs installed (ip -6 route, show ipv6 route), strict_mode=1", t0);

        ExecResult back = vm.guestShell(RETURN, SHORT);
        assertTrue(back.ok(), "B's VRF routes back toward A's SIDs:\n" + back.output());
        for (String target : TARGETS) {
            LabAssertions.assertPing(running, "HA", target, SHORT);
        }
        step("pings HA -> HB: IPv4 via End.DT4, IPv6 via End.DT6, both via End.DT46", t0);

        Path[] pcap = {null};
        Set<String> flows = captureSrhFlows(running, pcap);
        System.out.println("[vm] SRH flows on B eth1 (outer destination, next header): " + flows);
        assertTrue(flows.containsAll(SRH_FLOWS), "the A-B link must carry each behaviour's SRH: " + flows);
        CaptureCheck.assertClean(pcap[0]);
        step("capture on B eth1: SRH toward each DT SID (segments left 0), clean in tshark", t0);
    }

    /** What B's zebra and the kernels say, to tell a Ferry fault from a lab one. */
    private static String diagnosis(VmLab vm) {
        StringBuilder out = new StringBuilder();
        for (String command : List.of("show ipv6 route", "show ip route vrf CUST", "show ipv6 route vrf CUST")) {
            try {
                out.append("B# ").append(command).append('\n').append(vm.vtysh("B", command)).append('\n');
            } catch (RuntimeException e) {
                out.append("B# ").append(command).append(": ").append(e.getMessage()).append('\n');
            }
        }
        out.append(vm.guestShell("""
                for r in B A; do echo "== $r"; ip -n $r -6 route; ip -n $r route; done
                echo "== B vrf CUST"; ip -n B route show vrf CUST; ip -n B -6 route show vrf CUST
                echo "== B links"; ip -n B -br link; ip -n B -br addr
                echo "== B strict_mode"; ip netns exec B cat /proc/sys/net/vrf/strict_mode
                """, SHORT).output());
        return out.toString();
    }

    /**
     * Captures on B eth1 while HA pings each target, until tshark (on the host) sees every flow: tcpdump is slow
     * to attach in the guest, and the host's view of the shared pcap may lag.
     */
    private static Set<String> captureSrhFlows(RunningLab lab, Path[] pcap) {
        assumeTrue(CaptureCheck.tsharkAvailable(), "tshark is needed to read the capture");
        Set<String> seen = new TreeSet<>();
        String pings = "for t in " + String.join(" ", TARGETS) + "; do ping -n -c 8 -i 0.25 -W 1 $t; done";
        Optional<Set<String>> all = Poll.until(Duration.ofSeconds(180), Duration.ofMillis(100), () -> {
            Capture capture = lab.capture("B", "eth1", "ip6");
            lab.exec("HA", List.of("sh", "-c", pings), Duration.ofSeconds(60));
            pcap[0] = capture.stop();
            seen.addAll(srhFlows(pcap[0]));
            return seen.containsAll(SRH_FLOWS) ? Optional.of(seen) : Optional.empty();
        });
        return all.orElse(seen);
    }

    /** "destination next-header" of each frame with a segment routing header whose segments left is 0. */
    private static Set<String> srhFlows(Path pcap) {
        String out = HostCommand.run(List.of("tshark", "-r", pcap.toString(), "-Y",
                "ipv6.routing.type == 4 && ipv6.routing.segleft == 0", "-T", "fields", "-E", "occurrence=f",
                "-e", "ipv6.dst", "-e", "ipv6.routing.nxt"), Duration.ofSeconds(30)).stdout();
        Set<String> flows = new TreeSet<>();
        out.lines().filter(l -> !l.isBlank()).forEach(l -> flows.add(l.strip().replace('\t', ' ')));
        return flows;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
