package dev.ferry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zebra and staticd of the built distribution in a namespace, configured through vtysh: a static route whose
 * gateway is not reachable stays out of the kernel, comes in when an address makes the gateway connected
 * (zebra's nexthop tracking tells staticd), and leaves again when the address goes; `show running-config`
 * gives back exactly the lines typed. This kernel has no MPLS: a route with labels goes in without them (so
 * it still forwards, as with FRR's zebra), and `show ip route` keeps the labels and says they were left out.
 */
class StaticdActivationIT {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private NetworkNamespace ns;
    private Path etc;
    private Path run;
    private Path home;

    @BeforeEach
    void start() throws Exception {
        home = FerryInstance.distribution();
        assumeTrue(Files.isExecutable(home.resolve("bin/frrinit.sh")), "no distribution");
        assumeTrue(NetworkNamespace.available(), "needs root and `ip netns`");
        ns = NetworkNamespace.create();
        for (String cmd : List.of("ip link add e0 type veth peer name e0p", "ip link set e0 up", "ip link set e0p up")) {
            assertTrue(ns.exec(List.of(cmd.split(" ")), Duration.ofSeconds(10)).ok(), cmd);
        }
        etc = Files.createDirectories(dir.resolve("etc"));
        run = dir.resolve("run");
        Files.writeString(etc.resolve("daemons"), "vtysh_enable=yes\n");
        Files.writeString(etc.resolve("frr.conf"), "hostname st\n!\n");
        Shell.Result r = ns.exec(List.of(home.resolve("bin/frrinit.sh").toString(), "start", "--config_dir",
                etc.toString(), "--run_dir", run.toString()), DEADLINE);
        assertTrue(r.ok(), "frrinit.sh start: " + r.output());
    }

    @AfterEach
    void stop() throws Exception {
        if (ns != null) {
            try {
                ns.exec(List.of(home.resolve("bin/frrinit.sh").toString(), "stop", "--config_dir", etc.toString(),
                        "--run_dir", run.toString()), DEADLINE);
            } finally {
                ns.close();
            }
        }
    }

    private String vtysh(String... commands) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/vtysh").toString(), "--vty_socket",
                run.toString(), "--config_dir", etc.toString()));
        for (String c : commands) {
            cmd.addAll(List.of("-c", c));
        }
        return ns.exec(cmd, DEADLINE).output();
    }

    private String kernel(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        return ns.exec(cmd, Duration.ofSeconds(10)).output();
    }

    @Test
    void aRouteFollowsItsGatewayAndLabelsTheKernelCannotTakeAreLeftOutClearly() throws Exception {
        vtysh("configure terminal", "ip route 10.77.0.0/24 10.9.0.2", "ip route 10.78.0.0/24 10.9.0.2 label 100",
                "ip route 10.79.0.0/24 blackhole");
        Poll.until("the blackhole in the kernel", DEADLINE,
                () -> kernel("route", "show", "10.79.0.0/24").contains("blackhole 10.79.0.0/24 proto 230"));
        assertEquals("", kernel("route", "show", "10.77.0.0/24").strip(), "no gateway yet: not installed");

        vtysh("configure terminal", "interface e0", "ip address 10.9.0.1/24");
        Poll.until("the route once 10.9.0.2 is connected", DEADLINE, () -> kernel("route", "show", "10.77.0.0/24")
                .matches("(?s)10\\.77\\.0\\.0/24 (nhid \\d+ )?via 10\\.9\\.0\\.2 dev e0 proto 230 .*"));
        Poll.until("the labelled route in the kernel, without its label", DEADLINE, () -> kernel("route", "show",
                "10.78.0.0/24").matches("(?s)10\\.78\\.0\\.0/24 (nhid \\d+ )?via 10\\.9\\.0\\.2 dev e0 proto 230 .*"));
        assertFalse(kernel("route", "show", "10.78.0.0/24").contains("encap mpls"), "this kernel has no MPLS");
        String shown = vtysh("show ip route 10.78.0.0/24");
        assertTrue(shown.contains("label 100") && shown.contains("Installed without its labels: this kernel has no MPLS"),
                shown);
        assertTrue(vtysh("show ip route").contains("installed without its labels: this kernel has no MPLS"));

        vtysh("configure terminal", "interface e0", "no ip address 10.9.0.1/24");
        Poll.until("the route withdrawn when the gateway is unreachable again", DEADLINE,
                () -> kernel("route", "show", "10.77.0.0/24").isBlank());

        String conf = vtysh("show running-config");
        assertTrue(conf.contains("ip route 10.77.0.0/24 10.9.0.2\nip route 10.78.0.0/24 10.9.0.2 label 100\n"
                + "ip route 10.79.0.0/24 blackhole\n"), conf);
    }
}
