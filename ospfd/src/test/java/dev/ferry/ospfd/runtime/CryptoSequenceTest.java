package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The keyed-MD5 sequence numbers Ferry sends: FRR 8.4's clock-based rule, never backwards. */
class CryptoSequenceTest {

    @Test
    void followsTheClockInSecondsSinceTheEpoch() {
        AtomicLong now = new AtomicLong(1_700_000_000L);
        CryptoSequence seq = new CryptoSequence(now::get);
        assertEquals(1_700_000_000, seq.next());
        now.set(1_700_000_005L);
        assertEquals(1_700_000_005, seq.next());
    }

    @Test
    void packetsWithinOneSecondCountUpFromTheClock() {
        AtomicLong now = new AtomicLong(1_700_000_000L);
        CryptoSequence seq = new CryptoSequence(now::get);
        assertEquals(1_700_000_000, seq.next());
        assertEquals(1_700_000_001, seq.next());
        assertEquals(1_700_000_002, seq.next());
        now.set(1_700_000_001L); // the clock is behind the burst: keep counting
        assertEquals(1_700_000_003, seq.next());
        now.set(1_700_000_010L); // the clock is ahead again: follow it
        assertEquals(1_700_000_010, seq.next());
    }

    @Test
    void neverGoesBackwardsWhenTheClockDoes() {
        AtomicLong now = new AtomicLong(1_700_000_000L);
        CryptoSequence seq = new CryptoSequence(now::get);
        long last = Integer.toUnsignedLong(seq.next());
        now.set(1_600_000_000L);
        for (int i = 0; i < 5; i++) {
            long next = Integer.toUnsignedLong(seq.next());
            assertEquals(last + 1, next);
            last = next;
        }
    }

    @Test
    void aRestartStartsAboveWhatAQuietRouterSentBefore() {
        AtomicLong now = new AtomicLong(1_700_000_000L);
        CryptoSequence before = new CryptoSequence(now::get);
        long lastBefore = 0;
        for (int second = 0; second < 60; second++) { // a Hello a second for a minute
            now.incrementAndGet();
            lastBefore = Integer.toUnsignedLong(before.next());
        }
        now.incrementAndGet(); // restarted a second later: the old counter is gone
        long first = Integer.toUnsignedLong(new CryptoSequence(now::get).next());
        assertTrue(first > lastBefore, first + " after " + lastBefore);
    }

    @Test
    void usesTheUnsigned32BitRangeAfter2038() {
        AtomicLong now = new AtomicLong(0x9000_0000L); // year 2046: above Integer.MAX_VALUE
        CryptoSequence seq = new CryptoSequence(now::get);
        assertEquals(0x9000_0000L, Integer.toUnsignedLong(seq.next()));
        assertEquals(0x9000_0001L, Integer.toUnsignedLong(seq.next()));
    }

    @Test
    void theSystemClockGivesTodaysSeconds() {
        long now = System.currentTimeMillis() / 1000;
        long got = Integer.toUnsignedLong(CryptoSequence.fromSystemClock().next());
        assertTrue(Math.abs(got - now) <= 2, got + " vs " + now);
    }
}
