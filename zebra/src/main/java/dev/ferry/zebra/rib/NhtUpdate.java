package dev.ferry.zebra.rib;

import java.util.List;

/**
 * What a client tracking a nexthop is told (FRR's ZEBRA_NEXTHOP_UPDATE): the address, the route that
 * resolves it (prefix, type, instance, distance, metric) and its forwarding nexthops, labels included. An
 * unreachable address has a null prefix and no nexthops.
 */
public record NhtUpdate(int vrfId, IpAddress address, Prefix resolvedVia, RouteType type, int instance,
        int distance, int metric, List<Nexthop> nexthops) {

    public NhtUpdate {
        nexthops = List.copyOf(nexthops);
    }

    static NhtUpdate unreachable(int vrfId, IpAddress address) {
        return new NhtUpdate(vrfId, address, null, null, 0, 0, 0, List.of());
    }

    public boolean isReachable() {
        return !nexthops.isEmpty();
    }
}
