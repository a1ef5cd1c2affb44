package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.Safi;

/**
 * What names one of a client's routes in zebra: (VRF, AFI, SAFI, prefix, source prefix). A later add with the
 * same key replaces the route; a delete with it removes it.
 *
 * @param vrf the VRF name, "" for the default VRF
 * @param srcPrefix the IPv6 source prefix, or the default instance when the route has none
 */
public record RouteKey(String vrf, Afi afi, Safi safi, IpPrefix prefix, IpPrefix srcPrefix) {

    public RouteKey {
        if (vrf == null || afi == null || safi == null || prefix == null || srcPrefix == null) {
            throw new NullPointerException("route key field");
        }
    }

    /** A unicast-or-multicast route without source prefix. */
    public static RouteKey of(String vrf, Afi afi, Safi safi, IpPrefix prefix) {
        return new RouteKey(vrf, afi, safi, prefix, IpPrefix.getDefaultInstance());
    }

    /** The key of {@code route} in the given table. */
    public static RouteKey of(TableKey table, Route route) {
        return new RouteKey(table.vrf(), table.afi(), table.safi(), route.getPrefix(), route.getSrcPrefix());
    }

    /** Spread well for a million prefixes (see {@link IpPrefixes#hash}); equality stays the record's. */
    @Override
    public int hashCode() {
        int h = IpPrefixes.hash(prefix);
        h = 31 * h + vrf.hashCode();
        h = 31 * h + afi.getNumber() * 7 + safi.getNumber();
        return 31 * h + IpPrefixes.hash(srcPrefix);
    }

    /** "10.0.0.0/8" with the VRF when it is not the default one. */
    @Override
    public String toString() {
        return (vrf.isEmpty() ? "" : "vrf " + vrf + " ") + IpPrefixes.format(prefix)
                + (srcPrefix.getAddress().isEmpty() ? "" : " from " + IpPrefixes.format(srcPrefix));
    }

    /** The (VRF, AFI, SAFI) table the route is in: what a RouteBatch carries once. */
    public TableKey table() {
        return new TableKey(vrf, afi, safi);
    }
}
