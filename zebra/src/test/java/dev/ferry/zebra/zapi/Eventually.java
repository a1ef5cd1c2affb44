package dev.ferry.zebra.zapi;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/** Polling with a deadline (never a fixed sleep), and reading state on the loop that owns it. */
final class Eventually {
    static final Duration DEADLINE = Duration.ofSeconds(20);

    private Eventually() {
    }

    static void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + DEADLINE + ": " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    /** Runs {@code work} on {@code loop} and returns its value. */
    static <T> T on(ExecutorService loop, Callable<T> work) {
        try {
            return loop.submit(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} on {@code loop} and waits for it. */
    static void run(ExecutorService loop, Runnable work) {
        on(loop, () -> {
            work.run();
            return null;
        });
    }
}
