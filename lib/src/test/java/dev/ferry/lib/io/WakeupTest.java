package dev.ferry.lib.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** poll(2) on a descriptor and an eventfd: readable, woken, timed out. Another Wakeup's eventfd is the descriptor. */
class WakeupTest {
    @Test
    void aReadableDescriptorEndsTheWait() throws Exception {
        try (Wakeup reader = Wakeup.open(); Wakeup other = Wakeup.open()) {
            other.signal();
            assertTrue(reader.await(other.fd(), -1));
        }
    }

    @Test
    void signalWakesAThreadBlockedWithoutTimeout() throws Exception {
        try (Wakeup reader = Wakeup.open(); Wakeup quiet = Wakeup.open()) {
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.await(quiet.fd(), -1);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }, r -> Thread.ofPlatform().start(r));
            reader.signal();
            assertFalse(waiting.get(30, TimeUnit.SECONDS), "woken, not readable");
            // the signal was drained: the next wait blocks until its timeout
            assertFalse(reader.await(quiet.fd(), 20));
        }
    }

    @Test
    void nothingWithinTheTimeout() throws Exception {
        try (Wakeup reader = Wakeup.open(); Wakeup quiet = Wakeup.open()) {
            assertFalse(reader.await(quiet.fd(), 10));
        }
    }
}
