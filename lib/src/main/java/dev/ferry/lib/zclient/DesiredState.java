package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.RoutesComplete;
import java.util.function.BooleanSupplier;

/**
 * Everything a client wants from zebra, kept so that a new session can be told all of it again: routes (unless
 * the daemon replays them itself: see {@link ZebraClientOptions#ownerReplay()}), LSPs, registrations and
 * subscriptions, chunks; and the counter of operation and request ids. Owned by the client's executor.
 */
final class DesiredState {
    final ClientRoutes routes;
    final LspTable lsps = new LspTable();
    final Registrations registrations = new Registrations();
    final Chunks chunks = new Chunks();
    private long lastId;

    /** A client that keeps its routes for the replay. */
    DesiredState() {
        this(null);
    }

    /** @param ownerReplay the daemon's replay of its routes, or null when the client keeps them */
    DesiredState(Runnable ownerReplay) {
        this.routes = ownerReplay == null ? new RouteTable() : new OwnerReplayedRoutes(ownerReplay);
    }

    /** A fresh operation or request id: non-zero, never reused by this client. */
    long nextId() {
        return ++lastId;
    }

    /**
     * Queues the whole state, then RoutesComplete, as a new session's first messages after Hello. Returns how
     * many routes went (the daemon's own replay's, for a client that keeps none).
     */
    int replay(Outbox out, int batch) {
        return replay(out, batch, () -> false);
    }

    /**
     * {@link #replay(Outbox, int)}, leaving RoutesComplete out if {@code routesCompleteHeld} says so after the
     * daemon's replay: the daemon adds its routes later and then has it sent ({@link
     * ZebraClient#holdRoutesComplete()}).
     */
    int replay(Outbox out, int batch, BooleanSupplier routesCompleteHeld) {
        registrations.replaySubscriptions(out);
        chunks.replay(out, this::nextId);
        int replayed = routes.replay(out);
        lsps.replay(out);
        registrations.replayNexthops(out, batch);
        if (!routesCompleteHeld.getAsBoolean()) {
            out.message(routesComplete());
        }
        return replayed;
    }

    static ClientMessage routesComplete() {
        return ClientMessage.newBuilder().setRoutesComplete(RoutesComplete.getDefaultInstance()).build();
    }

    /** The session ended: results of deletes in flight will not come. */
    void sessionEnded() {
        routes.sessionEnded();
        lsps.sessionEnded();
    }
}
