package dev.ferry.ospfd.core.lsdb;

import static dev.ferry.ospfd.core.lsdb.TestLsas.router;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sequence numbers, self-origination and the MinLSArrival / MinLSInterval rules. */
class RulesTest {

    @Test
    void sequenceNumbersStartAtInitialAndCountUpThroughZero() {
        assertEquals(0x80000001, SequenceNumbers.next(null));
        assertEquals(0x80000002, SequenceNumbers.next(router("1.1.1.1", 0, 0x80000001)));
        assertEquals(0, SequenceNumbers.next(router("1.1.1.1", 0, -1)));
        assertEquals(LsaHeader.MAX_SEQUENCE, SequenceNumbers.next(router("1.1.1.1", 0, LsaHeader.MAX_SEQUENCE - 1)));
    }

    @Test
    void atMaxSequenceTheLsaMustBeFlushedBeforeStartingOver() {
        Lsa atMax = router("1.1.1.1", 0, LsaHeader.MAX_SEQUENCE);
        assertTrue(SequenceNumbers.mustFlushBeforeNext(atMax));
        assertFalse(SequenceNumbers.mustFlushBeforeNext(router("1.1.1.1", 0, LsaHeader.MAX_SEQUENCE - 1)));
        assertFalse(SequenceNumbers.mustFlushBeforeNext(null));
        assertThrows(IllegalStateException.class, () -> SequenceNumbers.next(atMax));
        // the flushed copy is removed once acknowledged: then numbering starts over
        assertEquals(LsaHeader.INITIAL_SEQUENCE, SequenceNumbers.next(null));
    }

    @Test
    void selfOriginatedByAdvertisingRouterOrOwnNetworkLsa() {
        int self = parse("1.1.1.1");
        assertTrue(SelfOrigination.isSelfOriginated(router("1.1.1.1", 0, 1), self));
        assertFalse(SelfOrigination.isSelfOriginated(router("2.2.2.2", 0, 1), self));
        Lsa oldNetwork = TestLsas.network("9.9.9.9", "10.0.0.1", "9.9.9.9", "2.2.2.2");
        assertTrue(SelfOrigination.isSelfOriginated(oldNetwork, self, Set.of(parse("10.0.0.1"))));
        assertFalse(SelfOrigination.isSelfOriginated(oldNetwork, self, Set.of(parse("10.0.0.2"))));
        // only Network-LSAs are matched by address: a Router-LSA whose id happens to be our address is not ours
        assertFalse(SelfOrigination.isSelfOriginated(router("10.0.0.1", 0, 1), self, Set.of(parse("10.0.0.1"))));
    }

    @Test
    void minLsArrivalAndMinLsInterval() {
        assertFalse(LsaIntervals.minLsArrivalPassed(10_000, 10_999));
        assertTrue(LsaIntervals.minLsArrivalPassed(10_000, 11_000));
        assertFalse(LsaIntervals.minLsIntervalPassed(10_000, 14_999));
        assertTrue(LsaIntervals.minLsIntervalPassed(10_000, 15_000));
        assertEquals(1_500, LsaIntervals.untilMinLsInterval(10_000, 13_500));
        assertEquals(0, LsaIntervals.untilMinLsInterval(10_000, 20_000));
    }
}
