package dev.ferry.ospfd.spf;

import dev.ferry.lib.net.IpPrefix;
import java.util.Map;
import java.util.Set;

/**
 * The intra-area part of the routing table (RFC 2328 16.1, RFC 5340 4.8.1): the routers reached, with their
 * Router-LSA flags (ABRs and ASBRs feed the inter-area and external stages), and the prefixes.
 *
 * @param routers by router id; the calculating router is not in it
 * @param prefixes the cheapest way to each prefix; equal costs merge their nexthops
 */
public record SpfResult(Map<Integer, RouterPath> routers, Map<IpPrefix, PrefixRoute> prefixes) {

    /** A router reached: its distance, nexthops and Router-LSA flags. */
    public record RouterPath(int routerId, int cost, Set<NextHop> nextHops, int flags) {
    }

    /**
     * A prefix reached.
     *
     * @param connected on one of the calculating router's own links (no nexthop gateway to install)
     */
    public record PrefixRoute(IpPrefix prefix, int cost, Set<NextHop> nextHops, boolean connected) {
    }
}
