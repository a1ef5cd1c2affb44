package dev.ferry.bgpd.rib;

/**
 * How many equal paths a prefix may use at once (`maximum-paths N`, `maximum-paths ibgp N`) and whether eBGP
 * paths through different neighbouring ASes count as equal (`bgp bestpath as-path multipath-relax`).
 *
 * @param maxEbgp paths when the best is not iBGP (1: no multipath)
 * @param maxIbgp paths when the best is iBGP
 * @param equalClusterLength `maximum-paths ibgp N equal-cluster-length`: iBGP paths share load only with the
 *                           same CLUSTER_LIST length
 */
public record Multipath(int maxEbgp, int maxIbgp, boolean asPathRelax, boolean equalClusterLength) {

    /** One path per prefix: VPN tables and tests that do not care. */
    public static final Multipath NONE = new Multipath(1, 1, false, false);

    /** Limits with FRR's other switches at their defaults. */
    public Multipath(int maxEbgp, int maxIbgp) {
        this(maxEbgp, maxIbgp, false, false);
    }

    /** The limit that applies when {@code best} is the best path. */
    public int limitFor(BgpPath best) {
        return best.source().isIbgp() ? maxIbgp : maxEbgp;
    }
}
