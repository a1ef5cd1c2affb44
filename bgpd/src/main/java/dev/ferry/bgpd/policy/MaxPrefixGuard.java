package dev.ferry.bgpd.policy;

import dev.ferry.bgpd.config.BgpNeighborPolicy;

/**
 * `neighbor X maximum-prefix` for one peer and family, as FRR's bgp_maximum_prefix_overflow: above the
 * limit the session is torn down (Cease/Maximum Number of Prefixes Reached, RFC 4486) unless `warning-only`;
 * above THRESHOLD percent of it a warning is logged. Each condition reports once until the count falls back
 * below it (FRR's PEER_STATUS_PREFIX_LIMIT and _THRESHOLD flags).
 */
public final class MaxPrefixGuard {
    /** What a new prefix count calls for. */
    public enum Verdict {
        NONE,
        /** The count passed the warning threshold: log "%MAXPFX". */
        THRESHOLD,
        /** The count passed the limit with `warning-only`: log "%MAXPFXEXCEED" only. */
        EXCEEDED_WARNING,
        /** The count passed the limit: log "%MAXPFXEXCEED", send the NOTIFICATION, keep the session down. */
        EXCEEDED
    }

    private boolean overLimit;
    private boolean overThreshold;

    public Verdict check(long count, BgpNeighborPolicy.MaxPrefix max) {
        if (max == null) {
            overLimit = false;
            overThreshold = false;
            return Verdict.NONE;
        }
        if (count > max.limit()) {
            if (overLimit) {
                return Verdict.NONE;
            }
            overLimit = true;
            return max.warningOnly() ? Verdict.EXCEEDED_WARNING : Verdict.EXCEEDED;
        }
        overLimit = false;
        if (count > max.limit() * max.threshold() / 100) {
            if (overThreshold) {
                return Verdict.NONE;
            }
            overThreshold = true;
            return Verdict.THRESHOLD;
        }
        overThreshold = false;
        return Verdict.NONE;
    }

    /** Forgets the reported conditions (the session ended). */
    public void reset() {
        overLimit = false;
        overThreshold = false;
    }

    /** The NOTIFICATION's data (RFC 4486 section 4): AFI (2 octets), SAFI (1), the limit (4). */
    public static byte[] notificationData(int afi, int safi, long limit) {
        return new byte[] {(byte) (afi >> 8), (byte) afi, (byte) safi, (byte) (limit >> 24), (byte) (limit >> 16),
            (byte) (limit >> 8), (byte) limit};
    }
}
