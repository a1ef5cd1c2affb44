package dev.ferry.staticd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.daemon.ConfigFeeder;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.ReferenceCheck;
import dev.ferry.lib.daemon.ReferenceFiles;
import dev.ferry.lib.daemon.RunningConfigBlocks.Ownership;
import dev.ferry.lib.daemon.TestDaemons;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** staticd's share of FRR's reference configs renders as FRR 8.4 printed it. */
class StaticReferenceTest {
    /** The lines staticd prints in the merged running-config. */
    static final Ownership STATICD = new Ownership()
            .block("vrf ", "ip route", "ipv6 route")
            .top("ip route", "ipv6 route");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"l3vpn,,PE1", "l3vpn,,PE2", "l3vpn,,PR", "l3vpn,,CE1", "l3vpn,,CE2", "l3vpn,,CE3", "l3vpn,,CE4",
        "l3vpn-nsvrf,nsvrf,PE1", "l3vpn-nsvrf,nsvrf,PE2", "l3vpn,nsvrf,CE1", "l3vpn,nsvrf,PR", "peers,,F1", "peers,,F2"})
    void rendersItsPartOfTheReference(String topology, String run, String router) throws Exception {
        try (Daemon d = TestDaemons.start(dir, "staticd", new StaticDaemon(false))) {
            ReferenceCheck.assertRendersReference(d, STATICD, topology, run, router);
        }
    }

    @Test
    void takesTheVrfBlocksAndTheirRoutes() throws Exception {
        try (Daemon d = TestDaemons.start(dir, "staticd", new StaticDaemon(false))) {
            ConfigFeeder.Result r = ConfigFeeder.feed(d, ReferenceFiles.config("l3vpn", "PE1"));
            assertEquals(List.of("frr defaults traditional", "hostname PE1", "vrf CUSTA",
                    " ip route 192.168.1.0/24 172.16.1.2", "exit-vrf", "vrf CUSTB",
                    " ip route 192.168.3.0/24 172.16.3.2", "exit-vrf"), r.taken());
        }
    }
}
