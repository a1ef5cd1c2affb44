package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.DumpComplete;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.RequestError;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.RouterIdUpdate;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunk;
import dev.ferry.proto.zebra.v1.VrfUpdate;

/**
 * What a daemon hears from zebra. Every method runs on the executor given to {@link ZebraClient#connect} (the
 * daemon's event loop), one at a time, in the order zebra sent; the defaults ignore the event.
 */
public interface ZebraListener {

    /**
     * A session is up (first connection or a reconnection). The client has already queued the replay of its
     * routes (or run the daemon's own replay of them), LSPs, registrations and subscriptions, followed by
     * RoutesComplete.
     */
    default void onConnected(HelloAck ack) {
    }

    /**
     * The session ended (zebra stopped, refused the Hello, or the socket is not there yet). The client retries
     * after {@code retryMillis}; operations made meanwhile are kept and replayed (route operations of a client
     * whose daemon replays its own routes are dropped: its replay covers them). Operations in flight when the
     * session ended get no result of their own: the replay's results stand for them.
     */
    default void onDisconnected(String reason, long retryMillis) {
    }

    /**
     * The client can take more: {@link ZebraClient#backlogged()} answered true, and since then a session came
     * up or gRPC took the backlog down below the threshold. Called once per such wait, never from within a
     * client call, so the daemon may make operations at once.
     */
    default void onWritable() {
    }

    /**
     * What became of a route operation (and later changes of the route's state: see Result in zebra.proto).
     * Not called for a client whose daemon replays its own routes ({@link ZebraClientOptions#withOwnerReplay}):
     * that client keeps nothing to name the route of a result by, and Result carries only the operation's id.
     */
    default void onRouteResult(RouteKey route, Result result) {
    }

    /**
     * What became of a route operation of a client whose daemon replays its own routes: named only by the
     * operation's id ({@link ZebraClient#addRoute} returned it), for a daemon that keeps ids or just counts.
     */
    default void onOwnedRouteResult(Result result) {
    }

    /** What became of an LSP operation. */
    default void onLspResult(int inLabel, Result result) {
    }

    default void onInterface(InterfaceUpdate update) {
    }

    default void onAddress(AddressUpdate update) {
    }

    default void onVrf(VrfUpdate update) {
    }

    default void onRouterId(RouterIdUpdate update) {
    }

    /** How a registered nexthop resolves now. */
    default void onNexthopUpdate(NexthopUpdate update) {
    }

    default void onRedistributedRoutes(RedistributedRouteBatch batch) {
    }

    /** A label chunk (or a refusal). After a reconnection the replayed requests are answered again. */
    default void onLabelChunk(LabelChunk chunk) {
    }

    default void onSrv6LocatorChunk(Srv6LocatorChunk chunk) {
    }

    /** The dump that answers a subscription is complete. */
    default void onDumpComplete(DumpComplete done) {
    }

    /** zebra could not take a request; the session stays up. */
    default void onRequestError(RequestError error) {
    }
}
