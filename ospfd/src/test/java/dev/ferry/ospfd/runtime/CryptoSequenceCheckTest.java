package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.runtime.CryptoSequenceCheck.Verdict;
import org.junit.jupiter.api.Test;

/** RFC 2328 D.5.1 replay protection for one neighbor: lower numbers dropped, bursts logged once. */
class CryptoSequenceCheckTest {

    @Test
    void acceptsTheFirstPacketAndEveryNumberNotBelowTheLast() {
        CryptoSequenceCheck check = new CryptoSequenceCheck();
        assertEquals(-1, check.lastAccepted());
        assertEquals(Verdict.ACCEPTED, check.offer(1000));
        assertEquals(Verdict.ACCEPTED, check.offer(1000)); // equal: FRR sends several a second
        assertEquals(Verdict.ACCEPTED, check.offer(1001));
        assertEquals(1001, check.lastAccepted());
        assertEquals(0, check.dropped());
    }

    @Test
    void dropsLowerNumbersAndLogsOncePerBurst() {
        CryptoSequenceCheck check = new CryptoSequenceCheck();
        check.offer(5000);
        assertEquals(Verdict.DROPPED_FIRST, check.offer(4999));
        assertEquals(Verdict.DROPPED, check.offer(10));
        assertEquals(Verdict.DROPPED, check.offer(4999));
        assertEquals(5000, check.lastAccepted(), "a dropped packet does not move the bar");
        assertEquals(Verdict.ACCEPTED_AFTER_DROPS, check.offer(5001));
        assertEquals(3, check.lastBurst());
        assertEquals(Verdict.ACCEPTED, check.offer(5002));
        assertEquals(Verdict.DROPPED_FIRST, check.offer(1), "a new burst is logged again");
        assertEquals(4, check.dropped());
    }

    @Test
    void comparesAsUnsigned32BitNumbers() {
        CryptoSequenceCheck check = new CryptoSequenceCheck();
        assertEquals(Verdict.ACCEPTED, check.offer(0x7FFF_FFFF));
        assertEquals(Verdict.ACCEPTED, check.offer(0x8000_0000), "above 2^31 is higher, not negative");
        assertEquals(Verdict.DROPPED_FIRST, check.offer(0x7FFF_FFFF));
        assertEquals(0x8000_0000L, check.lastAccepted());
    }
}
