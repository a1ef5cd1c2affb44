package dev.ferry.lab.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ferry.lab.RunningLab;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A lab the backend cannot run skips the class with the reason; it never fails it. */
class FerryLabExtensionTest {

    static volatile boolean launching;

    static boolean launching() {
        return launching;
    }

    /** Run only through the launcher below. */
    @EnabledIf("dev.ferry.lab.junit.FerryLabExtensionTest#launching")
    @FerryLab(topology = "ospf-pair", backend = "nosuch")
    static class UnavailableBackend {
        @Test
        void neverRuns(RunningLab lab) {
            throw new AssertionError("must not run");
        }
    }

    @Test
    void anUnavailableBackendSkipsWithTheReason() {
        List<TestExecutionResult> results = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        launching = true;
        try {
            run(results, reasons);
        } finally {
            launching = false;
        }
        assertTrue(results.stream().noneMatch(r -> r.getStatus() == TestExecutionResult.Status.FAILED), reasons.toString());
        assertTrue(results.stream().anyMatch(r -> r.getStatus() == TestExecutionResult.Status.ABORTED));
        assertEquals(List.of("lab ospf-pair on backend nosuch: backend nosuch is not part of this build"), reasons);
    }

    private static void run(List<TestExecutionResult> results, List<String> reasons) {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(UnavailableBackend.class)).build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult r) {
                        results.add(r);
                        r.getThrowable().ifPresent(t -> reasons.add(t.getMessage()));
                    }
                });
    }
}
