package dev.ferry.it.lab;

import static dev.ferry.it.lab.BgpInteropIT.nodes;
import static dev.ferry.it.lab.BgpInteropIT.router;
import static dev.ferry.it.lab.BgpLabs.CONVERGE;
import static dev.ferry.it.lab.BgpLabs.awaitRoute;
import static dev.ferry.it.lab.BgpLabs.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.proc.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * zebra dies under bgpd: Ferry's zebra is killed with SIGKILL and watchfrr starts a new one, which sweeps the
 * old one's kernel routes and starts with an empty RIB. bgpd, whose zebra client keeps no copy of its routes,
 * must install every route of its Loc-RIB again from there, IPv4 and IPv6, without its BGP session to FRR
 * going down: the routes reach the new zebra's RIB (`show ip route X json`: bgp, installed) and the kernel.
 * Needs root, FRR and a built distribution (etc/target/ferry).
 */
class BgpZebraRestartIT {
    private static final List<String> FRR_V4 = List.of("10.0.0.1/32", "10.0.1.1/32", "10.0.2.1/32");
    private static final String FRR_V6 = "2001:db8::1/128";

    @Test
    void bgpdInstallsItsRoutesAgainInARestartedZebra() throws Exception {
        String f1 = """
                router bgp 65001
                 bgp router-id 10.0.0.1
                 no bgp ebgp-requires-policy
                 no bgp default ipv4-unicast
                 neighbor 10.0.12.2 remote-as 65002
                 neighbor 10.0.12.2 timers connect 5
                 neighbor 2001:db8:12::2 remote-as 65002
                 neighbor 2001:db8:12::2 timers connect 5
                 address-family ipv4 unicast
                  network 10.0.0.1/32
                  network 10.0.1.1/32
                  network 10.0.2.1/32
                  neighbor 10.0.12.2 activate
                 exit-address-family
                 address-family ipv6 unicast
                  network 2001:db8::1/128
                  neighbor 2001:db8:12::2 activate
                 exit-address-family
                exit
                """;
        String y2 = """
                router bgp 65002
                 bgp router-id 10.0.0.2
                 no bgp ebgp-requires-policy
                 no bgp default ipv4-unicast
                 neighbor 10.0.12.1 remote-as 65001
                 neighbor 2001:db8:12::1 remote-as 65001
                 address-family ipv4 unicast
                  neighbor 10.0.12.1 activate
                 exit-address-family
                 address-family ipv6 unicast
                  neighbor 2001:db8:12::1 activate
                 exit-address-family
                exit
                """;
        String yaml = nodes(
                router("frr", "F1", """
                        lo: [10.0.0.1/32, 10.0.1.1/32, 10.0.2.1/32, "2001:db8::1/128"]
                        eth0: [10.0.12.1/24, "2001:db8:12::1/64"]""", f1),
                router("ferry", "Y2", """
                        lo: [10.0.0.2/32, "2001:db8::2/128"]
                        eth0: [10.0.12.2/24, "2001:db8:12::2/64"]""", y2))
                + "  links:\n    - endpoints: [\"F1:eth0\", \"Y2:eth0\"]\n";
        try (RunningLab lab = start(yaml)) {
            awaitBgpRoutesInstalled(lab, "before zebra's restart");
            Path runDir = runDir(lab, "Y2");
            long zebra = pid(runDir, "zebra");
            long bgpd = pid(runDir, "bgpd");

            assertTrue(ProcessHandle.of(zebra).orElseThrow().destroyForcibly(), "SIGKILL to zebra " + zebra);
            assertTrue(Poll.until(CONVERGE, Duration.ofMillis(250), () -> {
                long now = pid(runDir, "zebra");
                return now != 0 && now != zebra && ProcessHandle.of(now).map(ProcessHandle::isAlive).orElse(false)
                        && lab.vtysh("Y2", "show version").contains("Ferry");
            }), "watchfrr started a new zebra");

            awaitBgpRoutesInstalled(lab, "bgpd's replay into the new zebra");
            assertEquals(bgpd, pid(runDir, "bgpd"), "bgpd kept running: its routes came back from its own RIB");
            LabAssertions.eventually(lab, "F1", "show bgp summary json",
                    "{\"ipv4Unicast\":{\"peers\":{\"10.0.12.2\":{\"state\":\"Established\","
                            + "\"connectionsEstablished\":1}}},\"ipv6Unicast\":{\"peers\":{\"2001:db8:12::2\":"
                            + "{\"state\":\"Established\",\"connectionsEstablished\":1}}}}", CONVERGE);
        }
    }

    /** FRR's prefixes are in Ferry's zebra, installed, as BGP routes, and in Ferry's kernel. */
    private static void awaitBgpRoutesInstalled(RunningLab lab, String when) {
        for (String p : FRR_V4) {
            LabAssertions.eventually(lab, "Y2", "show ip route " + p + " json",
                    "{\"" + p + "\":[{\"protocol\":\"bgp\",\"selected\":true,\"installed\":true}]}", CONVERGE);
            awaitRoute(lab, "Y2", p, r -> r.contains("via 10.0.12.1"), p + " in the kernel, " + when);
        }
        LabAssertions.eventually(lab, "Y2", "show ipv6 route " + FRR_V6 + " json",
                "{\"" + FRR_V6 + "\":[{\"protocol\":\"bgp\",\"selected\":true,\"installed\":true}]}", CONVERGE);
        awaitRoute(lab, "Y2", FRR_V6, r -> r.contains("via"), FRR_V6 + " in the kernel, " + when);
    }

    /** The router's run directory: where its vtysh finds the daemons (and their pid files). */
    private static Path runDir(RunningLab lab, String router) {
        List<String> argv = lab.vtyshCommand(router, "show version");
        return Path.of(argv.get(argv.indexOf("--vty_socket") + 1));
    }

    /** The pid in the daemon's pid file, 0 while there is none (a restarting daemon writes it anew). */
    private static long pid(Path runDir, String daemon) {
        try {
            return Long.parseLong(Files.readString(runDir.resolve(daemon + ".pid")).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
