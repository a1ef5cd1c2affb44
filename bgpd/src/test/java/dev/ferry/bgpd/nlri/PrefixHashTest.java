package dev.ferry.bgpd.nlri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A full table of consecutive prefixes spreads over a HashMap's buckets as random keys would: no bucket gets
 * near HashMap's tree threshold (8), so lookups stay one or two compares (the record's default hash put 1M /24s
 * in trees).
 */
class PrefixHashTest {
    private static final int ROUTES = 1_000_000;
    /** HashMap's table for 1M keys at its 0.75 load factor. */
    private static final int BUCKETS = 1 << 21;

    /** Buckets used and the fullest one, as HashMap picks buckets (hash ^ hash >>> 16, low bits). */
    private static int[] spread(java.util.function.IntFunction<Prefix> prefixes) {
        int[] count = new int[BUCKETS];
        int used = 0;
        int max = 0;
        for (int i = 0; i < ROUTES; i++) {
            int h = prefixes.apply(i).hashCode();
            int b = (h ^ h >>> 16) & (BUCKETS - 1);
            if (count[b]++ == 0) {
                used++;
            }
            max = Math.max(max, count[b]);
        }
        return new int[] {used, max};
    }

    @Test
    void consecutiveIpv4Slash24sFillDistinctBuckets() {
        int[] s = spread(i -> new Ipv4Prefix(0x10000000 + (i << 8), 24));
        // random keys: 2^21 * (1 - e^(-1M / 2^21)) = about 795,000 buckets used
        assertTrue(s[0] > 760_000, s[0] + " buckets used");
        assertTrue(s[1] < 8, "fullest bucket " + s[1]);
    }

    @Test
    void consecutiveIpv6Slash48sFillDistinctBuckets() {
        int[] s = spread(i -> new Ipv6Prefix(0x20010db800000000L + ((long) i << 16), 0, 48));
        assertTrue(s[0] > 760_000, s[0] + " buckets used");
        assertTrue(s[1] < 8, "fullest bucket " + s[1]);
    }

    @Test
    void equalPrefixesHashAlikeAndLengthsDiffer() {
        assertEquals(Ipv4Prefix.parse("10.1.0.0/24").hashCode(), Ipv4Prefix.parse("10.1.0.0/24").hashCode());
        assertEquals(Ipv4Prefix.parse("10.1.0.0/24"), Ipv4Prefix.parse("10.1.0.0/24"));
        assertNotEquals(Ipv4Prefix.parse("10.1.0.0/24").hashCode(), Ipv4Prefix.parse("10.1.0.0/25").hashCode());
        assertEquals(Ipv6Prefix.parse("2001:db8::/48").hashCode(), Ipv6Prefix.parse("2001:db8::/48").hashCode());
        assertNotEquals(Ipv6Prefix.parse("2001:db8::/48").hashCode(), Ipv6Prefix.parse("2001:db8::/64").hashCode());
    }
}
