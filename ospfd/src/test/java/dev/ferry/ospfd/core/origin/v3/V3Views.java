package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.origin.InterfaceView.Kind;
import dev.ferry.ospfd.core.origin.InterfaceView.State;
import java.util.List;

/** Interface views for the unit tests. */
final class V3Views {
    static final byte[] LINK_LOCAL = IpAddresses.parse("fe80::1");

    private V3Views() {
    }

    static List<IpPrefix> prefixes(String... text) {
        return List.of(text).stream().map(IpPrefix::parse).toList();
    }

    static V3InterfaceView loopback(int id, int cost, String... addresses) {
        return new V3InterfaceView("lo", id, Kind.LOOPBACK, State.LOOPBACK, cost, false, 1, null,
                prefixes(addresses), 0, 0, false, List.of());
    }

    static V3InterfaceView pointToPoint(int id, int cost, List<V3Neighbor> full, String... addresses) {
        return new V3InterfaceView("p2p" + id, id, Kind.POINT_TO_POINT, State.POINT_TO_POINT, cost, false, 1,
                LINK_LOCAL, prefixes(addresses), 0, 0, false, full);
    }

    /** A broadcast link; dr/drInterface 0 when there is no DR. */
    static V3InterfaceView broadcast(int id, State state, int cost, int dr, int drInterface, boolean fullWithDr,
                                     List<V3Neighbor> full, String... addresses) {
        return new V3InterfaceView("eth" + id, id, Kind.BROADCAST, state, cost, false, 1, LINK_LOCAL,
                prefixes(addresses), dr, drInterface, fullWithDr, full);
    }

    static V3InterfaceView passive(int id, int cost, String... addresses) {
        return new V3InterfaceView("eth" + id, id, Kind.BROADCAST, State.DR, cost, true, 1, LINK_LOCAL,
                prefixes(addresses), 0, 0, false, List.of());
    }
}
