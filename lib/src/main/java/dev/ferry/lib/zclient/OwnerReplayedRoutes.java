package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.Route;

/**
 * The routes of a client whose daemon keeps them itself (bgpd's Loc-RIB): nothing per route is kept here, so a
 * million routes cost the client nothing once sent. Deletes are always sent (zebra answers one for a route it
 * does not have REJECTED and changes nothing); results cannot be traced back to a route; and on a new session
 * the daemon's own replay adds its routes again through {@link ZebraClient#addRoute}, which puts them in the
 * session's outbox before RoutesComplete.
 */
final class OwnerReplayedRoutes implements ClientRoutes {
    private static final System.Logger LOG = System.getLogger(OwnerReplayedRoutes.class.getName());

    private final Runnable ownerReplay;
    private boolean replaying;
    private int replayed;

    OwnerReplayedRoutes(Runnable ownerReplay) {
        this.ownerReplay = ownerReplay;
    }

    @Override
    public void add(TableKey table, Route route) {
        if (replaying) {
            replayed++;
        }
    }

    @Override
    public Route delete(RouteKey key, long id) {
        return key.deleteOp(id);
    }

    @Override
    public RouteKey resultFor(long id) {
        return null;
    }

    @Override
    public Route get(RouteKey key) {
        return null;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public int retainedEntries() {
        return 0;
    }

    @Override
    public void sessionEnded() {
    }

    /** The owner adds its routes through the client, which queues them in the session's outbox ({@code out}). */
    @Override
    public int replay(Outbox out) {
        replaying = true;
        replayed = 0;
        try {
            ownerReplay.run();
        } catch (RuntimeException e) {
            // RoutesComplete still goes: zebra then drops only what the owner did not get to re-add
            LOG.log(System.Logger.Level.ERROR, "the daemon's route replay failed", e);
        } finally {
            replaying = false;
        }
        return replayed;
    }
}
