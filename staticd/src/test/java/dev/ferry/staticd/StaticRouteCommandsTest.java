package dev.ferry.staticd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** staticd's route commands: rendering, order, replacement, `no` forms, abbreviations and errors. */
class StaticRouteCommandsTest {
    @TempDir
    Path dir;

    private ConfigTerminal staticd;

    @BeforeEach
    void start() throws Exception {
        staticd = ConfigTerminal.start(dir, "staticd", new StaticDaemon(false));
    }

    @AfterEach
    void stop() {
        staticd.close();
    }

    @Test
    void tutorialVrfFormLandsInTheVrfBlock() {
        staticd.run("ip route 192.168.1.0/24 172.16.1.2 vrf CUSTA", "ip route 0.0.0.0/0 172.16.1.254");
        assertEquals("""
                vrf CUSTA
                 ip route 192.168.1.0/24 172.16.1.2
                exit-vrf
                ip route 0.0.0.0/0 172.16.1.254
                """, staticd.config());
    }

    @Test
    void routesAreSortedByFamilyLengthAndPrefix() {
        staticd.run("ipv6 route 2001:DB8::/32 2001:db8:0:0::1", "ip route 10.2.0.0/16 eth1",
                "ip route 10.1.0.0/16 eth0", "ip route 10.0.0.0 255.0.0.0 192.0.2.1", "ip route 10.1.2.3/16 192.0.2.1");
        assertEquals("""
                ip route 10.0.0.0/8 192.0.2.1
                ip route 10.1.0.0/16 eth0
                ip route 10.1.0.0/16 192.0.2.1
                ip route 10.2.0.0/16 eth1
                ipv6 route 2001:db8::/32 2001:db8::1
                """, staticd.config());
    }

    @Test
    void optionsPrintInFrrOrder() {
        staticd.run("ip route 10.0.0.0/8 192.0.2.1 eth0 onlink label 16/17 table 100 200 tag 7 nexthop-vrf red",
                "ip route 10.9.0.0/16 reject 250", "ip route 10.8.0.0/16 Null0", "ip route 10.7.0.0/16 blackhole");
        assertEquals("""
                ip route 10.0.0.0/8 192.0.2.1 eth0 tag 7 200 label 16/17 nexthop-vrf red table 100 onlink
                ip route 10.7.0.0/16 blackhole
                ip route 10.8.0.0/16 Null0
                ip route 10.9.0.0/16 reject 250
                """, staticd.config());
    }

    @Test
    void sameNexthopAtAnotherDistanceReplacesIt() {
        staticd.run("ip route 10.0.0.0/8 192.0.2.1", "ip route 10.0.0.0/8 192.0.2.1 50",
                "ip route 10.0.0.0/8 192.0.2.2");
        assertEquals("ip route 10.0.0.0/8 192.0.2.2\nip route 10.0.0.0/8 192.0.2.1 50\n", staticd.config());
    }

    @Test
    void noFormRemovesTheNexthopWhateverItsDistance() {
        staticd.run("ip route 10.0.0.0/8 192.0.2.1 50", "vrf CUSTA", "ip route 192.168.1.0/24 172.16.1.2", "exit-vrf");
        staticd.run("no ip route 10.0.0.0/8 192.0.2.1", "vrf CUSTA", "no ip route 192.168.1.0/24 172.16.1.2");
        assertEquals("", staticd.config());
        CliResult r = staticd.execute("no ip route 10.0.0.0/8 192.0.2.1");
        assertEquals(CmdStatus.SUCCESS, r.status());
        assertEquals("% Refusing to remove a non-existent route\n", r.output());
    }

    @Test
    void abbreviationsAndVrfNodeFallback() {
        staticd.run("vrf CUSTA", "ip ro 192.168.1.0/24 172.16.1.2", "vrf CUSTB", "ip ro 192.168.3.0/24 172.16.3.2");
        assertEquals("""
                vrf CUSTA
                 ip route 192.168.1.0/24 172.16.1.2
                exit-vrf
                vrf CUSTB
                 ip route 192.168.3.0/24 172.16.3.2
                exit-vrf
                """, staticd.config());
    }

    @Test
    void badValuesGetFrrMessages() {
        assertEquals("% Malformed label(s)\n", staticd.fail("ip route 10.0.0.0/8 192.0.2.1 label 3"));
        assertEquals("% Configuration failed.\n\nError type: validation\nError description: blackhole: Nexthop "
                + "interface name can not be from reserved keywords(Null0, reject, blackhole)\n",
                staticd.fail("ip route 10.0.0.0/8 192.0.2.1 blackhole"));
        assertEquals("% Configuration failed.\n\nError type: validation\nError description: % table param only "
                + "available when running on netns-based vrfs\n",
                staticd.fail("ip route 10.0.0.0/8 eth0 table 5 vrf RED"));
        staticd.run("ip route 10.0.0.0/8 192.0.2.1");
        assertEquals("% Configuration failed.\n\nError type: validation\nError description: Route cannot have "
                + "blackhole and non-blackhole nexthops simultaneously\n", staticd.fail("ip route 10.0.0.0/8 Null0"));
        assertEquals("ip route 10.0.0.0/8 192.0.2.1\n", staticd.config());
    }

    @Test
    void srv6SegmentsAndStaticSidsRoundTrip() {
        staticd.run("ip route 8.8.8.8/32 eth0 segments 2001:DB8:B::10",
                "ipv6 route 2001:db8:99::/48 2001:db8:1::2 segments 2001:db8:b::10/2001:db8:c::1",
                "segment-routing", "srv6", "static-sids",
                "sid 2001:db8:b::10/128 behavior End.DX4 nh4 10.0.0.70 interface eth0",
                "sid 2001:db8:b::20/128 locator MAIN behavior End.DT46 vrf CUSTA",
                "sid 2001:db8:b::1/128 behavior End", "exit", "exit", "exit");
        assertEquals("""
                ip route 8.8.8.8/32 eth0 segments 2001:db8:b::10
                ipv6 route 2001:db8:99::/48 2001:db8:1::2 segments 2001:db8:b::10/2001:db8:c::1
                segment-routing
                 srv6
                  static-sids
                   sid 2001:db8:b::1/128 behavior End
                   sid 2001:db8:b::10/128 behavior End.DX4 nh4 10.0.0.70 interface eth0
                   sid 2001:db8:b::20/128 locator MAIN behavior End.DT46 vrf CUSTA
                  exit
                  !
                 exit
                 !
                exit
                """, staticd.config());
        staticd.run("segment-routing", "srv6", "static-sids", "no sid 2001:db8:b::10/128", "exit", "exit", "exit");
        assertEquals(false, staticd.config().contains("End.DX4"));
    }

    @Test
    void badSegmentsAreRefusedWithTheReason() {
        CliResult r = staticd.execute("ip route 8.8.8.8/32 eth0 segments 2001:db8::1/10.0.0.1");
        assertEquals(CmdStatus.WARNING_CONFIG_FAILED, r.status());
        assertEquals("% Malformed segment(s): 10.0.0.1 is not an IPv6 address\n", r.output());
    }
}
