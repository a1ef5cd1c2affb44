package dev.ferry.ospfd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ospf6d's commands: interface settings in FRR's order, area as written, `no` forms. */
class Ospf6CommandsTest {
    @TempDir
    Path dir;

    private ConfigTerminal ospf6d;

    @BeforeEach
    void start() throws Exception {
        ospf6d = ConfigTerminal.start(dir, "ospf6d", new Ospf6Daemon(false));
    }

    @AfterEach
    void stop() {
        ospf6d.close();
    }

    @Test
    void interfaceSettingsPrintInFrrOrder() {
        ospf6d.run("interface eth0", "ipv6 ospf6 network point-to-point", "ipv6 ospf6 mtu-ignore", "ipv6 ospf6 passive",
                "ipv6 ospf6 priority 0", "ipv6 ospf6 dead-interval 8", "ipv6 ospf6 hello-interval 2",
                "ipv6 ospf6 cost 5", "ipv6 ospf6 ifmtu 1400", "ipv6 ospf6 area 0", "description core");
        assertEquals("""
                interface eth0
                 description core
                 ipv6 ospf6 area 0
                 ipv6 ospf6 ifmtu 1400
                 ipv6 ospf6 cost 5
                 ipv6 ospf6 hello-interval 2
                 ipv6 ospf6 dead-interval 8
                 ipv6 ospf6 priority 0
                 ipv6 ospf6 passive
                 ipv6 ospf6 mtu-ignore
                 ipv6 ospf6 network point-to-point
                exit
                """, ospf6d.config());
        ospf6d.run("no ipv6 ospf6 network", "no ipv6 ospf6 mtu-ignore", "no ipv6 ospf6 passive",
                "no ipv6 ospf6 priority", "no ipv6 ospf6 dead-interval", "no ipv6 ospf6 hello-interval",
                "no ipv6 ospf6 cost",
                "no ipv6 ospf6 ifmtu", "no ipv6 ospf6 area");
        assertEquals("interface eth0\n description core\nexit\n", ospf6d.config());
    }

    @Test
    void descriptionAloneDoesNotMakeAnOspf6Interface() {
        ospf6d.run("interface eth1", "description nothing ospf6 here");
        assertEquals("", ospf6d.config());
    }

    @Test
    void attachedInterfaceKeepsItsArea() {
        ospf6d.run("router ospf6", "ospf6 router-id 10.255.0.1", "interface eth0", "ipv6 ospf6 area 0.0.0.0");
        CliResult r = ospf6d.execute("ipv6 ospf6 area 1");
        assertEquals(CmdStatus.SUCCESS, r.status());
        assertEquals("eth0 already attached to Area 0.0.0.0\n", r.output());
        assertEquals("""
                interface eth0
                 ipv6 ospf6 area 0.0.0.0
                exit
                router ospf6
                 ospf6 router-id 10.255.0.1
                exit
                """, ospf6d.config());
        ospf6d.run("router ospf6", "no ospf6 router-id", "exit", "no router ospf6");
        assertEquals("OSPFv3 is not configured\n", ospf6d.execute("no router ospf6").output());
    }

    @Test
    void abbreviationsAndParentNodeFallback() {
        ospf6d.run("int lo", "ipv6 ospf6 a 0", "ro ospf6", "ospf6 r 1.1.1.1", "int eth0", "ipv6 ospf6 a 0");
        assertEquals("""
                interface eth0
                 ipv6 ospf6 area 0
                exit
                interface lo
                 ipv6 ospf6 area 0
                exit
                router ospf6
                 ospf6 router-id 1.1.1.1
                exit
                """, ospf6d.config());
    }

    /** FRR 8.4's order: redistribution before area ranges; "advertise" is never shown, a cost only when advertised. */
    @Test
    void redistributeAndAreaRanges() {
        ospf6d.run("router ospf6", "ospf6 router-id 10.255.0.1", "redistribute static metric 50 metric-type 1",
                "redistribute connected", "area 1 range 2001:db8:1::1/48 cost 30", "area 0.0.0.2 range 2001:db8:2::/48",
                "area 0.0.0.2 range 2001:db8:3::/48 not-advertise", "area 0.0.0.2 range 2001:db8:2::/48 advertise");
        assertEquals("""
                router ospf6
                 ospf6 router-id 10.255.0.1
                 redistribute connected
                 redistribute static metric 50 metric-type 1
                 area 1 range 2001:db8:1::/48 cost 30
                 area 0.0.0.2 range 2001:db8:2::/48
                 area 0.0.0.2 range 2001:db8:3::/48 not-advertise
                exit
                """, ospf6d.config());
        ospf6d.run("area 0.0.0.2 range 2001:db8:3::/48 cost 5", "no area 1 range 2001:db8:1::/48",
                "no redistribute connected");
        assertEquals("""
                router ospf6
                 ospf6 router-id 10.255.0.1
                 redistribute static metric 50 metric-type 1
                 area 0.0.0.2 range 2001:db8:2::/48
                 area 0.0.0.2 range 2001:db8:3::/48 cost 5
                exit
                """, ospf6d.config());
    }
}
