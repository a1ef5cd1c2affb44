package dev.ferry.lab.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ferry.lab.Lab;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.assertions.LabAssertions;
import dev.ferry.lab.junit.FerryLab;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.proc.Pids;
import dev.ferry.lab.topology.LinkSpec;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Nothing of a lab survives it: not after a failing test (through the JUnit extension and through
 * try-with-resources), not after a failed start, not after its owner died (the stale-lab sweeper).
 * Needs root and FRR.
 */
class NetnsCleanupTest {

    @BeforeAll
    static void needsTheBackend() {
        var a = Lab.of("ospf-pair").backend("netns").availability();
        assumeTrue(a.available(), a.reason());
    }

    /** What a lab left on the host while it ran, to look for after it is gone. */
    record Traces(String id, List<String> namespaces, List<Long> pids, Path workDir) {
        static Traces of(RunningLab lab) {
            NetnsLab l = (NetnsLab) lab;
            List<Long> pids = new ArrayList<>();
            l.namespaces().forEach(ns -> pids.addAll(Namespaces.pids(ns)));
            return new Traces(lab.id(), l.namespaces(), pids, l.runDir(lab.topology().routerNames().getFirst()).getParent().getParent());
        }

        void assertGone() {
            for (String ns : namespaces) {
                assertFalse(Namespaces.exists(ns), "namespace " + ns + " left behind");
            }
            assertFalse(pids.isEmpty(), "the lab ran processes");
            for (long pid : pids) {
                assertFalse(Pids.running(pid), "process " + pid + " left running");
            }
            assertFalse(Files.exists(workDir), workDir + " left behind");
            assertFalse(Files.exists(LabRecords.file(id)), "lab record left behind");
        }
    }

    /** Set while the launcher below runs the inner class (which must fail), so surefire never runs it alone. */
    static volatile boolean launching;

    static boolean launching() {
        return launching;
    }

    /** Run only through the launcher below: a test class whose test fails while its lab runs. */
    @EnabledIf("dev.ferry.lab.netns.NetnsCleanupTest#launching")
    @FerryLab(topology = "ospf-pair")
    static class FailingLabTest {
        static Traces traces;

        @Test
        void fails(RunningLab lab) {
            traces = Traces.of(lab);
            LabAssertions.eventually(lab, "R1", "show ip ospf neighbor json", "{\"neighbors\": {\"10.9.9.9\": [{}]}}",
                    Duration.ofMillis(500));
        }
    }

    @Test
    void aFailingTestWithTheExtensionLeavesNothingBehind() {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launching = true;
        try {
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(FailingLabTest.class)).build(),
                    listener);
        } finally {
            launching = false;
        }
        TestExecutionSummary summary = listener.getSummary();
        assertEquals(1, summary.getTestsFailedCount(), "the inner test fails");
        Throwable failure = summary.getFailures().getFirst().getException();
        assertTrue(failure.getMessage().contains("$.neighbors[\"10.9.9.9\"]: missing (present: 10.0.0.2)")
                || failure.getMessage().contains("$.neighbors[\"10.9.9.9\"]: missing (present: no keys)")
                || failure.getMessage().contains("$.neighbors: missing"), failure.getMessage());
        FailingLabTest.traces.assertGone();
    }

    @Test
    void aFailingTestWithTryWithResourcesLeavesNothingBehind() {
        Traces[] traces = {null};
        AssertionError e = assertThrows(AssertionError.class, () -> {
            try (RunningLab lab = Lab.of("ospf-pair").start()) {
                traces[0] = Traces.of(lab);
                LabAssertions.assertJson(lab, "R1", "show ip route json", "{\"10.9.9.9/32\": \"*\"}");
            }
        });
        assertTrue(e.getMessage().contains("$[\"10.9.9.9/32\"]: missing"), e.getMessage());
        traces[0].assertGone();
    }

    @Test
    void aFailedStartLeavesNothingBehind() {
        Topology pair = Lab.of("ospf-pair").topology();
        RouterSpec r1 = pair.requireRouter("R1");
        // an interface that does not exist, past the parser's checks: start fails after the namespaces exist
        RouterSpec bad = new RouterSpec("R1", r1.kind(), Map.of("eth0", List.of("10.0.12.1/24"), "eth9", List.of("10.0.99.1/24")),
                r1.daemons(), r1.frrConf(), List.of(), Map.of());
        Topology t = new Topology("bad", List.of(bad, pair.requireRouter("R2")), List.<LinkSpec>copyOf(pair.links()));
        List<String> before = Namespaces.list();
        List<Path> recordsBefore = records();
        Exception e = assertThrows(Exception.class, () -> Lab.of(t).start().close());
        assertTrue(e.getMessage().contains("eth9"), e.getMessage());
        assertEquals(before, Namespaces.list(), "namespaces left behind");
        assertEquals(recordsBefore, records(), "lab records left behind");
    }

    @Test
    void theSweeperRemovesALabWhoseOwnerDied() throws Exception {
        NetnsNames names = NetnsNames.fresh();
        String ns = names.namespace("X");
        Namespaces.add(ns);
        Process sleeper = new ProcessBuilder(Namespaces.inside(ns, List.of("sleep", "600"))).start();
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path work = Files.createTempDirectory("ferry-lab-sweep-");
        LabRecords.write(new LabRecords.LabRecord(names.id(), dead.pid(), 1L, false, work, true, List.of(ns)));
        try {
            assertTrue(NetnsBackend.sweepStale().contains(names.id()));
            assertFalse(Namespaces.exists(ns));
            assertTrue(sleeper.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "the lab's process was ended");
            assertFalse(Files.exists(work));
            assertFalse(Files.exists(LabRecords.file(names.id())));
        } finally {
            sleeper.destroyForcibly();
            Namespaces.destroy(ns, Duration.ofSeconds(1));
            LabRecords.delete(names.id());
        }
        // a kept lab is never swept
        LabRecords.write(new LabRecords.LabRecord("fl000000", dead.pid(), 1L, true, work, false, List.of()));
        try {
            assertFalse(NetnsBackend.sweepStale().contains("fl000000"));
        } finally {
            LabRecords.delete("fl000000");
        }
        assertTrue(HostCommand.run(List.of("true"), Duration.ofSeconds(5)).ok());
    }

    private static List<Path> records() {
        try (var s = Files.list(LabRecords.dir())) {
            return s.sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
