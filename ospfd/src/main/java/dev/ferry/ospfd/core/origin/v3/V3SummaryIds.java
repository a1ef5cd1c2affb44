package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpPrefix;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Inter-Area-Prefix-LSA Link State IDs of an ABR, one {@link LinkStateIdAllocator#lowestFree()} per area (FRR
 * allocates them from the area's database). The runtime keeps one for the life of the process.
 */
public final class V3SummaryIds {
    private final Map<Long, LinkStateIdAllocator<IpPrefix>> perArea = new HashMap<>();

    /** The allocator of an area (by area id value), created on first use. */
    public LinkStateIdAllocator<IpPrefix> area(long areaId) {
        return perArea.computeIfAbsent(areaId, a -> LinkStateIdAllocator.lowestFree());
    }

    /** Forgets the areas no longer attached. */
    void retainAreas(Collection<Long> areaIds) {
        Set<Long> keep = new HashSet<>(areaIds);
        perArea.keySet().removeIf(a -> !keep.contains(a));
    }
}
