package dev.ferry.bgpd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** L3VPN leaking commands: FRR's order and shapes, `rt vpn both`, VRF-to-VRF import and its exclusions. */
class BgpVpnCommandsTest {
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
    void exportSettingsPrintInFrrOrder() {
        bgpd.run("router bgp 65000 vrf CUSTA", "address-family ipv4 unicast", "import vpn", "export vpn",
                "rt vpn export 10:100 1.2.3.4:5", "rt vpn import 70000:7 10:100", "nexthop vpn export 1.1.1.1",
                "rd vpn export 1.1.1.1:100", "label vpn export 100", "redistribute static");
        assertEquals("""
                router bgp 65000 vrf CUSTA
                 !
                 address-family ipv4 unicast
                  redistribute static
                  label vpn export 100
                  rd vpn export 1.1.1.1:100
                  nexthop vpn export 1.1.1.1
                  rt vpn import 70000:7 10:100
                  rt vpn export 10:100 1.2.3.4:5
                  export vpn
                  import vpn
                 exit-address-family
                exit
                """, bgpd.config());
        bgpd.run("rt vpn both 20:200", "label vpn export auto");
        assertEquals("""
                router bgp 65000 vrf CUSTA
                 !
                 address-family ipv4 unicast
                  redistribute static
                  label vpn export auto
                  rd vpn export 1.1.1.1:100
                  nexthop vpn export 1.1.1.1
                  rt vpn both 20:200
                  export vpn
                  import vpn
                 exit-address-family
                exit
                """, bgpd.config());
        bgpd.run("no rt vpn both", "no label vpn export", "no rd vpn export", "no nexthop vpn export", "no export vpn",
                "no import vpn", "no redistribute static");
        assertEquals("router bgp 65000 vrf CUSTA\nexit\n", bgpd.config());
    }

    @Test
    void badRouteTargetsAreRefused() {
        bgpd.run("router bgp 65000 vrf CUSTA", "address-family ipv4 unicast");
        assertEquals("Malformed community-list value\n", bgpd.fail("rt vpn both 70000:70000"));
        assertEquals("% Nexthop required\n", bgpd.fail("nexthop vpn export"));
        assertEquals(CmdStatus.ERR_NO_MATCH, bgpd.execute("label vpn export 1048576").status());
    }

    @Test
    void importVrfCreatesTheInstancesItNeedsAndHidesVpnSettings() {
        bgpd.run("router bgp 65000 vrf CUSTA", "address-family ipv4 unicast", "rd vpn export 1:100",
                "import vrf CUSTB");
        assertEquals("""
                router bgp 65000 vrf CUSTA
                 !
                 address-family ipv4 unicast
                  import vrf CUSTB
                 exit-address-family
                exit
                router bgp 65000
                exit
                router bgp 65000 vrf CUSTB
                exit
                """, bgpd.config());
        assertEquals("% error: Please unconfigure import vrf commands before using vpn commands\n",
                bgpd.fail("rd vpn export 1:200"));
        assertEquals("% Cannot import vrf CUSTA into itself\n", bgpd.fail("import vrf CUSTA"));
        bgpd.run("no import vrf CUSTB");
        assertEquals("router bgp 65000 vrf CUSTA\n !\n address-family ipv4 unicast\n  rd vpn export 1:100\n"
                + " exit-address-family\nexit\nrouter bgp 65000\nexit\nrouter bgp 65000 vrf CUSTB\nexit\n",
                bgpd.config());
        bgpd.run("export vpn");
        assertEquals("% error: Please unconfigure vpn to vrf commands before using import vrf commands\n",
                bgpd.fail("import vrf CUSTB"));
    }

    @Test
    void defaultInstanceCannotGoWhileVrfsLeakThroughIt() {
        bgpd.run("router bgp 65000", "exit", "router bgp 65000 vrf CUSTA", "address-family ipv4 unicast", "export vpn",
                "exit-address-family", "exit");
        assertEquals("% Cannot delete default BGP instance. Dependent VRF instances exist\n",
                bgpd.fail("no router bgp 65000"));
        bgpd.run("no router bgp 65000 vrf CUSTA", "no router bgp 65000");
        assertEquals("", bgpd.config());
    }
    @Test
    void vpnShowGrammar() {
        for (String line : new String[] {"show bgp ipv4 vpn rd 1:100", "show bgp ipv4 vpn rd all json",
            "show ip bgp ipv4 vpn rd 1.1.1.1:7 10.1.0.0/16", "show bgp ipv4 vpn 10.1.2.3 json",
            "show bgp ipv6 vpn rd all 2001:db8::/32 json", "show bgp ipv6 vpn 2001:db8::1"}) {
            assertEquals(CmdStatus.SUCCESS, bgpd.execute("do " + line).status(), line);
        }
        assertEquals(CmdStatus.ERR_INCOMPLETE, bgpd.execute("do show bgp ipv4 vpn rd").status());
    }
}
