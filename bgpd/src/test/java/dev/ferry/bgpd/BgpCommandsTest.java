package dev.ferry.bgpd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bgpd's instance and neighbor commands: FRR's order, defaults profile, `no` forms and errors. */
class BgpCommandsTest {
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

    @Test
    void neighborSettingsFollowFrrOrder() {
        bgpd.run("router bgp 65000", "neighbor 2001:DB8::2 remote-as external", "neighbor 10.0.0.2 remote-as 65001",
                "neighbor 10.0.0.2 timers 30 60",
                "neighbor 10.0.0.2 update-source lo", "neighbor 10.0.0.2 ebgp-multihop 5",
                "neighbor 10.0.0.2 password s3cret", "neighbor 10.0.0.2 shutdown",
                "neighbor 10.0.0.2 description to the  other side", "neighbor 2.2.2.2 remote-as 65000",
                "neighbor 2.2.2.2 ebgp-multihop", "neighbor 2.2.2.2 update-source 1.1.1.1", "bgp router-id 1.1.1.1");
        assertEquals("""
                router bgp 65000
                 bgp router-id 1.1.1.1
                 neighbor 2.2.2.2 remote-as 65000
                 neighbor 2.2.2.2 update-source 1.1.1.1
                 neighbor 10.0.0.2 remote-as 65001
                 neighbor 10.0.0.2 description to the other side
                 neighbor 10.0.0.2 shutdown
                 neighbor 10.0.0.2 password s3cret
                 neighbor 10.0.0.2 ebgp-multihop 5
                 neighbor 10.0.0.2 update-source lo
                 neighbor 10.0.0.2 timers 20 60
                 neighbor 2001:db8::2 remote-as external
                exit
                """, bgpd.config());
    }

    @Test
    void activationShowsOnlyWhereItDiffersFromTheDefaults() {
        bgpd.run("router bgp 65000", "no bgp default ipv4-unicast", "neighbor 2.2.2.2 remote-as 65000",
                "neighbor 3.3.3.3 remote-as 65000", "address-family ipv4 unicast", "neighbor 2.2.2.2 activate",
                "neighbor 2.2.2.2 next-hop-self", "exit-address-family", "address-family ipv6",
                "neighbor 3.3.3.3 activate", "network 2001:db8::/32", "redistribute connected");
        assertEquals("""
                router bgp 65000
                 no bgp default ipv4-unicast
                 neighbor 2.2.2.2 remote-as 65000
                 neighbor 3.3.3.3 remote-as 65000
                 !
                 address-family ipv4 unicast
                  neighbor 2.2.2.2 activate
                  neighbor 2.2.2.2 next-hop-self
                 exit-address-family
                 !
                 address-family ipv6 unicast
                  network 2001:db8::/32
                  redistribute connected
                  neighbor 3.3.3.3 activate
                 exit-address-family
                exit
                """, bgpd.config());
    }

    @Test
    void noFormsRemoveWhatWasSet() {
        bgpd.run("router bgp 65000", "bgp router-id 1.1.1.1", "neighbor 2.2.2.2 remote-as 65001",
                "neighbor 2.2.2.2 description x", "neighbor 2.2.2.2 shutdown", "neighbor 2.2.2.2 password p",
                "neighbor 2.2.2.2 ebgp-multihop 3", "neighbor 2.2.2.2 update-source lo",
                "neighbor 2.2.2.2 timers 10 30", "network 10.0.0.0/8", "redistribute static metric 5",
                "address-family ipv4 unicast", "no neighbor 2.2.2.2 activate");
        bgpd.run("no neighbor 2.2.2.2 activate", "neighbor 2.2.2.2 activate", "no network 10.0.0.0/8",
                "no redistribute static", "exit-address-family", "no bgp router-id",
                "no neighbor 2.2.2.2 description", "no neighbor 2.2.2.2 shutdown", "no neighbor 2.2.2.2 password",
                "no neighbor 2.2.2.2 ebgp-multihop", "no neighbor 2.2.2.2 update-source",
                "no neighbor 2.2.2.2 timers");
        assertEquals("router bgp 65000\n neighbor 2.2.2.2 remote-as 65001\nexit\n", bgpd.config());
        bgpd.run("no neighbor 2.2.2.2", "exit", "no router bgp 65000");
        assertEquals("", bgpd.config());
    }

    @Test
    void ebgpPolicySwitchDependsOnTheProfile() {
        bgpd.run("router bgp 65000", "no bgp ebgp-requires-policy", "bgp log-neighbor-changes");
        assertEquals("router bgp 65000\n bgp log-neighbor-changes\n no bgp ebgp-requires-policy\nexit\n",
                bgpd.config());
        bgpd.run("exit", "no router bgp 65000", "frr defaults datacenter", "router bgp 65000",
                "no bgp ebgp-requires-policy", "bgp log-neighbor-changes");
        assertEquals("router bgp 65000\nexit\n", bgpd.config());
        bgpd.run("bgp ebgp-requires-policy", "no bgp deterministic-med");
        assertEquals("router bgp 65000\n bgp ebgp-requires-policy\n no bgp deterministic-med\nexit\n", bgpd.config());
    }

    @Test
    void hiddenIpv4CommandsInTheBgpNodeMeanIpv4Unicast() {
        bgpd.run("router bgp 65000", "network 10.1.1.1/24", "network 9.0.0.0/8 route-map RM", "redistribute ospf");
        assertEquals("""
                router bgp 65000
                 !
                 address-family ipv4 unicast
                  network 9.0.0.0/8 route-map RM
                  network 10.1.1.0/24
                  redistribute ospf
                 exit-address-family
                exit
                """, bgpd.config());
    }

    @Test
    void errorsUseFrrMessages() {
        bgpd.run("router bgp 65000");
        assertEquals("% Specify remote-as or peer-group commands first\n",
                bgpd.fail("neighbor 2.2.2.2 description x"));
        assertEquals("% Create the peer-group or interface first\n", bgpd.fail("neighbor PG remote-as 65000"));
        bgpd.run("neighbor 2.2.2.2 remote-as 65000");
        assertEquals("% Invalid value\n", bgpd.fail("neighbor 2.2.2.2 timers 1 2"));
        assertEquals("% Can't find static route specified\n", bgpd.fail("no network 10.0.0.0/8"));
        bgpd.run("exit");
        assertEquals("BGP is already running; AS is 65000\n", bgpd.fail("router bgp 65001"));
        assertEquals("% Can't find BGP instance\n", bgpd.fail("no router bgp 65000 vrf NOPE"));
        assertEquals(CmdStatus.ERR_NO_MATCH, bgpd.execute("router bgp 4294967296").status());
    }

    @Test
    void abbreviatedCommandsWork() {
        bgpd.run("ro b 65000", "bgp ro 1.1.1.1", "nei 2.2.2.2 rem 65000", "nei 2.2.2.2 up lo", "add ipv4 vpn",
                "nei 2.2.2.2 act");
        assertEquals("""
                router bgp 65000
                 bgp router-id 1.1.1.1
                 neighbor 2.2.2.2 remote-as 65000
                 neighbor 2.2.2.2 update-source lo
                 !
                 address-family ipv4 vpn
                  neighbor 2.2.2.2 activate
                 exit-address-family
                exit
                """, bgpd.config());
    }

    @Test
    void routerLineAfterAnAddressFamilyLeavesItWithoutExit() {
        bgpd.run("router bgp 65000", "neighbor 2.2.2.2 remote-as 65000", "address-family ipv4 vpn",
                "neighbor 2.2.2.2 activate", "router bgp 65000 vrf CUSTA", "address-family ipv4 unicast",
                "redistribute static", "router bgp 65000 vrf CUSTB", "address-family ipv4 unicast",
                "redistribute connected");
        assertEquals("""
                router bgp 65000
                 neighbor 2.2.2.2 remote-as 65000
                 !
                 address-family ipv4 vpn
                  neighbor 2.2.2.2 activate
                 exit-address-family
                exit
                router bgp 65000 vrf CUSTA
                 !
                 address-family ipv4 unicast
                  redistribute static
                 exit-address-family
                exit
                router bgp 65000 vrf CUSTB
                 !
                 address-family ipv4 unicast
                  redistribute connected
                 exit-address-family
                exit
                """, bgpd.config());
    }

    @Test
    void reflectionAndMultipathSettingsFollowFrrOrder() {
        bgpd.run("router bgp 65000", "neighbor 10.0.0.11 remote-as internal", "neighbor 10.0.0.21 remote-as 65000",
                "bgp bestpath as-path multipath-relax", "bgp cluster-id 167772161", "bgp deterministic-med",
                "address-family ipv4 unicast", "neighbor 10.0.0.11 next-hop-self",
                "neighbor 10.0.0.11 route-reflector-client", "maximum-paths ibgp 4 equal-cluster-length",
                "maximum-paths 8", "exit-address-family", "address-family ipv6 unicast", "maximum-paths 256",
                "maximum-paths ibgp 2", "no maximum-paths ibgp");
        assertEquals("""
                router bgp 65000
                 bgp cluster-id 10.0.0.1
                 bgp bestpath as-path multipath-relax
                 neighbor 10.0.0.11 remote-as internal
                 neighbor 10.0.0.21 remote-as 65000
                 !
                 address-family ipv4 unicast
                  maximum-paths 8
                  maximum-paths ibgp 4 equal-cluster-length
                  neighbor 10.0.0.11 route-reflector-client
                  neighbor 10.0.0.11 next-hop-self
                 exit-address-family
                exit
                """, bgpd.config().replace(" bgp deterministic-med\n", ""));
        bgpd.run("router bgp 65000", "no bgp cluster-id", "no bgp bestpath as-path multipath-relax",
                "address-family ipv4 unicast", "no neighbor 10.0.0.11 route-reflector-client", "no maximum-paths",
                "no maximum-paths ibgp 4");
        assertEquals("""
                router bgp 65000
                 neighbor 10.0.0.11 remote-as internal
                 neighbor 10.0.0.21 remote-as 65000
                 !
                 address-family ipv4 unicast
                  neighbor 10.0.0.11 next-hop-self
                 exit-address-family
                exit
                """, bgpd.config().replace(" bgp deterministic-med\n", ""));
    }

    @Test
    void onlyInternalNeighborsCanBeReflectorClients() {
        bgpd.run("router bgp 65000", "neighbor 10.0.0.2 remote-as 65001");
        assertEquals("% Invalid command. Not an internal neighbor\n",
                bgpd.fail("neighbor 10.0.0.2 route-reflector-client"));
        assertEquals(CmdStatus.ERR_NO_MATCH, bgpd.execute("maximum-paths 257").status());
    }
}
