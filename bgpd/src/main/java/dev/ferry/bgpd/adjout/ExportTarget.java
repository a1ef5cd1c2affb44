package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.rib.PathSource;

/**
 * What the export rules need to know about the peer a route goes to.
 *
 * @param source        the peer's own path source (a path it sent us is never sent back)
 * @param localAs       our AS, prepended towards eBGP peers
 * @param selfNextHop   our address on the session, of the family's AFI (null: we cannot be a next hop here)
 * @param nextHopSelf   `neighbor X next-hop-self` for the family
 * @param policyBlocked an eBGP peer without outbound policy while `bgp ebgp-requires-policy` is on (RFC 8212)
 * @param outbound      the peer's `prefix-list`/`route-map ... out` for the family (unicast prefixes only)
 */
public record ExportTarget(PathSource source, long localAs, byte[] selfNextHop, boolean nextHopSelf,
        boolean policyBlocked, OutboundPolicy outbound) {

    /** A target without outbound policy. */
    public ExportTarget(PathSource source, long localAs, byte[] selfNextHop, boolean nextHopSelf,
            boolean policyBlocked) {
        this(source, localAs, selfNextHop, nextHopSelf, policyBlocked, OutboundPolicy.NONE);
    }

    public boolean ebgp() {
        return source.isEbgp();
    }
}
