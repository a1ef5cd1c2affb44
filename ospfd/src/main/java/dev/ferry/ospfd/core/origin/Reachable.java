package dev.ferry.ospfd.core.origin;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AreaId;

/**
 * A network in this router's OSPF routing table, the input of summary origination (RFC 2328 12.4.3).
 *
 * @param area the area the route is associated with (the backbone for inter-area routes)
 * @param intraArea an intra-area route; otherwise inter-area (external routes are never summarised)
 * @param cost the routing table cost
 */
public record Reachable(IpPrefix prefix, AreaId area, boolean intraArea, int cost) {
}
