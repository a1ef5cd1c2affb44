package dev.ferry.zebra.rib;

/**
 * What the RIB tells one client session; the zebra API server implements it per session. Called on the
 * RIB's event loop: implementations hand the message to their transport and return.
 */
public interface RibListener {
    RibListener NONE = new RibListener() {
    };

    /** The fate of one of the client's routes: installed, refused by the kernel, beaten, removed. */
    default void routeNotice(RouteNotice notice) {
    }

    /** A tracked nexthop resolves differently (sent once on registration, then on each change). */
    default void nexthopUpdate(NhtUpdate update) {
    }

    /** A selected route of a type the client redistributes was added or changed. */
    default void redistributeAdd(RedistRoute route) {
    }

    /** A redistributed route is gone (or no longer the selected one). */
    default void redistributeDelete(RedistRoute route) {
    }

    /** The router-id of a VRF changed (sent once on subscription, then on each change). */
    default void routerIdUpdate(int vrfId, Afi afi, IpAddress routerId) {
    }
}
