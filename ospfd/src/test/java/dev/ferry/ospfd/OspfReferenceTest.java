package dev.ferry.ospfd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.testsupport.ConfigFeeder;
import dev.ferry.testsupport.ReferenceFiles;
import dev.ferry.testsupport.RunningConfigBlocks;
import dev.ferry.testsupport.RunningConfigBlocks.Ownership;
import java.nio.file.Path;
import java.util.List;
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
        check("ospfd", new OspfDaemon(), ospfd, topology, run, router);
    }

    /**
     * Only the OSPFv3 routers: fed alone, ospf6d takes `router ospf` as an abbreviation of `router ospf6`,
     * as FRR's ospf6d would; vtysh sends that line to ospfd only, because its exact match wins.
     */
    @ParameterizedTest
    @CsvSource({"peers,,F1", "peers,,F2"})
    void ospf6dRendersItsPart(String topology, String run, String router) throws Exception {
        Ownership ospf6d = new Ownership().block("router ospf6").block("interface ", "ipv6 ospf6", "description");
        check("ospf6d", new Ospf6Daemon(), ospf6d, topology, run, router);
    }

    private void check(String name, DaemonModule module, Ownership owner, String topology, String run,
            String router) throws Exception {
        try (Daemon d = TestDaemons.start(dir, name, module)) {
            ConfigFeeder.Result r = ConfigFeeder.feed(d, ReferenceFiles.config(topology, router));
            assertEquals(List.of(), r.failures());
            String expected = RunningConfigBlocks.select(
                    ReferenceFiles.runningConfig(run == null ? "" : run, router), owner);
            assertEquals(expected, RunningConfigBlocks.body(d.runningConfig()));
        }
    }
}
