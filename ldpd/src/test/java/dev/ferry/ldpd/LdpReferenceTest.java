package dev.ferry.ldpd;

import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.ReferenceCheck;
import dev.ferry.lib.daemon.RunningConfigBlocks.Ownership;
import dev.ferry.lib.daemon.TestDaemons;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ldpd's share of FRR's reference configs renders as FRR 8.4 printed it. */
class LdpReferenceTest {
    static final Ownership LDPD = new Ownership().block("mpls ldp");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"l3vpn,,PE1", "l3vpn,,PE2", "l3vpn,,PR", "l3vpn,,CE1", "l3vpn-nsvrf,nsvrf,PE1",
        "l3vpn-nsvrf,nsvrf,PE2", "peers,,F1"})
    void rendersItsPartOfTheReference(String topology, String run, String router) throws Exception {
        try (Daemon d = TestDaemons.start(dir, "ldpd", new LdpDaemon(false))) {
            ReferenceCheck.assertRendersReference(d, LDPD, topology, run, router);
        }
    }
}
