package dev.ferry.lib.watchfrr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {
    private static final Duration QUICK = Duration.ofMillis(300);

    private final BackoffPolicy policy =
            new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60));

    @Test
    void doublesOnEachQuickDeathUpToTheCap() {
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long seconds : expected) {
            assertEquals(Duration.ofSeconds(seconds), policy.delayAfter(QUICK));
        }
    }

    @Test
    void startsOverAfterAStableRun() {
        policy.delayAfter(QUICK);
        policy.delayAfter(QUICK);
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(Duration.ofSeconds(59)));
        assertEquals(Duration.ofSeconds(1), policy.delayAfter(Duration.ofSeconds(60)));
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(QUICK));
    }

    @Test
    void capBelowTheInitialDelayIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new BackoffPolicy(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(60)));
        assertThrows(IllegalArgumentException.class,
                () -> new BackoffPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(60)));
    }
}
