package dev.ferry.ospfd.lsa;

/**
 * Which of two instances of the same LSA is newer (RFC 2328 13.1, unchanged in RFC 5340): the higher sequence
 * number; then the higher checksum; then the one at MaxAge; then, if their ages differ by more than MaxAgeDiff, the
 * younger; otherwise they are the same instance.
 */
public final class LsaComparison {
    private LsaComparison() {
    }

    /** Positive if {@code a} is newer, negative if {@code b} is, 0 if they are the same instance. */
    public static int compare(LsaHeader a, LsaHeader b) {
        if (a.sequence() != b.sequence()) {
            return Integer.compare(a.sequence(), b.sequence());
        }
        if (a.checksum() != b.checksum()) {
            return Integer.compare(a.checksum(), b.checksum());
        }
        boolean aMax = a.isMaxAge();
        boolean bMax = b.isMaxAge();
        if (aMax != bMax) {
            return aMax ? 1 : -1;
        }
        int ageA = Math.min(a.ageSeconds(), LsaHeader.MAX_AGE);
        int ageB = Math.min(b.ageSeconds(), LsaHeader.MAX_AGE);
        if (Math.abs(ageA - ageB) > LsaHeader.MAX_AGE_DIFF) {
            return ageA < ageB ? 1 : -1;
        }
        return 0;
    }

    public static boolean isNewer(LsaHeader a, LsaHeader b) {
        return compare(a, b) > 0;
    }
}
