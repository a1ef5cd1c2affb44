package dev.ferry.ospfd.lsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.wire.OspfVersion;
import org.junit.jupiter.api.Test;

/** RFC 2328 13.1, step by step. */
class LsaComparisonTest {
    private static LsaHeader h(int seq, int checksum, int age) {
        return new LsaHeader(OspfVersion.V2, age, 0x02, 1, 1, 1, seq, checksum, 36);
    }

    @Test
    void higherSequenceWinsAsASignedNumber() {
        assertTrue(LsaComparison.isNewer(h(0x80000002, 0, 0), h(0x80000001, 0xffff, 0)));
        assertTrue(LsaComparison.isNewer(h(1, 0, 100), h(0x80000001, 0, 0)));
        assertTrue(LsaComparison.isNewer(h(LsaHeader.MAX_SEQUENCE, 0, 0), h(-1, 0, 0)));
    }

    @Test
    void thenTheLargerChecksumAsUnsigned() {
        assertTrue(LsaComparison.isNewer(h(5, 0xfff0, 10), h(5, 0x0010, 0)));
        assertFalse(LsaComparison.isNewer(h(5, 0x0010, 0), h(5, 0xfff0, 10)));
    }

    @Test
    void thenTheOneAtMaxAge() {
        assertTrue(LsaComparison.isNewer(h(5, 1, LsaHeader.MAX_AGE), h(5, 1, 3000)));
        assertTrue(LsaComparison.compare(h(5, 1, 3000), h(5, 1, LsaHeader.MAX_AGE)) < 0);
        assertTrue(LsaComparison.isNewer(h(5, 1, LsaHeader.MAX_AGE | LsaHeader.DO_NOT_AGE), h(5, 1, 1)));
    }

    @Test
    void thenTheYoungerIfTheAgesDifferByMoreThanMaxAgeDiff() {
        assertTrue(LsaComparison.isNewer(h(5, 1, 10), h(5, 1, 911)));
        assertEquals(0, LsaComparison.compare(h(5, 1, 10), h(5, 1, 910)));
        assertEquals(0, LsaComparison.compare(h(5, 1, 910), h(5, 1, 10)));
        assertEquals(0, LsaComparison.compare(h(5, 1, LsaHeader.MAX_AGE), h(5, 1, LsaHeader.MAX_AGE)));
    }

    @Test
    void doNotAgeBitIsNotPartOfTheAge() {
        assertEquals(0, LsaComparison.compare(h(5, 1, LsaHeader.DO_NOT_AGE | 10), h(5, 1, 10)));
    }
}
