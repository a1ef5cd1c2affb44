package dev.ferry.ospfd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ospfd's commands: FRR's order inside the blocks, area formats, `no` forms, conflicts and errors. */
class OspfCommandsTest {
    @TempDir
    Path dir;

    private ConfigTerminal ospfd;

    @BeforeEach
    void start() throws Exception {
        ospfd = ConfigTerminal.start(dir, "ospfd", new OspfDaemon(false));
    }

    @AfterEach
    void stop() {
        ospfd.close();
    }

    @Test
    void routerBlockUsesFrrOrderNotTypingOrder() {
        ospfd.run("router ospf", "default-information originate always metric 10", "area 0.0.0.1 range 10.1.0.0/16",
                "network 10.1.1.0/24 area 0.0.0.1", "area 2 stub no-summary", "network 1.1.1.1/32 area 0",
                "passive-interface default", "redistribute static metric-type 1", "redistribute connected metric 5",
                "timers throttle spf 10 100 1000", "log-adjacency-changes detail", "ospf router-id 1.1.1.1");
        assertEquals("""
                router ospf
                 ospf router-id 1.1.1.1
                 log-adjacency-changes detail
                 timers throttle spf 10 100 1000
                 redistribute connected metric 5
                 redistribute static metric-type 1
                 passive-interface default
                 network 1.1.1.1/32 area 0
                 network 10.1.1.0/24 area 0.0.0.1
                 area 0.0.0.1 range 10.1.0.0/16
                 area 2 stub no-summary
                 default-information originate always metric 10
                exit
                """, ospfd.config());
    }

    @Test
    void areaIsShownAsLastWritten() {
        ospfd.run("router ospf", "area 1 range 10.0.0.0/8", "area 0.0.0.1 range 10.0.0.0/8 not-advertise");
        assertEquals("router ospf\n area 0.0.0.1 range 10.0.0.0/8 not-advertise\nexit\n", ospfd.config());
    }

    @Test
    void noFormsRemoveWhatWasSet() {
        ospfd.run("router ospf", "ospf router-id 1.1.1.1", "network 10.0.0.0/8 area 0", "area 1 stub",
                "redistribute bgp", "default-information originate", "timers throttle spf 1 2 3",
                "log-adjacency-changes");
        ospfd.run("no ospf router-id", "no network 10.0.0.0/8 area 0", "no area 1 stub", "no redistribute bgp",
                "no default-information originate", "no timers throttle spf", "no log-adjacency-changes");
        assertEquals("router ospf\nexit\n", ospfd.config());
        ospfd.run("exit", "no router ospf");
        assertEquals("", ospfd.config());
    }

    @Test
    void interfaceSettingsPrintInFrrOrder() {
        ospfd.run("interface eth0", "ip ospf passive", "ip ospf mtu-ignore", "ip ospf area 0.0.0.0",
                "ip ospf priority 5", "ip ospf dead-interval 40", "ip ospf hello-interval 5", "ip ospf cost 20",
                "ip ospf message-digest-key 1 md5 secret", "ip ospf authentication message-digest",
                "ip ospf network point-to-point", "description uplink");
        assertEquals("""
                interface eth0
                 description uplink
                 ip ospf network point-to-point
                 ip ospf authentication message-digest
                 ip ospf message-digest-key 1 md5 secret
                 ip ospf cost 20
                 ip ospf hello-interval 5
                 ip ospf dead-interval 40
                 ip ospf priority 5
                 ip ospf area 0.0.0.0
                 ip ospf mtu-ignore
                 ip ospf passive
                exit
                """, ospfd.config());
        ospfd.run("no ip ospf passive", "no ip ospf mtu-ignore", "no ip ospf area", "no ip ospf priority",
                "no ip ospf dead-interval", "no ip ospf hello-interval", "no ip ospf cost",
                "no ip ospf message-digest-key 1", "no ip ospf authentication", "no ip ospf network",
                "no description");
        assertEquals("", ospfd.config());
    }

    @Test
    void deprecatedPassiveInterfaceSetsTheInterfaceFlag() {
        ospfd.run("router ospf");
        CliResult r = ospfd.execute("passive-interface eth1");
        assertEquals(CmdStatus.SUCCESS, r.status());
        assertEquals("This command is deprecated, because it is not VRF-aware.\n"
                + "Please, use \"ip ospf passive\" on an interface instead.\n", r.output());
        assertEquals("interface eth1\n ip ospf passive\nexit\nrouter ospf\nexit\n", ospfd.config());
    }

    @Test
    void networkAndInterfaceAreaExcludeEachOther() {
        ospfd.run("interface eth0", "ip ospf area 0", "router ospf");
        assertEquals("Please remove all ip ospf area x.x.x.x commands first.\n",
                ospfd.fail("network 10.0.0.0/8 area 0"));
        ospfd.run("interface eth0", "no ip ospf area", "router ospf", "network 10.0.0.0/8 area 0");
        assertEquals("There is already same network statement.\n", ospfd.fail("network 10.0.0.0/8 area 1"));
        assertEquals("Can't find specified network area configuration.\n", ospfd.fail("no network 10.0.0.0/8 area 1"));
        ospfd.run("interface eth1");
        assertEquals("Please remove all network commands first.\n", ospfd.fail("ip ospf area 0"));
    }

    @Test
    void badValuesAreRefused() {
        ospfd.run("router ospf");
        assertEquals("% You can't configure stub to backbone\n", ospfd.fail("area 0 stub"));
        assertEquals(CmdStatus.ERR_NO_MATCH, ospfd.execute("ospf router-id 1.2.3.256").status());
        assertEquals("% OSPF is not running in instance mode\n", ospfd.fail("router ospf 5"));
        ospfd.run("interface eth0");
        assertEquals("OSPF: Key 3 does not exist\n", ospfd.fail("no ip ospf message-digest-key 3"));
    }

    @Test
    void abbreviationsAndParentNodeFallback() {
        ospfd.run("int eth0", "ip os cost 7", "ro o vrf RED", "net 10.0.0.0/8 a 0", "ro o", "o r 2.2.2.2");
        assertEquals("""
                interface eth0
                 ip ospf cost 7
                exit
                router ospf vrf RED
                 network 10.0.0.0/8 area 0
                exit
                router ospf
                 ospf router-id 2.2.2.2
                exit
                """, ospfd.config());
    }

    /** The OSPF-in-VRF setup of the seed notes (Cisco's lines in FRR's words). */
    @Test
    void ospfInAVrfWithInterfaceAreas() {
        ospfd.run("router ospf vrf vrf1", "router-id 203.0.113.72", "log-adjacency-changes",
                "interface Loopback0 vrf vrf1", "ip ospf area 192.0.2.0", "interface FastEthernet0/0 vrf vrf1",
                "ip ospf area 192.0.2.0");
        assertEquals("""
                interface FastEthernet0/0
                 ip ospf area 192.0.2.0
                exit
                interface Loopback0
                 ip ospf area 192.0.2.0
                exit
                router ospf vrf vrf1
                 ospf router-id 203.0.113.72
                 log-adjacency-changes
                exit
                """, ospfd.config());
        assertEquals("% OSPF is not running in instance mode\n", ospfd.fail("router ospf 72 vrf vrf1"));
    }

    @Test
    void datacenterProfileLogsAdjacenciesByDefault() {
        ospfd.run("frr defaults datacenter", "router ospf");
        assertEquals("router ospf\nexit\n", ospfd.config());
        ospfd.run("no log-adjacency-changes");
        assertEquals("router ospf\n no log-adjacency-changes\nexit\n", ospfd.config());
    }

    @Test
    void virtualLinksPrintAfterTheAreasInFrrForm() {
        ospfd.run("router ospf", "default-information originate", "area 0.0.0.1 virtual-link 3.3.3.3",
                "area 2 virtual-link 4.4.4.4 hello-interval 1 dead-interval 4", "area 0.0.0.1 range 10.1.0.0/16",
                "network 10.0.0.0/8 area 0");
        assertEquals("""
                router ospf
                 network 10.0.0.0/8 area 0
                 area 0.0.0.1 range 10.1.0.0/16
                 area 0.0.0.1 virtual-link 3.3.3.3
                 area 2 virtual-link 4.4.4.4 hello-interval 1 retransmit-interval 5 transmit-delay 1 dead-interval 4
                 default-information originate
                exit
                """, ospfd.config());
        // the timers given change, the others stay; `no ... TIMER` puts one back to its default
        ospfd.run("area 2 virtual-link 4.4.4.4 transmit-delay 2", "no area 2 virtual-link 4.4.4.4 hello-interval 1");
        assertTrue(ospfd.config().contains(" area 2 virtual-link 4.4.4.4 hello-interval 10 retransmit-interval 5"
                + " transmit-delay 2 dead-interval 4\n"), ospfd.config());
        ospfd.run("no area 0.0.0.1 virtual-link 3.3.3.3", "no area 2 virtual-link 4.4.4.4",
                "no area 0.0.0.1 range 10.1.0.0/16");
        assertEquals("router ospf\n network 10.0.0.0/8 area 0\n default-information originate\nexit\n",
                ospfd.config());
    }

    @Test
    void virtualLinksRefuseTheBackboneStubsAndUnknownLinks() {
        ospfd.run("router ospf");
        assertEquals("Configuring VLs over the backbone is not allowed\n",
                ospfd.execute("area 0 virtual-link 3.3.3.3").output());
        ospfd.run("area 1 stub");
        assertEquals("Area 1 is stub\n", ospfd.execute("area 1 virtual-link 3.3.3.3").output());
        ospfd.run("area 2 virtual-link 3.3.3.3");
        assertEquals("First deconfigure all virtual link through this area\n",
                ospfd.execute("area 2 stub").output());
        assertEquals("% Area cannot be stub as it contains a virtual link\n",
                ospfd.execute("area 2 stub no-summary").output());
        assertEquals("Virtual link does not exist\n", ospfd.execute("no area 2 virtual-link 9.9.9.9").output());
        assertEquals("Area does not exist\n", ospfd.execute("no area 7 virtual-link 3.3.3.3").output());
        assertEquals("router ospf\n area 1 stub\n area 2 virtual-link 3.3.3.3\nexit\n", ospfd.config());
    }

    @Test
    void virtualLinkAuthenticationPrintsAsFrr() {
        ospfd.run("router ospf", "area 1 virtual-link 3.3.3.3 authentication message-digest",
                "area 1 virtual-link 3.3.3.3 message-digest-key 2 md5 two",
                "area 1 virtual-link 3.3.3.3 message-digest-key 1 md5 one",
                "area 1 virtual-link 3.3.3.3 authentication-key plain");
        assertEquals("""
                router ospf
                 area 1 virtual-link 3.3.3.3
                 area 1 virtual-link 3.3.3.3 authentication message-digest
                 area 1 virtual-link 3.3.3.3 authentication-key plain
                 area 1 virtual-link 3.3.3.3 message-digest-key 2 md5 two
                 area 1 virtual-link 3.3.3.3 message-digest-key 1 md5 one
                exit
                """, ospfd.config());
        assertEquals("OSPF: Key 1 already exists\n",
                ospfd.execute("area 1 virtual-link 3.3.3.3 message-digest-key 1 md5 again").output());
        assertEquals("OSPF: Key 9 does not exist\n",
                ospfd.execute("no area 1 virtual-link 3.3.3.3 message-digest-key 9 md5 x").output());
        ospfd.run("no area 1 virtual-link 3.3.3.3 message-digest-key 2 md5 two",
                "no area 1 virtual-link 3.3.3.3 authentication-key plain",
                "no area 1 virtual-link 3.3.3.3 authentication", "area 1 virtual-link 3.3.3.3 authentication null");
        assertEquals("""
                router ospf
                 area 1 virtual-link 3.3.3.3
                 area 1 virtual-link 3.3.3.3 authentication null
                 area 1 virtual-link 3.3.3.3 message-digest-key 1 md5 one
                exit
                """, ospfd.config());
    }
}
