package dev.ferry.ospfd.core.route;

import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A route to an area border or AS boundary router (RFC 2328 11, FRR's "OSPF router routing table"): one per area
 * the router is reached in. ABR entries let inter-area routes be computed, ASBR entries external ones.
 *
 * @param type INTRA_AREA (from SPF) or INTER_AREA (an ASBR known from a type 4 summary)
 */
public record RouterRoute(int routerId, int cost, AreaId area, boolean abr, boolean asbr, Set<NextHop> nextHops,
                          PathType type) {
    public RouterRoute {
        nextHops = Set.copyOf(nextHops);
    }

    RouterRoute withNextHops(Set<NextHop> more) {
        return new RouterRoute(routerId, cost, area, abr, asbr, union(nextHops, more), type);
    }

    static Set<NextHop> union(Set<NextHop> a, Set<NextHop> b) {
        Set<NextHop> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
