package dev.ferry.ospfd.core.lsdb;

import static dev.ferry.ospfd.core.lsdb.TestLsas.router;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaChecksum;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LsdbTest {
    private static final int SEQ = LsaHeader.INITIAL_SEQUENCE;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final Lsdb lsdb = new Lsdb(OspfVersion.V2, clock::get);

    private void advance(long millis) {
        clock.addAndGet(millis);
    }

    @Test
    void ageGrowsByWholeSecondsSinceInstallInHeaderAndBytes() {
        Lsa lsa = router("1.1.1.1", 10, SEQ, 1);
        lsdb.install(lsa);
        advance(5_999);
        Lsa now = lsdb.lookup(lsa.key());
        assertEquals(15, now.header().age());
        assertEquals(15, ((now.wire()[0] & 0xff) << 8) | (now.wire()[1] & 0xff));
        assertEquals(lsa.header().checksum(), now.header().checksum());
        assertEquals(15, lsdb.headers().iterator().next().age());
        assertEquals(15, lsdb.all().iterator().next().header().age());
        // age is outside the checksum: the aged bytes still verify
        assertTrue(LsaChecksum.verify(now.wire(), 0, now.length()));
    }

    @Test
    void lookupReusesTheAgedCopyWhileTheAgeIsUnchanged() {
        Lsa lsa = router("1.1.1.1", 0, SEQ, 1);
        lsdb.install(lsa);
        advance(2_100);
        Lsa first = lsdb.lookup(lsa.key());
        advance(500);
        assertSame(first, lsdb.lookup(lsa.key()));
        advance(500);
        Lsa later = lsdb.lookup(lsa.key());
        assertEquals(3, later.header().age());
    }

    @Test
    void maxAgeIsReachedOnceReportedOnceAndCapped() {
        Lsa lsa = router("1.1.1.1", 3590, SEQ, 1);
        lsdb.install(lsa);
        advance(9_999);
        assertEquals(List.of(), lsdb.ageOut());
        assertEquals(List.of(), lsdb.maxAged());
        advance(1);
        List<Lsa> aged = lsdb.ageOut();
        assertEquals(1, aged.size());
        assertEquals(LsaHeader.MAX_AGE, aged.getFirst().header().age());
        assertEquals(List.of(), lsdb.ageOut());
        advance(60_000);
        assertEquals(List.of(), lsdb.ageOut());
        assertEquals(LsaHeader.MAX_AGE, lsdb.lookup(lsa.key()).header().age());
        assertEquals(1, lsdb.maxAged().size());
        lsdb.remove(lsa.key());
        assertNull(lsdb.lookup(lsa.key()));
        assertEquals(0, lsdb.size());
    }

    @Test
    void anLsaReceivedAtMaxAgeIsNotReportedByAgingButIsListedForRemoval() {
        Lsa flushed = router("2.2.2.2", LsaHeader.MAX_AGE, SEQ + 1, 1);
        lsdb.install(flushed);
        advance(1_000);
        assertEquals(List.of(), lsdb.ageOut());
        assertEquals(List.of(flushed), lsdb.maxAged());
    }

    @Test
    void doNotAgeLsasKeepTheirAge() {
        Lsa lsa = router("1.1.1.1", LsaHeader.DO_NOT_AGE | 5, SEQ, 1);
        lsdb.install(lsa);
        advance(10_000_000);
        assertEquals(LsaHeader.DO_NOT_AGE | 5, lsdb.lookup(lsa.key()).header().age());
        assertEquals(List.of(), lsdb.ageOut());
    }

    @Test
    void contentChangedFollowsRfc2328Section13_2() {
        Lsa first = router("1.1.1.1", 0, SEQ, 10);
        InstallResult r = lsdb.install(first);
        assertNull(r.previous());
        assertTrue(r.contentChanged(), "a new LSA");

        advance(7_000);
        r = lsdb.install(router("1.1.1.1", 1, SEQ + 1, 10));
        assertFalse(r.contentChanged(), "only age, sequence and checksum differ");
        assertEquals(7, r.previous().header().age(), "the previous copy comes back with its age");
        assertEquals(SEQ, r.previous().header().sequence());

        assertTrue(lsdb.install(router("1.1.1.1", 1, SEQ + 2, 20)).contentChanged(), "a metric");
        assertTrue(lsdb.install(TestLsas.routerWithOptions("1.1.1.1", 1, SEQ + 3, 0, 20)).contentChanged(), "the options");
        assertTrue(lsdb.install(TestLsas.routerWithOptions("1.1.1.1", 1, SEQ + 4, 0, 20, 30)).contentChanged(), "the length");
        assertTrue(lsdb.install(TestLsas.routerWithOptions("1.1.1.1", LsaHeader.MAX_AGE, SEQ + 4, 0, 20, 30)).contentChanged(),
                "flushed: MaxAge");
    }

    @Test
    void selfOriginatedLsasAreDueForRefreshAtLsRefreshTime() {
        int self = parse("1.1.1.1");
        Lsa own = router("1.1.1.1", 0, SEQ, 1);
        lsdb.install(own);
        lsdb.install(router("2.2.2.2", 0, SEQ, 1));
        advance(1_799_999);
        assertEquals(List.of(), lsdb.dueForRefresh(self));
        advance(1);
        List<Lsa> due = lsdb.dueForRefresh(self);
        assertEquals(1, due.size());
        assertEquals(own.key(), due.getFirst().key());
        assertEquals(LsaIntervals.LS_REFRESH_TIME, due.getFirst().header().age());
        lsdb.install(router("1.1.1.1", 0, SequenceNumbers.next(due.getFirst()), 1));
        assertEquals(List.of(), lsdb.dueForRefresh(self));
    }

    @Test
    void countsAndChecksumSumsPerType() {
        Lsa a = router("1.1.1.1", 0, SEQ, 1);
        Lsa b = router("2.2.2.2", 0, SEQ, 1);
        Lsa n = TestLsas.network("1.1.1.1", "10.0.0.1", "1.1.1.1", "2.2.2.2");
        lsdb.install(a);
        lsdb.install(b);
        lsdb.install(n);
        assertEquals(new TypeSummary(2, a.header().checksum() + b.header().checksum()),
                lsdb.summary(LsaTypes.V2_ROUTER));
        assertEquals(new TypeSummary(1, n.header().checksum()), lsdb.summary(LsaTypes.V2_NETWORK));
        assertEquals(TypeSummary.EMPTY, lsdb.summary(LsaTypes.V2_SUMMARY));
        Lsa b2 = router("2.2.2.2", 0, SEQ + 1, 5);
        lsdb.install(b2);
        assertEquals(new TypeSummary(2, a.header().checksum() + b2.header().checksum()),
                lsdb.summary(LsaTypes.V2_ROUTER));
        lsdb.remove(n.key());
        assertEquals(List.of(LsaTypes.V2_ROUTER), List.copyOf(lsdb.summaries().keySet()));
        assertEquals(2, lsdb.size());
    }

    @Test
    void installTimeIsKeptForMinLsArrival() {
        Lsa lsa = router("1.1.1.1", 0, SEQ, 1);
        assertTrue(lsdb.installedAt(lsa.key()).isEmpty());
        long t0 = clock.get();
        lsdb.install(lsa);
        advance(999);
        assertFalse(LsaIntervals.minLsArrivalPassed(lsdb.installedAt(lsa.key()).getAsLong(), clock.get()));
        advance(1);
        assertTrue(LsaIntervals.minLsArrivalPassed(t0, clock.get()));
    }

    @Test
    void rejectsAnotherVersion() {
        Lsdb v3 = new Lsdb(OspfVersion.V3, clock::get);
        assertThrows(IllegalArgumentException.class, () -> v3.install(router("1.1.1.1", 0, SEQ, 1)));
    }

    @Test
    void currentAgeArithmetic() {
        assertEquals(0, Lsdb.currentAge(0, 5_000, 4_000), "a clock going backwards does not rejuvenate");
        assertEquals(LsaHeader.MAX_AGE, Lsdb.currentAge(3_000, 0, 10_000_000));
        assertEquals(1, Lsdb.currentAge(0, 0, 1_999), "whole seconds only");
    }
}
