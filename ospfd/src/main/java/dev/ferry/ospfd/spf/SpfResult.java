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

    /**
     * A router reached: its distance, nexthops and Router-LSA flags.
     *
     * @param address the router's address on the link its first shortest path arrives by (the Link Data of its
     *     link back toward the previous vertex; v2 only, else null): where a virtual link to it sends packets
     *     (RFC 2328 15, FRR's ospf_vl_set_params)
     */
    public record RouterPath(int routerId, int cost, Set<NextHop> nextHops, int flags, byte[] address) {
        public RouterPath(int routerId, int cost, Set<NextHop> nextHops, int flags) {
            this(routerId, cost, nextHops, flags, null);
        }

        public RouterPath {
            address = address == null ? null : address.clone();
        }

        @Override
        public byte[] address() {
            return address == null ? null : address.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RouterPath p && p.routerId == routerId && p.cost == cost
                    && p.nextHops.equals(nextHops) && p.flags == flags && java.util.Arrays.equals(p.address, address);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(routerId, cost, nextHops, flags, java.util.Arrays.hashCode(address));
        }
    }

    /**
     * A prefix reached.
     *
     * @param connected on one of the calculating router's own links (no nexthop gateway to install)
     */
    public record PrefixRoute(IpPrefix prefix, int cost, Set<NextHop> nextHops, boolean connected) {
    }
}
