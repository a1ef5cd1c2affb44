package dev.ferry.bgpd.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.bgpd.config.BgpNeighborPolicy.MaxPrefix;
import org.junit.jupiter.api.Test;

/** maximum-prefix as FRR's bgp_maximum_prefix_overflow: each condition reported once, and RFC 4486's data. */
class MaxPrefixGuardTest {
    @Test
    void thresholdThenLimit() {
        MaxPrefixGuard g = new MaxPrefixGuard();
        MaxPrefix max = new MaxPrefix(10, 75, false, 0, false);
        assertEquals(MaxPrefixGuard.Verdict.NONE, g.check(7, max));
        assertEquals(MaxPrefixGuard.Verdict.THRESHOLD, g.check(8, max), "8 > 7.5");
        assertEquals(MaxPrefixGuard.Verdict.NONE, g.check(9, max), "reported once");
        assertEquals(MaxPrefixGuard.Verdict.NONE, g.check(10, max), "at the limit is allowed");
        assertEquals(MaxPrefixGuard.Verdict.EXCEEDED, g.check(11, max));
    }

    @Test
    void warningOnlyReportsOnceUntilTheCountFalls() {
        MaxPrefixGuard g = new MaxPrefixGuard();
        MaxPrefix max = new MaxPrefix(2, 100, true, 0, false);
        assertEquals(MaxPrefixGuard.Verdict.EXCEEDED_WARNING, g.check(3, max));
        assertEquals(MaxPrefixGuard.Verdict.NONE, g.check(4, max));
        assertEquals(MaxPrefixGuard.Verdict.NONE, g.check(1, max));
        assertEquals(MaxPrefixGuard.Verdict.EXCEEDED_WARNING, g.check(3, max));
    }

    @Test
    void notificationDataIsAfiSafiLimit() {
        assertArrayEquals(new byte[] {0, 2, 1, 0, 1, (byte) 0x86, (byte) 0xa0},
                MaxPrefixGuard.notificationData(2, 1, 100_000));
    }
}
