package dev.ferry.zebra.rib;

import java.util.List;

/**
 * A route as a client adds it (FRR's zapi_route): it replaces the client's previous route to the prefix,
 * identified by (type, instance), plus the distance for sources that keep several (static routes with
 * FLAG_RR_USE_DISTANCE). {@code flags} takes RouteEntry.FLAG_ALLOW_RECURSION, FLAG_IBGP and
 * FLAG_RR_USE_DISTANCE. Nexthops from a zebra client default to weight 1, as FRR's nexthop_new().
 */
public record RouteUpdate(int vrfId, Prefix prefix, RouteType type, int instance, int distance, int metric,
        int tag, int flags, List<Nexthop> nexthops) {

    public RouteUpdate {
        if (distance < 0 || distance > 255) {
            throw new IllegalArgumentException("distance " + distance);
        }
        nexthops = List.copyOf(nexthops);
    }

    /** A route with the type's default distance, metric 0, no tag, no flags. */
    public static RouteUpdate of(int vrfId, Prefix prefix, RouteType type, List<Nexthop> nexthops) {
        return new RouteUpdate(vrfId, prefix, type, 0, type.defaultDistance(), 0, 0, 0, nexthops);
    }

    public RouteUpdate withDistance(int d) {
        return new RouteUpdate(vrfId, prefix, type, instance, d, metric, tag, flags, nexthops);
    }

    public RouteUpdate withMetric(int m) {
        return new RouteUpdate(vrfId, prefix, type, instance, distance, m, tag, flags, nexthops);
    }

    public RouteUpdate withTag(int t) {
        return new RouteUpdate(vrfId, prefix, type, instance, distance, metric, t, flags, nexthops);
    }

    public RouteUpdate withFlags(int f) {
        return new RouteUpdate(vrfId, prefix, type, instance, distance, metric, tag, f, nexthops);
    }

    public RouteUpdate withInstance(int i) {
        return new RouteUpdate(vrfId, prefix, type, i, distance, metric, tag, flags, nexthops);
    }
}
