package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import java.util.Set;

/**
 * A route of the OSPF network routing table (RFC 2328 11): what zebra gets and {@code show ip ospf route} prints.
 *
 * @param cost the distance: for E1 the internal distance plus the external metric; for E2 only the distance to the
 *     ASBR or forwarding address (FRR prints {@code [cost/type2Cost]})
 * @param type2Cost the advertised type 2 metric for E2 routes, else 0
 * @param area intra/inter-area: the area whose LSAs gave the route; external: the area of the path to the ASBR or
 *     forwarding address
 * @param connected on one of the router's own links (nothing to install beyond the connected route)
 */
public record OspfRoute(IpPrefix prefix, PathType type, int cost, int type2Cost, AreaId area, Set<NextHop> nextHops,
                        boolean connected) {
    public OspfRoute {
        nextHops = Set.copyOf(nextHops);
    }

    OspfRoute withNextHops(Set<NextHop> more) {
        return new OspfRoute(prefix, type, cost, type2Cost, area, RouterRoute.union(nextHops, more), connected);
    }
}
