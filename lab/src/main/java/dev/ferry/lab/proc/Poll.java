package dev.ferry.lab.proc;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, checking it at an interval: never a fixed sleep. */
public final class Poll {
    private Poll() {
    }

    /** Checks {@code probe} until it gives a value or {@code timeout} passes (then empty). */
    public static <T> Optional<T> until(Duration timeout, Duration interval, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> v = probe.get();
            if (v.isPresent()) {
                return v;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || Thread.currentThread().isInterrupted()) {
                return Optional.empty();
            }
            Pids.sleep(Duration.ofNanos(Math.min(left, interval.toNanos())));
        }
    }

    /** True as soon as {@code condition} holds, false if it still does not at the deadline. */
    public static boolean until(Duration timeout, Duration interval, BooleanSupplier condition) {
        return until(timeout, interval, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty())
                .isPresent();
    }
}
