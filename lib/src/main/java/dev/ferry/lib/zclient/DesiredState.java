package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.RoutesComplete;

/**
 * Everything a client wants from zebra, kept so that a new session can be told all of it again: routes, LSPs,
 * registrations and subscriptions, chunks; and the counter of operation and request ids. Owned by the client's
 * executor.
 */
final class DesiredState {
    final RouteTable routes = new RouteTable();
    final LspTable lsps = new LspTable();
    final Registrations registrations = new Registrations();
    final Chunks chunks = new Chunks();
    private long lastId;

    /** A fresh operation or request id: non-zero, never reused by this client. */
    long nextId() {
        return ++lastId;
    }

    /** Queues the whole state, then RoutesComplete, as a new session's first messages after Hello. */
    void replay(Outbox out, int batch) {
        registrations.replaySubscriptions(out);
        chunks.replay(out, this::nextId);
        routes.replay(out);
        lsps.replay(out);
        registrations.replayNexthops(out, batch);
        out.message(ClientMessage.newBuilder().setRoutesComplete(RoutesComplete.getDefaultInstance()).build());
    }

    /** The session ended: results of deletes in flight will not come. */
    void sessionEnded() {
        routes.sessionEnded();
        lsps.sessionEnded();
    }
}
