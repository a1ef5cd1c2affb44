package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.ospfd.shared.AreaId;

/**
 * An AS boundary router in this router's routing table: what an ABR announces in Inter-Area-Router-LSAs.
 *
 * @param area the area of the path (the backbone when reached inter-area)
 * @param options the options of the ASBR's Router-LSA, which FRR copies into the Inter-Area-Router-LSA
 */
public record V3ReachableAsbr(int routerId, AreaId area, int cost, int options) {
}
