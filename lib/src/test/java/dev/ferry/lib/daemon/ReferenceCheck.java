package dev.ferry.lib.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.daemon.RunningConfigBlocks.Ownership;
import java.util.List;

/**
 * The check every daemon's reference test makes: fed a router's frr.conf as vtysh would feed it, the daemon
 * prints exactly its share of the running-config FRR 8.4 printed for that router.
 */
public final class ReferenceCheck {
    private ReferenceCheck() {
    }

    /** Feeds conf/TOPOLOGY/ROUTER/frr.conf to the daemon; every line it takes must succeed. */
    public static ConfigFeeder.Result feed(Daemon daemon, String topology, String router) {
        ConfigFeeder.Result r = ConfigFeeder.feed(daemon, ReferenceFiles.config(topology, router));
        assertEquals(List.of(), r.failures());
        return r;
    }

    /**
     * The daemon's running-config equals the part {@code owner} describes of what FRR printed for ROUTER
     * (run: null or "" for out/ROUTER, "nsvrf" for out/nsvrf/ROUTER).
     */
    public static void assertPrintsItsShare(Daemon daemon, Ownership owner, String run, String router) {
        String expected = RunningConfigBlocks.select(
                ReferenceFiles.runningConfig(run == null ? "" : run, router), owner);
        assertEquals(expected, RunningConfigBlocks.body(daemon.runningConfig()));
    }

    /** {@link #feed} then {@link #assertPrintsItsShare}. */
    public static void assertRendersReference(Daemon daemon, Ownership owner, String topology, String run,
            String router) {
        feed(daemon, topology, router);
        assertPrintsItsShare(daemon, owner, run, router);
    }
}
