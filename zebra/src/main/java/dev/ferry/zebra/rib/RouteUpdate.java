package dev.ferry.zebra.rib;

import java.util.List;

/**
 * A route as a client adds it (FRR's zapi_route): it replaces the client's previous route to the prefix in the
 * same kernel table, identified by (type, instance), plus the distance for sources that keep several (static
 * routes with FLAG_RR_USE_DISTANCE). {@code flags} takes RouteEntry.FLAG_ALLOW_RECURSION, FLAG_IBGP and
 * FLAG_RR_USE_DISTANCE. Nexthops from a zebra client default to weight 1, as FRR's nexthop_new().
 *
 * @param tableId the kernel table (FRR's ZAPI_MESSAGE_TABLEID): 0 or the VRF's own table id for the VRF's
 *     table; another id puts the route in a table of its own (see {@link RouteTable#isMain})
 */
public record RouteUpdate(int vrfId, Prefix prefix, RouteType type, int instance, int distance, int metric,
        int tag, int flags, List<Nexthop> nexthops, int tableId) {

    public RouteUpdate {
        if (distance < 0 || distance > 255) {
            throw new IllegalArgumentException("distance " + distance);
        }
        nexthops = List.copyOf(nexthops);
    }

    /** A route in the VRF's own table. */
    public RouteUpdate(int vrfId, Prefix prefix, RouteType type, int instance, int distance, int metric, int tag,
            int flags, List<Nexthop> nexthops) {
        this(vrfId, prefix, type, instance, distance, metric, tag, flags, nexthops, 0);
    }

    /** A route with the type's default distance, metric 0, no tag, no flags. */
    public static RouteUpdate of(int vrfId, Prefix prefix, RouteType type, List<Nexthop> nexthops) {
        return new RouteUpdate(vrfId, prefix, type, 0, type.defaultDistance(), 0, 0, 0, nexthops);
    }

    public RouteUpdate withDistance(int d) {
        return new RouteUpdate(vrfId, prefix, type, instance, d, metric, tag, flags, nexthops, tableId);
    }

    public RouteUpdate withMetric(int m) {
        return new RouteUpdate(vrfId, prefix, type, instance, distance, m, tag, flags, nexthops, tableId);
    }

    public RouteUpdate withTag(int t) {
        return new RouteUpdate(vrfId, prefix, type, instance, distance, metric, t, flags, nexthops, tableId);
    }

    public RouteUpdate withFlags(int f) {
        return new RouteUpdate(vrfId, prefix, type, instance, distance, metric, tag, f, nexthops, tableId);
    }

    public RouteUpdate withInstance(int i) {
        return new RouteUpdate(vrfId, prefix, type, i, distance, metric, tag, flags, nexthops, tableId);
    }

    public RouteUpdate withTable(int t) {
        return new RouteUpdate(vrfId, prefix, type, instance, distance, metric, tag, flags, nexthops, t);
    }
}
