package dev.ferry.ldpd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ldpd's commands: FRR's layout, timers at each level, `no` forms, abbreviations and errors. */
class LdpCommandsTest {
    @TempDir
    Path dir;

    private ConfigTerminal ldpd;

    @BeforeEach
    void start() throws Exception {
        ldpd = ConfigTerminal.start(dir, "ldpd", new LdpDaemon(false));
    }

    @AfterEach
    void stop() {
        ldpd.close();
    }

    @Test
    void everyLevelInFrrLayout() {
        ldpd.run("mpls ldp", "discovery hello interval 7", "discovery hello holdtime 15", "router-id 1.1.1.1",
                "address-family ipv6", "label local advertise explicit-null", "interface eth1",
                "discovery hello holdtime 30", "exit", "exit-address-family", "address-family ipv4",
                "discovery transport-address 1.1.1.1", "discovery hello holdtime 20",
                "label local advertise explicit-null for ACL1", "interface eth10", "exit", "interface eth2");
        assertEquals("""
                mpls ldp
                 router-id 1.1.1.1
                 discovery hello interval 7
                 !
                 address-family ipv4
                  discovery hello holdtime 20
                  discovery transport-address 1.1.1.1
                  label local advertise explicit-null for ACL1
                  !
                  interface eth2
                  exit
                  !
                  interface eth10
                  exit
                  !
                 exit-address-family
                 !
                 address-family ipv6
                  ! Incomplete config, specify a discovery transport-address
                  label local advertise explicit-null
                  !
                  interface eth1
                   discovery hello holdtime 30
                  exit
                  !
                 exit-address-family
                 !
                exit
                """, ldpd.config());
    }

    @Test
    void noFormsRemoveWhatWasSet() {
        ldpd.run("mpls ldp", "router-id 1.1.1.1", "discovery hello holdtime 30", "address-family ipv4",
                "discovery transport-address 1.1.1.1", "label local advertise explicit-null", "interface eth0",
                "discovery hello interval 2", "no discovery hello interval 2", "exit", "no interface eth0",
                "no label local advertise explicit-null", "no discovery transport-address 1.1.1.1", "exit",
                "no address-family ipv4", "no discovery hello holdtime 30", "no router-id 1.1.1.1");
        assertEquals("mpls ldp\n !\nexit\n", ldpd.config());
        ldpd.run("exit", "no mpls ldp");
        assertEquals("", ldpd.config());
    }

    @Test
    void badAddressesAreReportedAndIgnored() {
        ldpd.run("mpls ldp");
        CliResult r = ldpd.execute("router-id 127.0.0.1");
        assertEquals(CmdStatus.SUCCESS, r.status());
        assertEquals("% Malformed address\n", r.output());
        ldpd.run("address-family ipv6");
        assertEquals("% Malformed address\n", ldpd.execute("discovery transport-address ::1").output());
        assertEquals(CmdStatus.ERR_NO_MATCH, ldpd.execute("discovery transport-address 1.1.1.1").status());
        assertEquals("mpls ldp\n !\n address-family ipv6\n  ! Incomplete config, specify a discovery "
                + "transport-address\n  !\n exit-address-family\n !\nexit\n", ldpd.config());
    }

    @Test
    void abbreviationsAndParentNodeFallback() {
        ldpd.run("mp l", "ro 9.9.9.9", "add ipv4", "dis t 9.9.9.9", "int eth0", "int eth1", "address-family ipv6",
                "dis t 2001:DB8::9");
        assertEquals("""
                mpls ldp
                 router-id 9.9.9.9
                 !
                 address-family ipv4
                  discovery transport-address 9.9.9.9
                  !
                  interface eth0
                  exit
                  !
                  interface eth1
                  exit
                  !
                 exit-address-family
                 !
                 address-family ipv6
                  discovery transport-address 2001:db8::9
                  !
                 exit-address-family
                 !
                exit
                """, ldpd.config());
    }
}
