package dev.ferry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zebra and staticd of the built distribution in a namespace, configured through vtysh: `ip route ... table N`
 * goes into kernel table N (and `show ip route table N`) and leaves with `no ip route`; two distances of one
 * prefix are both in the RIB, the better one in the kernel, the other taking over while the first gateway is
 * unreachable and giving way again when it comes back.
 */
class StaticTableDistanceIT {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private NetworkNamespace ns;
    private FerryInstance ferry;

    @BeforeEach
    void start() throws Exception {
        Path home = FerryInstance.distribution();
        assumeTrue(Files.isExecutable(home.resolve("bin/frrinit.sh")), "no distribution");
        assumeTrue(NetworkNamespace.available(), "needs root and `ip netns`");
        ns = NetworkNamespace.create();
        for (String cmd : List.of("ip link add e0 type veth peer name e0p", "ip link add e1 type veth peer name e1p",
                "ip link set e0 up", "ip link set e0p up", "ip link set e1 up", "ip link set e1p up")) {
            assertTrue(ns.exec(List.of(cmd.split(" ")), Duration.ofSeconds(10)).ok(), cmd);
        }
        ferry = FerryInstance.create(home, ns, dir, "st", List.of()); // zebra and staticd
        Shell.Result r = ferry.frrinit("start");
        assertTrue(r.ok(), "frrinit.sh start: " + r.output());
    }

    @AfterEach
    void stop() throws Exception {
        if (ns != null) {
            try {
                if (ferry != null) {
                    ferry.frrinit("stop");
                }
            } finally {
                ns.close();
            }
        }
    }

    private String vtysh(String... commands) throws Exception {
        return ferry.vtysh(commands).output();
    }

    private String kernel(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        return ns.exec(cmd, Duration.ofSeconds(10)).output();
    }

    @Test
    void aTableRouteGoesToItsKernelTable() throws Exception {
        vtysh("configure terminal", "interface e0", "ip address 10.51.1.1/24");
        vtysh("configure terminal", "ip route 10.61.0.0/24 10.51.1.2 table 100");
        Poll.until("the route in kernel table 100", DEADLINE, () -> kernel("route", "show", "table", "100")
                .matches("(?s).*10\\.61\\.0\\.0/24 (nhid \\d+ )?via 10\\.51\\.1\\.2 dev e0 proto 230 metric 20.*"));
        assertEquals("", kernel("route", "show", "10.61.0.0/24").strip(), "not in the main table");
        String shown = vtysh("show ip route table 100");
        assertTrue(shown.contains("VRF default table 100:\nS>* 10.61.0.0/24 [1/0] via 10.51.1.2, e0, weight 1, "),
                shown);
        assertTrue(!vtysh("show ip route").contains("10.61.0.0/24"), "not listed with the VRF's routes");
        assertTrue(vtysh("show running-config").contains("ip route 10.61.0.0/24 10.51.1.2 table 100\n"));

        vtysh("configure terminal", "no ip route 10.61.0.0/24 10.51.1.2 table 100");
        Poll.until("the route leaves kernel table 100", DEADLINE,
                () -> !kernel("route", "show", "table", "100").contains("10.61.0.0/24"));
        Poll.until("and `show ip route table 100`", DEADLINE,
                () -> !vtysh("show ip route table 100").contains("10.61.0.0/24"));
    }

    /** The entries of 10.62.0.0/24 in `show ip route json`: distance -> "selected,installed" flags. */
    @SuppressWarnings("unchecked")
    private String entries() throws Exception {
        Object doc = Json.parse(vtysh("show ip route 10.62.0.0/24 json"));
        List<Object> routes = (List<Object>) ((Map<String, Object>) doc).get("10.62.0.0/24");
        StringBuilder b = new StringBuilder();
        for (Object o : routes) {
            Map<String, Object> r = (Map<String, Object>) o;
            b.append(r.get("distance")).append(':').append(Boolean.TRUE.equals(r.get("selected")) ? "S" : "-")
                    .append(Boolean.TRUE.equals(r.get("installed")) ? "I" : "-").append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void theSecondDistanceTakesOverWhileTheFirstGatewayIsUnreachable() throws Exception {
        vtysh("configure terminal", "interface e0", "ip address 10.51.1.1/24", "exit", "interface e1",
                "ip address 10.51.2.1/24");
        vtysh("configure terminal", "ip route 10.62.0.0/24 10.51.1.2", "ip route 10.62.0.0/24 10.51.2.2 200");
        Poll.until("the distance 1 gateway in the kernel", DEADLINE,
                () -> kernel("route", "show", "10.62.0.0/24").contains("via 10.51.1.2 dev e0 proto 230"));
        Poll.until("both entries, the distance 1 one selected and installed", DEADLINE,
                () -> entries().equals("1:SI 200:--") || entries().equals("200:-- 1:SI"));
        String text = vtysh("show ip route static");
        assertTrue(text.contains("S>* 10.62.0.0/24 [1/0] via 10.51.1.2, e0, weight 1, "), text);
        assertTrue(text.contains("S   10.62.0.0/24 [200/0] via 10.51.2.2, e1, weight 1, "), text);

        vtysh("configure terminal", "interface e0", "no ip address 10.51.1.1/24");
        Poll.until("distance 200 takes over in the kernel", DEADLINE,
                () -> kernel("route", "show", "10.62.0.0/24").contains("via 10.51.2.2 dev e1 proto 230"));
        Poll.until("and in the RIB", DEADLINE, () -> entries().contains("200:SI"));

        vtysh("configure terminal", "interface e0", "ip address 10.51.1.1/24");
        Poll.until("distance 1 comes back", DEADLINE,
                () -> kernel("route", "show", "10.62.0.0/24").contains("via 10.51.1.2 dev e0 proto 230"));
        Poll.until("both entries again, distance 1 selected and installed", DEADLINE,
                () -> entries().equals("1:SI 200:--") || entries().equals("200:-- 1:SI"));

        String conf = vtysh("show running-config");
        assertTrue(conf.contains("ip route 10.62.0.0/24 10.51.1.2\nip route 10.62.0.0/24 10.51.2.2 200\n"), conf);
    }
}
