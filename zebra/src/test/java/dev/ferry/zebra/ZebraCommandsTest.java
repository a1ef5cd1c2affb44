package dev.ferry.zebra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import dev.ferry.zebra.config.Forwarding;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zebra's config commands: their effect on running-config, `no` forms, abbreviations and errors. */
class ZebraCommandsTest {
    @TempDir
    Path dir;

    private ConfigTerminal zebra;

    @BeforeEach
    void start() throws Exception {
        zebra = ConfigTerminal.start(dir, "zebra", new ZebraDaemon(new Forwarding(true, true)));
    }

    @AfterEach
    void stop() {
        zebra.close();
    }

    @Test
    void interfaceSettingsPrintInFrrOrder() {
        zebra.run("interface eth0", "ipv6 address 2001:DB8:0:0::1/64", "ip address 10.1.1.2/24",
                "description core link", "shutdown");
        assertEquals("""
                interface eth0
                 shutdown
                 description core link
                 ipv6 address 2001:db8::1/64
                 ip address 10.1.1.2/24
                exit
                """, zebra.config());
    }

    @Test
    void noFormsRemoveWhatWasSet() {
        zebra.run("interface eth0", "ip address 10.1.1.2/24", "ipv6 address 2001:db8::1/64", "description x",
                "shutdown");
        zebra.run("no ip address 10.1.1.2/24", "no ipv6 address 2001:db8::1/64", "no description", "no shutdown");
        assertEquals("", zebra.config());
        zebra.run("interface eth1", "description y", "exit", "no interface eth1");
        assertEquals("", zebra.config());
    }

    @Test
    void abbreviatedCommandsWork() {
        zebra.run("int lo", "ip add 9.9.9.9/32", "shut");
        assertEquals("interface lo\n shutdown\n ip address 9.9.9.9/32\nexit\n", zebra.config());
    }

    @Test
    void badAddressesAreRefusedWithFrrMessages() {
        zebra.run("interface eth0");
        CliResult martian = zebra.execute("ip address 127.0.0.1/8");
        assertEquals(CmdStatus.WARNING_CONFIG_FAILED, martian.status());
        assertEquals("% Invalid address\n", martian.output());
        assertEquals("% Can't find address\n", zebra.execute("no ip address 10.0.0.1/24").output());
        assertEquals(CmdStatus.ERR_NO_MATCH, zebra.execute("ip address 10.0.0.300/24").status());
        assertEquals("", zebra.config());
    }

    @Test
    void interfaceLineInsideAnInterfaceMovesToTheNewOne() {
        zebra.run("interface eth0", "ip address 10.0.0.1/24", "interface eth10", "ip address 10.0.10.1/24",
                "interface eth2", "ip address 10.0.2.1/24");
        assertEquals("""
                interface eth0
                 ip address 10.0.0.1/24
                exit
                interface eth2
                 ip address 10.0.2.1/24
                exit
                interface eth10
                 ip address 10.0.10.1/24
                exit
                """, zebra.config());
    }

    @Test
    void forwardingIsPrintedOnlyWhenOff() {
        zebra.run("no ip forwarding", "no ipv6 forwarding");
        assertEquals("no ip forwarding\nno ipv6 forwarding\n", zebra.config());
        zebra.run("ip forwarding", "ipv6 forwarding");
        assertEquals("", zebra.config());
    }

    @Test
    void srv6LocatorsUseFrr84Layout() {
        zebra.run("segment-routing", "srv6", "locators", "locator loc1", "prefix 2001:db8:1:1::/64 func-bits 16",
                "locator loc2", "prefix 2001:db8:2:2::/64");
        String expected = """
                segment-routing
                 srv6
                  locators
                   locator loc1
                    prefix 2001:db8:1:1::/64 func-bits 16
                   exit
                   !
                   locator loc2
                    prefix 2001:db8:2:2::/64
                   exit
                   !
                  exit
                  !
                 exit
                 !
                exit
                """;
        assertEquals(expected, zebra.config());
        assertEquals("% Can't find SRv6 locator\n", zebra.execute("no locator nope").output());
        zebra.run("no locator loc1", "no locator loc2");
        assertEquals("", zebra.config());
    }

    @Test
    void vrfNamesLongerThanFrrAllowsAreRefused() {
        CliResult r = zebra.execute("vrf " + "v".repeat(37));
        assertEquals(CmdStatus.WARNING_CONFIG_FAILED, r.status());
        assertEquals("% VRF name " + "v".repeat(37) + " invalid: length exceeds 36 bytes\n", r.output());
    }
}
