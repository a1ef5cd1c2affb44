package dev.ferry.ospfd.lsa;

import static dev.ferry.ospfd.lsa.LsaFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Fletcher LSA checksum against vectors from FRR's wire and from an independent implementation. */
class LsaChecksumTest {
    /** FRR 8.4's Router-LSA of 1.1.1.1 (ospfv2-adjacency.pcap frame 19), checksum 0x21fd. */
    private static final String FRR_ROUTER_LSA =
            "000402010101010101010101800000032 1fd0030000000020101010 1ffffffff03000000 0a010100ffffff000300000a"
                    .replace(" ", "");

    @Test
    void computesTheChecksumFrrSent() {
        byte[] lsa = bytes(FRR_ROUTER_LSA);
        assertEquals(0x21fd, LsaChecksum.compute(lsa, 0, lsa.length));
        assertTrue(LsaChecksum.verify(lsa, 0, lsa.length));
    }

    @Test
    void computesTheIndependentFixturesChecksums() {
        for (String hex : new String[] {LsaFixtures.V2_ROUTER, LsaFixtures.V2_EXTERNAL, LsaFixtures.V3_LINK,
            LsaFixtures.V3_INTRA_AREA_PREFIX, LsaFixtures.V3_UNKNOWN}) {
            byte[] lsa = bytes(hex);
            int expected = ((lsa[16] & 0xff) << 8) | (lsa[17] & 0xff);
            assertEquals(expected, LsaChecksum.compute(lsa, 0, lsa.length), hex);
            lsa[16] = 0;
            lsa[17] = 0;
            assertEquals(expected, LsaChecksum.fill(lsa, 0, lsa.length));
            assertTrue(LsaChecksum.verify(lsa, 0, lsa.length));
        }
    }

    @Test
    void ageIsOutsideTheChecksumButEveryOtherByteIsIn() {
        byte[] lsa = bytes(FRR_ROUTER_LSA);
        lsa[0] = 0x0e;
        lsa[1] = 0x10;
        assertTrue(LsaChecksum.verify(lsa, 0, lsa.length));
        for (int i = 2; i < lsa.length; i++) {
            byte[] bad = bytes(FRR_ROUTER_LSA);
            bad[i] ^= 0x01;
            assertFalse(LsaChecksum.verify(bad, 0, bad.length), "flip at " + i);
        }
    }

    @Test
    void filledChecksumsAlwaysVerifyAndNeverMakeZeroSums() {
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            byte[] lsa = new byte[20 + random.nextInt(9000)];
            random.nextBytes(lsa);
            LsaChecksum.fill(lsa, 0, lsa.length);
            assertTrue(LsaChecksum.verify(lsa, 0, lsa.length), "length " + lsa.length);
        }
    }

    @Test
    void tooShortToHoldAChecksumNeverVerifies() {
        assertFalse(LsaChecksum.verify(new byte[10], 0, 10));
    }
}
