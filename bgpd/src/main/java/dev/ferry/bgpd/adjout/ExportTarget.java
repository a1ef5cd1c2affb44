package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.rib.PathSource;
import java.util.function.Predicate;

/**
 * What the export rules need to know about the peer a route goes to.
 *
 * @param source        the peer's own path source (a path it sent us is never sent back)
 * @param localAs       our AS, prepended towards eBGP peers
 * @param selfNextHop   our address on the session, of the family's AFI (null: we cannot be a next hop here)
 * @param nextHopSelf   `neighbor X next-hop-self` for the family
 * @param policyBlocked an eBGP peer without outbound policy while `bgp ebgp-requires-policy` is on (RFC 8212)
 * @param outbound      the peer's `prefix-list`/`route-map ... out` for the family (unicast prefixes only)
 * @param reflection    route reflection as seen from this peer: whether it is our client, our cluster id
 */
public record ExportTarget(PathSource source, long localAs, byte[] selfNextHop, boolean nextHopSelf,
        boolean policyBlocked, OutboundPolicy outbound, Reflection reflection) {

    /**
     * Route reflection (RFC 4456) towards one peer.
     *
     * @param client        the peer is our `route-reflector-client` in the family
     * @param clusterId     `bgp cluster-id`, else our router-id: prepended to CLUSTER_LIST when we reflect
     * @param clientSources which path sources are our clients in the family
     */
    public record Reflection(boolean client, int clusterId, Predicate<PathSource> clientSources) {
        /** No reflection: iBGP paths never go to iBGP peers. */
        public static final Reflection NONE = new Reflection(false, 0, s -> false);
    }

    /** A target without outbound policy or reflection. */
    public ExportTarget(PathSource source, long localAs, byte[] selfNextHop, boolean nextHopSelf,
            boolean policyBlocked) {
        this(source, localAs, selfNextHop, nextHopSelf, policyBlocked, OutboundPolicy.NONE);
    }

    /** A target without reflection. */
    public ExportTarget(PathSource source, long localAs, byte[] selfNextHop, boolean nextHopSelf,
            boolean policyBlocked, OutboundPolicy outbound) {
        this(source, localAs, selfNextHop, nextHopSelf, policyBlocked, outbound, Reflection.NONE);
    }

    public boolean ebgp() {
        return source.isEbgp();
    }
}
