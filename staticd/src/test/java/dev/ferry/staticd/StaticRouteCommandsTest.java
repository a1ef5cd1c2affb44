package dev.ferry.staticd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.testsupport.RunningConfigBlocks;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** staticd's route commands: rendering, order, replacement, `no` forms, abbreviations and errors. */
class StaticRouteCommandsTest {
    @TempDir
    Path dir;

    private Daemon staticd;
    private CliSession session;

    @BeforeEach
    void start() throws Exception {
        staticd = TestDaemons.start(dir, "staticd", new StaticDaemon());
        session = new CliSession();
        run("configure terminal");
    }

    @AfterEach
    void stop() {
        staticd.close();
    }

    @Test
    void tutorialVrfFormLandsInTheVrfBlock() {
        run("ip route 192.168.1.0/24 172.16.1.2 vrf CUSTA", "ip route 0.0.0.0/0 172.16.1.254");
        assertEquals("""
                vrf CUSTA
                 ip route 192.168.1.0/24 172.16.1.2
                exit-vrf
                ip route 0.0.0.0/0 172.16.1.254
                """, config());
    }

    @Test
    void routesAreSortedByFamilyLengthAndPrefix() {
        run("ipv6 route 2001:DB8::/32 2001:db8:0:0::1", "ip route 10.2.0.0/16 eth1", "ip route 10.1.0.0/16 eth0",
                "ip route 10.0.0.0 255.0.0.0 192.0.2.1", "ip route 10.1.2.3/16 192.0.2.1");
        assertEquals("""
                ip route 10.0.0.0/8 192.0.2.1
                ip route 10.1.0.0/16 eth0
                ip route 10.1.0.0/16 192.0.2.1
                ip route 10.2.0.0/16 eth1
                ipv6 route 2001:db8::/32 2001:db8::1
                """, config());
    }

    @Test
    void optionsPrintInFrrOrder() {
        run("ip route 10.0.0.0/8 192.0.2.1 eth0 onlink label 16/17 table 100 200 tag 7 nexthop-vrf red",
                "ip route 10.9.0.0/16 reject 250", "ip route 10.8.0.0/16 Null0", "ip route 10.7.0.0/16 blackhole");
        assertEquals("""
                ip route 10.0.0.0/8 192.0.2.1 eth0 tag 7 200 label 16/17 nexthop-vrf red table 100 onlink
                ip route 10.7.0.0/16 blackhole
                ip route 10.8.0.0/16 Null0
                ip route 10.9.0.0/16 reject 250
                """, config());
    }

    @Test
    void sameNexthopAtAnotherDistanceReplacesIt() {
        run("ip route 10.0.0.0/8 192.0.2.1", "ip route 10.0.0.0/8 192.0.2.1 50", "ip route 10.0.0.0/8 192.0.2.2");
        assertEquals("ip route 10.0.0.0/8 192.0.2.2\nip route 10.0.0.0/8 192.0.2.1 50\n", config());
    }

    @Test
    void noFormRemovesTheNexthopWhateverItsDistance() {
        run("ip route 10.0.0.0/8 192.0.2.1 50", "vrf CUSTA", "ip route 192.168.1.0/24 172.16.1.2", "exit-vrf");
        run("no ip route 10.0.0.0/8 192.0.2.1", "vrf CUSTA", "no ip route 192.168.1.0/24 172.16.1.2");
        assertEquals("", config());
        CliResult r = staticd.execute(session, "no ip route 10.0.0.0/8 192.0.2.1");
        assertEquals(CmdStatus.SUCCESS, r.status());
        assertEquals("% Refusing to remove a non-existent route\n", r.output());
    }

    @Test
    void abbreviationsAndVrfNodeFallback() {
        run("vrf CUSTA", "ip ro 192.168.1.0/24 172.16.1.2", "vrf CUSTB", "ip ro 192.168.3.0/24 172.16.3.2");
        assertEquals("""
                vrf CUSTA
                 ip route 192.168.1.0/24 172.16.1.2
                exit-vrf
                vrf CUSTB
                 ip route 192.168.3.0/24 172.16.3.2
                exit-vrf
                """, config());
    }

    @Test
    void badValuesGetFrrMessages() {
        assertEquals("% Malformed label(s)\n", fail("ip route 10.0.0.0/8 192.0.2.1 label 3"));
        assertEquals("% Configuration failed.\n\nError type: validation\nError description: blackhole: Nexthop "
                + "interface name can not be from reserved keywords(Null0, reject, blackhole)\n",
                fail("ip route 10.0.0.0/8 192.0.2.1 blackhole"));
        assertEquals("% Configuration failed.\n\nError type: validation\nError description: % table param only "
                + "available when running on netns-based vrfs\n", fail("ip route 10.0.0.0/8 eth0 table 5 vrf RED"));
        run("ip route 10.0.0.0/8 192.0.2.1");
        assertEquals("% Configuration failed.\n\nError type: validation\nError description: Route cannot have "
                + "blackhole and non-blackhole nexthops simultaneously\n", fail("ip route 10.0.0.0/8 Null0"));
        assertEquals("ip route 10.0.0.0/8 192.0.2.1\n", config());
    }

    private String fail(String line) {
        CliResult r = staticd.execute(session, line);
        assertEquals(CmdStatus.WARNING_CONFIG_FAILED, r.status(), line);
        return r.output();
    }

    private void run(String... lines) {
        for (String line : lines) {
            CliResult r = staticd.execute(session, line);
            assertEquals(CmdStatus.SUCCESS, r.status(), line + ": " + r.output());
        }
    }

    private String config() {
        return RunningConfigBlocks.body(staticd.runningConfig());
    }
}
