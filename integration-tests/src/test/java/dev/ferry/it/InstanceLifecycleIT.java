package dev.ferry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lib.watchfrr.VtyProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of one instance, as an operator sees it: frrinit.sh start brings every daemon up, watchfrr
 * restarts a daemon killed with SIGKILL, and frrinit.sh stop ends every process and removes the sockets.
 * Runs in a network namespace of its own; skipped without root, `ip netns` or a built distribution.
 */
class InstanceLifecycleIT {
    private static final Duration UP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);
    private static final String VICTIM = "ospfd";

    @TempDir
    static Path dir;

    private static NetworkNamespace ns;
    private static FerryInstance instance;

    @BeforeAll
    static void createNamespaceAndConfig() throws Exception {
        Path home = FerryInstance.distribution();
        assumeTrue(Files.isExecutable(home.resolve("bin/frrinit.sh")),
                "no distribution at " + home + ": run ./mvnw verify (package builds it)");
        assumeTrue(NetworkNamespace.available(), "needs root and `ip netns`");
        try {
            ns = NetworkNamespace.create();
        } catch (IOException e) { // e.g. root in a container without CAP_SYS_ADMIN
            assumeTrue(false, "cannot create a network namespace: " + e.getMessage());
        }
        instance = FerryInstance.create(home, ns, dir, "itest");
    }

    @AfterAll
    static void stopEverythingAndDeleteNamespace() throws Exception {
        if (ns == null) {
            return;
        }
        try {
            if (instance != null) {
                instance.frrinit("stop");
            }
        } finally {
            ns.close(); // also ends, by PID, whatever a failed test left running in the namespace
        }
    }

    @Test
    void watchfrrRestartsAKilledDaemonAndStopEndsEverything() throws Exception {
        Shell.Result start = instance.frrinit("start");
        assertEquals(0, start.status(), "frrinit.sh start:\n" + start.output());
        for (String daemon : FerryInstance.DAEMONS) {
            assertTrue(answersShowVersion(daemon), daemon + " VTY does not answer `show version` with Ferry");
        }
        Shell.Result version = instance.vtysh("show version");
        assertTrue(version.ok() && version.output().contains("Ferry"), "vtysh -c 'show version':\n" + version.output());

        long victim = instance.pid(VICTIM).orElseThrow();
        assertTrue(ProcessHandle.of(victim).orElseThrow().destroyForcibly(), "SIGKILL to " + VICTIM);
        Poll.until(VICTIM + " restarted with a new pid and answering", UP_TIMEOUT, () -> {
            OptionalLong now = instance.pid(VICTIM);
            return now.isPresent() && now.getAsLong() != victim && !FerryInstance.isGone(now.getAsLong())
                    && answersShowVersion(VICTIM);
        });
        assertNotEquals(victim, instance.pid(VICTIM).orElseThrow());
        assertTrue(instance.watchfrrLog().contains(VICTIM + " (pid " + victim + ") exited with status 137; restarting"),
                "watchfrr.log names the restart:\n" + instance.watchfrrLog());

        Shell.Result status = instance.frrinit("status");
        assertEquals(0, status.status(), "frrinit.sh status:\n" + status.output());

        Set<Long> running = new HashSet<>();
        for (String name : FerryInstance.DAEMONS) {
            running.add(instance.pid(name).orElseThrow());
        }
        running.add(instance.pid("watchfrr").orElseThrow());
        Shell.Result stop = instance.frrinit("stop");
        assertEquals(0, stop.status(), "frrinit.sh stop:\n" + stop.output());
        Poll.until("all of " + running + " gone", UP_TIMEOUT,
                () -> running.stream().allMatch(FerryInstance::isGone));
        for (String daemon : FerryInstance.DAEMONS) {
            assertFalse(Files.exists(instance.socket(daemon)), daemon + " VTY socket left behind");
            assertTrue(instance.pid(daemon).isEmpty(), daemon + " pid file left behind");
        }
        assertEquals(3, instance.frrinit("status").status(), "status of a stopped instance");
    }

    private static boolean answersShowVersion(String daemon) {
        Optional<String> reply = VtyProbe.ask(instance.socket(daemon), "show version", ASK_TIMEOUT);
        return reply.isPresent() && reply.get().contains("Ferry");
    }
}
