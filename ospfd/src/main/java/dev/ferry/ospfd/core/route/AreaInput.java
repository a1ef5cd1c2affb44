package dev.ferry.ospfd.core.route;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.SpfResult;

/**
 * One attached area as the routing table calculation reads it.
 *
 * @param intra the area's SPF result (RFC 2328 16.1)
 * @param areaLsas the area's database: its summary LSAs (v2 types 3 and 4, v3 Inter-Area-Prefix/Router) are read
 *     from it
 * @param stub a stub area: AS-external routes are never reached through it
 * @param transitCapable RFC 2328 16.1 step 2's TransitCapability: a Router-LSA of the area (ours included) has
 *     the V bit, so a virtual link crosses it and its summaries may give the backbone better paths (16.3)
 */
public record AreaInput(AreaId area, SpfResult intra, Iterable<Lsa> areaLsas, boolean stub, boolean transitCapable) {
    public AreaInput(AreaId area, SpfResult intra, Iterable<Lsa> areaLsas, boolean stub) {
        this(area, intra, areaLsas, stub, false);
    }
}
