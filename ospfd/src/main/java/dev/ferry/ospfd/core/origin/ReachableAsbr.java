package dev.ferry.ospfd.core.origin;

import dev.ferry.ospfd.shared.AreaId;

/**
 * An AS boundary router in this router's routing table: what an ABR announces in ASBR-summary-LSAs (type 4).
 *
 * @param area the area of the path (the backbone when reached inter-area)
 */
public record ReachableAsbr(int routerId, AreaId area, int cost) {
}
