package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.Route;

/**
 * What a client remembers of its routes: either everything, to replay them itself after a reconnection
 * ({@link RouteTable}), or nothing, when the daemon replays them from its own RIB ({@link OwnerReplayedRoutes}).
 * Owned by the client's executor.
 */
interface ClientRoutes {

    /** {@code route} (its id and op set) is being sent to replace the one with its key. */
    void add(TableKey table, Route route);

    /** The delete to send for {@code key}, with id {@code id}, or null when there is nothing to delete. */
    Route delete(RouteKey key, long id);

    /** The route a result names, or null when this client cannot (or no longer can) name it. */
    RouteKey resultFor(long id);

    /** The route kept under {@code key}, or null. */
    Route get(RouteKey key);

    /** Routes kept. */
    int size();

    /** Entries held per route: the routes and the operation ids that name them (0 when nothing is kept). */
    int retainedEntries();

    /** The session ended: results of deletes in flight will not come. */
    void sessionEnded();

    /**
     * A new session: every route the client wants goes into {@code out} now, before RoutesComplete. Returns how
     * many.
     */
    int replay(Outbox out);
}
