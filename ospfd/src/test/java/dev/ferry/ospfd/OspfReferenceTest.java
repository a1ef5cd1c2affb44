package dev.ferry.ospfd;

import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.daemon.ReferenceCheck;
import dev.ferry.lib.daemon.RunningConfigBlocks.Ownership;
import dev.ferry.lib.daemon.TestDaemons;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ospfd's and ospf6d's shares of FRR's reference configs render as FRR 8.4 printed them. */
class OspfReferenceTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"l3vpn,,PE1", "l3vpn,,PE2", "l3vpn,,PR", "l3vpn,,CE1", "l3vpn-nsvrf,nsvrf,PE1", "peers,,F1",
        "peers,,F2"})
    void ospfdRendersItsPart(String topology, String run, String router) throws Exception {
        Ownership ospfd = new Ownership().block("router ospf ").block("interface ", "ip ospf", "description");
        check("ospfd", new OspfDaemon(false), ospfd, topology, run, router);
    }

    /**
     * Only the OSPFv3 routers: fed alone, ospf6d takes `router ospf` as an abbreviation of `router ospf6`,
     * as FRR's ospf6d would; vtysh sends that line to ospfd only, because its exact match wins.
     */
    @ParameterizedTest
    @CsvSource({"peers,,F1", "peers,,F2"})
    void ospf6dRendersItsPart(String topology, String run, String router) throws Exception {
        Ownership ospf6d = new Ownership().block("router ospf6").block("interface ", "ipv6 ospf6", "description");
        check("ospf6d", new Ospf6Daemon(false), ospf6d, topology, run, router);
    }

    private void check(String name, DaemonModule module, Ownership owner, String topology, String run,
            String router) throws Exception {
        try (Daemon d = TestDaemons.start(dir, name, module)) {
            ReferenceCheck.assertRendersReference(d, owner, topology, run, router);
        }
    }
}
