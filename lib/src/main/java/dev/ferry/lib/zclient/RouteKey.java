package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.Safi;

/**
 * What names one of a client's routes in zebra: (VRF, AFI, SAFI, kernel table, prefix, source prefix, and the
 * distance for a client that keeps several per prefix). A later add with the same key replaces the route; a
 * delete with it removes it.
 *
 * @param vrf the VRF name, "" for the default VRF
 * @param srcPrefix the IPv6 source prefix, or the default instance when the route has none
 * @param tableId the kernel table (Route.table_id), 0 for the VRF's own
 * @param distance the distance when it is part of the key (Route.per_distance), 0 when it is not
 */
public record RouteKey(String vrf, Afi afi, Safi safi, IpPrefix prefix, IpPrefix srcPrefix, int tableId,
        int distance) {

    public RouteKey {
        if (vrf == null || afi == null || safi == null || prefix == null || srcPrefix == null) {
            throw new NullPointerException("route key field");
        }
    }

    /** A route in the VRF's own table, one per prefix. */
    public RouteKey(String vrf, Afi afi, Safi safi, IpPrefix prefix, IpPrefix srcPrefix) {
        this(vrf, afi, safi, prefix, srcPrefix, 0, 0);
    }

    /** A unicast-or-multicast route without source prefix. */
    public static RouteKey of(String vrf, Afi afi, Safi safi, IpPrefix prefix) {
        return new RouteKey(vrf, afi, safi, prefix, IpPrefix.getDefaultInstance());
    }

    /**
     * A route without source prefix in kernel table {@code tableId} (0: the VRF's), keyed by its distance too
     * when {@code distance} is not 0 (Route.per_distance).
     */
    public static RouteKey of(String vrf, Afi afi, Safi safi, IpPrefix prefix, int tableId, int distance) {
        return new RouteKey(vrf, afi, safi, prefix, IpPrefix.getDefaultInstance(), tableId, distance);
    }

    /** The key of {@code route} in the given table. */
    public static RouteKey of(TableKey table, Route route) {
        return new RouteKey(table.vrf(), table.afi(), table.safi(), route.getPrefix(), route.getSrcPrefix(),
                route.getTableId(), route.getPerDistance() ? route.getDistance() : 0);
    }

    /** Whether the distance is part of the key (the route's adds and deletes carry per_distance). */
    public boolean perDistance() {
        return distance != 0;
    }

    /** Spread well for a million prefixes (see {@link IpPrefixes#hash}); equality stays the record's. */
    @Override
    public int hashCode() {
        int h = IpPrefixes.hash(prefix);
        h = 31 * h + vrf.hashCode();
        h = 31 * h + afi.getNumber() * 7 + safi.getNumber();
        h = 31 * h + tableId * 257 + distance;
        return 31 * h + IpPrefixes.hash(srcPrefix);
    }

    /** "10.0.0.0/8" with the VRF when it is not the default one, the table and the distance when set. */
    @Override
    public String toString() {
        return (vrf.isEmpty() ? "" : "vrf " + vrf + " ") + IpPrefixes.format(prefix)
                + (srcPrefix.getAddress().isEmpty() ? "" : " from " + IpPrefixes.format(srcPrefix))
                + (tableId == 0 ? "" : " table " + Integer.toUnsignedString(tableId))
                + (distance == 0 ? "" : " distance " + distance);
    }

    /** The delete of this route, with operation id {@code id}: its key and nothing else. */
    Route deleteOp(long id) {
        Route.Builder b = Route.newBuilder().setId(id).setOp(Op.OP_DELETE).setPrefix(prefix);
        if (!srcPrefix.equals(IpPrefix.getDefaultInstance())) {
            b.setSrcPrefix(srcPrefix);
        }
        b.setTableId(tableId);
        if (perDistance()) {
            b.setPerDistance(true).setDistance(distance);
        }
        return b.build();
    }

    /** The (VRF, AFI, SAFI) table the route is in: what a RouteBatch carries once. */
    public TableKey table() {
        return new TableKey(vrf, afi, safi);
    }
}
