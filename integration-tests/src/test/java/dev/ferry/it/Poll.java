package dev.ferry.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition with a deadline, never a fixed sleep. */
final class Poll {
    private static final Duration INTERVAL = Duration.ofMillis(100);

    private Poll() {
    }

    /** Returns once {@code condition} is true; fails naming {@code what} when {@code timeout} passes. */
    static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(INTERVAL);
        }
    }
}
