package dev.ferry.bgpd.rib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.lib.net.IpAddresses;
import org.junit.jupiter.api.Test;

/**
 * A path gives back every component it was made with, the rare ones (kept aside, shared) as well as the common
 * ones; it keeps the receive time to the second, in the shared part too; it equals only itself.
 */
class BgpPathTest {
    private static final PathSource PEER = new PathSource(PathSource.Kind.EBGP, IpAddresses.parse("10.0.0.1"),
            Ipv4Addresses.parse("10.0.0.1"), 65001);
    private static final PathAttributes ATTRS = PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse("65001"));
    private static final byte[] NH = IpAddresses.parse("10.0.0.1");

    @Test
    void aPlainReceivedPathHasTheDefaults() {
        BgpPath p = new BgpPath(PEER, ATTRS, NH, 0, LocalOrigin.NONE, 7, 1_700_000_000_123L);
        assertSame(PEER, p.source());
        assertSame(ATTRS, p.attributes());
        assertSame(NH, p.nextHopBytes());
        assertArrayEquals(NH, p.nextHop());
        assertNotSame(NH, p.nextHop());
        assertEquals(0, p.weight());
        assertEquals(LocalOrigin.NONE, p.localOrigin());
        assertEquals(7, p.arrival());
        assertEquals(1_700_000_000_000L, p.uptimeMillis(), "to the second");
        assertEquals(BgpPath.NO_LABEL, p.label());
        assertFalse(p.hasLabel());
        assertFalse(p.nexthopSet());
        assertNull(p.nexthopVrf());
    }

    @Test
    void eachRareComponentComesBackAlone() {
        assertEquals(100, path(100, LocalOrigin.NONE, BgpPath.NO_LABEL, false, null).weight());
        assertEquals(LocalOrigin.REDISTRIBUTE, path(0, LocalOrigin.REDISTRIBUTE, BgpPath.NO_LABEL, false, null)
                .localOrigin());
        BgpPath labelled = path(0, LocalOrigin.NONE, 80, false, null);
        assertEquals(80, labelled.label());
        assertTrue(labelled.hasLabel());
        assertEquals(0, labelled.weight());
        assertTrue(path(0, LocalOrigin.NONE, BgpPath.NO_LABEL, true, null).nexthopSet());
        assertEquals("blue", path(0, LocalOrigin.NONE, BgpPath.NO_LABEL, false, "blue").nexthopVrf());
    }

    @Test
    void allRareComponentsTogether() {
        BgpPath p = path(BgpPath.LOCAL_WEIGHT, LocalOrigin.IMPORTED, 16, true, "red");
        assertEquals(BgpPath.LOCAL_WEIGHT, p.weight());
        assertEquals(LocalOrigin.IMPORTED, p.localOrigin());
        assertEquals(16, p.label());
        assertTrue(p.nexthopSet());
        assertEquals("red", p.nexthopVrf());
    }

    @Test
    void equalsIsIdentityAndSameRouteComparesWhatIsAnnounced() {
        BgpPath p = path(100, LocalOrigin.NONE, 16, false, null);
        BgpPath q = path(100, LocalOrigin.NONE, 16, false, null);
        assertNotEquals(p, q);
        assertEquals(p, p);
        assertTrue(p.sameRoute(q));
        assertFalse(p.sameRoute(path(101, LocalOrigin.NONE, 16, false, null)));
        assertFalse(p.sameRoute(path(100, LocalOrigin.NONE, 17, false, null)));
        assertFalse(p.sameRoute(path(100, LocalOrigin.NONE, 16, true, null)));
        assertFalse(p.sameRoute(path(100, LocalOrigin.NONE, 16, false, "blue")));
        assertTrue(p.sameRoute(path(100, LocalOrigin.NETWORK, 16, false, null)), "the origin is not announced");
    }

    @Test
    void receiveTimesComeBackPerPathAcrossSecondsAndPastTheCache() {
        for (long second = 1_700_000_000L; second < 1_700_001_000L; second++) { // more seconds than cache slots
            BgpPath a = new BgpPath(PEER, ATTRS, NH, 0, LocalOrigin.NONE, 1, second * 1000 + 999);
            BgpPath b = new BgpPath(PEER, ATTRS, NH, 5, LocalOrigin.NONE, 2, second * 1000);
            assertEquals(second * 1000, a.uptimeMillis());
            assertEquals(second * 1000, b.uptimeMillis());
            assertEquals(0, a.weight());
            assertEquals(5, b.weight());
        }
        long afterSigned = (1L << 31) * 1000 + 5000; // 2038 and later: the seconds are kept unsigned
        assertEquals((1L << 31) * 1000 + 5000, new BgpPath(PEER, ATTRS, NH, 0, LocalOrigin.NONE, 1, afterSigned)
                .uptimeMillis());
    }

    private static BgpPath path(int weight, LocalOrigin origin, int label, boolean nexthopSet, String vrf) {
        return new BgpPath(PEER, ATTRS, NH, weight, origin, 1, 0, label, nexthopSet, vrf);
    }
}
