package dev.ferry.bgpd;

import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.ReferenceCheck;
import dev.ferry.lib.daemon.RunningConfigBlocks.Ownership;
import dev.ferry.lib.daemon.TestDaemons;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bgpd's share of FRR's reference configs renders as FRR 8.4 printed it. */
class BgpReferenceTest {
    static final Ownership BGPD = new Ownership().block("router bgp ");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"l3vpn,,PE1", "l3vpn,,PE2", "l3vpn,,PR", "l3vpn,,CE1", "l3vpn-nsvrf,nsvrf,PE1",
        "l3vpn-nsvrf,nsvrf,PE2", "peers,,F1"})
    void rendersItsPartOfTheReference(String topology, String run, String router) throws Exception {
        try (Daemon d = TestDaemons.start(dir, "bgpd", new BgpDaemon(false))) {
            ReferenceCheck.assertRendersReference(d, BGPD, topology, run, router);
        }
    }
}
