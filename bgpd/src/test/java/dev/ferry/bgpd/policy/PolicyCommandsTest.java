package dev.ferry.bgpd.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.BgpDaemon;
import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.daemon.ConfigTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy commands against real FRR 8.4.4: frr-reference/policy/bgpd.conf loaded into bgpd gives the
 * running-config and the show outputs FRR's bgpd printed for the same file.
 */
class PolicyCommandsTest {
    @TempDir
    Path dir;

    private ConfigTerminal bgpd;

    @BeforeEach
    void start() throws Exception {
        bgpd = ConfigTerminal.start(dir, "bgpd", new BgpDaemon(false));
    }

    @AfterEach
    void stop() {
        bgpd.close();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PolicyCommandsTest.class.getResourceAsStream("/frr-reference/policy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void loadReferenceConfig() throws IOException {
        for (String line : resource("bgpd.conf").lines().toList()) {
            if (!line.startsWith("hostname")) {
                bgpd.run(line.strip());
            }
        }
        bgpd.run("end");
    }

    private String show(String command) {
        CliResult r = bgpd.execute(command);
        return r.output();
    }

    @Test
    void showOutputsAreFrrs() throws IOException {
        loadReferenceConfig();
        for (String command : List.of("show route-map", "show route-map json", "show ip prefix-list",
                "show ip prefix-list json", "show ipv6 prefix-list", "show bgp community-list",
                "show bgp as-path-access-list")) {
            assertEquals(resource(command.replace(' ', '-') + ".txt"), show(command), command);
        }
    }

    /**
     * FRR's running-config as its vtysh prints it (route-map lines sorted within each entry, as Ferry's vtysh
     * merges them too), without the "!" lines the test harness drops.
     */
    @Test
    void runningConfigIsFrrs() throws IOException {
        loadReferenceConfig();
        String frr = resource("show-running-config.txt");
        String expected = frr.substring(frr.indexOf("router bgp"), frr.lastIndexOf("end")).lines()
                .filter(l -> !l.equals("!")).map(l -> l + "\n").reduce("", String::concat);
        assertEquals(expected, sortRouteMapBodies(bgpd.config()));
    }

    private static String sortRouteMapBodies(String config) {
        StringBuilder out = new StringBuilder();
        List<String> body = new ArrayList<>();
        boolean inMap = false;
        for (String line : config.lines().toList()) {
            if (line.startsWith("route-map ")) {
                inMap = true;
                out.append(line).append('\n');
            } else if (inMap && line.startsWith(" ")) {
                body.add(line);
            } else {
                body.stream().sorted().forEach(b -> out.append(b).append('\n'));
                body.clear();
                inMap = false;
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void prefixListErrorsDuplicatesAndRemoval() {
        assertTrue(bgpd.fail("ip prefix-list A permit 10.0.0.0/16 le 8").contains(
                "Invalid prefix range for 10.0.0.0/16: Make sure that mask length <= ge <= le"));
        bgpd.run("ip prefix-list A permit 10.0.0.0/8", "ip prefix-list A permit 10.0.0.0/8",
                "ip prefix-list A seq 3 deny any", "ip prefix-list A permit 10.1.0.0/16 ge 24");
        assertEquals("""
                ip prefix-list A seq 3 deny any
                ip prefix-list A seq 5 permit 10.0.0.0/8
                ip prefix-list A seq 10 permit 10.1.0.0/16 ge 24
                """, bgpd.config());
        bgpd.run("no ip prefix-list A seq 3", "no ip prefix-list A permit 10.0.0.0/8");
        assertEquals("ip prefix-list A seq 10 permit 10.1.0.0/16 ge 24\n", bgpd.config());
        bgpd.run("no ip prefix-list A");
        assertEquals("", bgpd.config());
    }

    @Test
    void routeMapNodeAndNoForms() {
        bgpd.run("route-map RM permit 10", "match ip address prefix-list PL", "match ip address prefix-list OTHER",
                "set metric 5", "set metric -3", "on-match goto 30", "exit");
        assertEquals("""
                route-map RM permit 10
                 on-match goto 30
                 match ip address prefix-list OTHER
                 set metric -3
                exit
                """, bgpd.config(), "a second clause of a kind replaces the first");
        bgpd.run("route-map RM permit 10", "no match ip address prefix-list", "no set metric", "no on-match goto");
        assertTrue(bgpd.fail("on-match goto 5").contains("Cannot go to a sequence number less than or equal"));
        bgpd.run("end", "configure terminal", "no route-map RM permit 10");
        assertEquals("", bgpd.config());
    }

    @Test
    void neighborPolicyLines() {
        bgpd.run("router bgp 65000", "neighbor 10.0.0.2 remote-as 65001", "address-family ipv6 unicast",
                "neighbor 10.0.0.2 route-map OUT out", "neighbor 10.0.0.2 maximum-prefix 100 warning-only",
                "neighbor 10.0.0.2 prefix-list P6 in");
        assertEquals("""
                router bgp 65000
                 neighbor 10.0.0.2 remote-as 65001
                 !
                 address-family ipv6 unicast
                  neighbor 10.0.0.2 maximum-prefix 100 warning-only
                  neighbor 10.0.0.2 prefix-list P6 in
                  neighbor 10.0.0.2 route-map OUT out
                 exit-address-family
                exit
                """, bgpd.config());
        bgpd.run("no neighbor 10.0.0.2 maximum-prefix", "no neighbor 10.0.0.2 route-map OUT out",
                "no neighbor 10.0.0.2 prefix-list P6 in");
        assertEquals("router bgp 65000\n neighbor 10.0.0.2 remote-as 65001\nexit\n", bgpd.config());
    }
}
