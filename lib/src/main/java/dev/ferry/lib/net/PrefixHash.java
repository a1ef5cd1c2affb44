package dev.ferry.lib.net;

/**
 * The hash of a prefix (or next hop) held as two longs: its address bits mixed by murmur3's 64-bit finalizer. A
 * record's default hash (31 * address + length) gives consecutive /24s hash values 7936 apart, whose low bits
 * (what HashMap uses) repeat: a full table then piles up in a few buckets and HashMap turns them into trees.
 */
public final class PrefixHash {
    private PrefixHash() {
    }

    public static int of(long high, long low, int length) {
        long h = high * 0x9E3779B97F4A7C15L ^ low * 0xC2B2AE3D27D4EB4FL ^ length;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
