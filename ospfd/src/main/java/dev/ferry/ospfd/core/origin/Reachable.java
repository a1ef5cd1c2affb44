package dev.ferry.ospfd.core.origin;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AreaId;
import java.util.Set;

/**
 * A network in this router's OSPF routing table, the input of summary origination (RFC 2328 12.4.3).
 *
 * @param area the area the route is associated with (the backbone for inter-area routes)
 * @param intraArea an intra-area route; otherwise inter-area (external routes are never summarised)
 * @param cost the routing table cost
 * @param nextHopAreas the areas of the interfaces its nexthops leave by, for RFC 2328 12.4.3's split horizon: a
 *     route whose nexthops lie in an area is not summarised into it (a backbone route over a virtual link)
 */
public record Reachable(IpPrefix prefix, AreaId area, boolean intraArea, int cost, Set<Long> nextHopAreas) {
    public Reachable(IpPrefix prefix, AreaId area, boolean intraArea, int cost) {
        this(prefix, area, intraArea, cost, Set.of());
    }

    public Reachable {
        nextHopAreas = Set.copyOf(nextHopAreas);
    }
}
