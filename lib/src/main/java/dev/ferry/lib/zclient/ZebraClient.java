package dev.ferry.lib.zclient;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.ZebraApi;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.InterfaceSubscribe;
import dev.ferry.proto.zebra.v1.LabelChunkRelease;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.NexthopRegister;
import dev.ferry.proto.zebra.v1.NexthopUnregister;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.RedistributeUnsubscribe;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.RouterIdSubscribe;
import dev.ferry.proto.zebra.v1.RouterIdUnsubscribe;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRelease;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A protocol daemon's connection to zebra (FRR's zclient): one session over {@code <rundir>/zserv.api}.
 *
 * <p>Threads: {@link #connect} may be called from any thread; every other method must be called on the
 * executor given to it, which must run one task at a time (the daemon's event loop). The listener runs on that
 * executor too. The gRPC I/O thread only posts to it.
 *
 * <p>Batching: route and LSP operations go into batches of up to {@link ZebraClientOptions#batchSize()}; a full
 * batch is sent at once, a partial one at the end of the current executor task (or on {@link #flush()}).
 * Sending respects gRPC flow control: what the socket cannot take yet waits here, not in gRPC's buffers.
 *
 * <p>Desired state and reconnection: the client keeps what the daemon asked for (routes, LSPs, nexthop
 * registrations, subscriptions, label and locator chunks). When the session ends, it retries with backoff;
 * each new session gets all of it again, then RoutesComplete. Operations made while disconnected only update
 * that state. So a daemon never needs to resend anything after a zebra restart.
 *
 * <p>A daemon that holds its routes anyway (bgpd, in its Loc-RIB) can spare the client's copy of them, some
 * 500 bytes a route: with {@link ZebraClientOptions#withOwnerReplay} the client keeps nothing per route. Then
 * {@link #addRoute} sends and forgets, {@link #deleteRoute} always sends the delete, route operations made
 * while disconnected are dropped, and each new session calls the daemon's replay, which must add every route it
 * wants; those adds go out after the subscriptions and chunks and before the LSPs, nexthop registrations and
 * RoutesComplete, as the client's own replay would. A daemon with a large table can instead add them later, as
 * the client takes them ({@link #backlogged()}, {@link ZebraListener#onWritable()}), holding RoutesComplete
 * until it is done ({@link #holdRoutesComplete()}). Results of route operations cannot be traced back to a
 * route, so {@link ZebraListener#onRouteResult} is not called. LSPs, registrations and chunks are kept as
 * above.
 */
public final class ZebraClient implements AutoCloseable {
    private final DesiredState state;
    private final Connection connection;
    private final int batchSize;
    /** The daemon keeps and replays its routes: the client keeps none. */
    private final boolean ownerReplay;

    private ZebraClient(Path socket, Hello hello, ZebraListener listener, Executor executor,
            ZebraClientOptions options) {
        this.state = new DesiredState(options.ownerReplay());
        this.ownerReplay = options.ownerReplaysRoutes();
        this.connection = new Connection(socket, hello, listener, executor, options, state);
        this.batchSize = options.batchSize();
    }

    /** Connects with the default options, the daemon named after the protocol. */
    public static ZebraClient connect(Path zservSocket, RouteType protocol, int instance, ZebraListener listener,
            Executor executor) {
        String daemon = protocol.name().substring("ROUTE_TYPE_".length()).toLowerCase() + "d";
        return connect(zservSocket, protocol, instance, listener, executor, ZebraClientOptions.defaults(daemon));
    }

    /**
     * Starts the client: the first attempt runs on {@code executor} at once, and the client keeps trying until
     * {@link #close()}. {@link ZebraListener#onConnected} says when a session is up.
     *
     * @param protocol the client's route type; with {@code instance} it names the client in zebra
     * @param executor the daemon's event loop: runs the listener and owns the client's state
     */
    public static ZebraClient connect(Path zservSocket, RouteType protocol, int instance, ZebraListener listener,
            Executor executor, ZebraClientOptions options) {
        if (protocol == RouteType.ROUTE_TYPE_UNSPECIFIED || protocol == RouteType.UNRECOGNIZED) {
            throw new IllegalArgumentException("a zebra client needs a protocol");
        }
        Hello hello = Hello.newBuilder()
                .setVersion(ZebraApi.VERSION)
                .setProtocol(protocol)
                .setInstance(instance)
                .setGracefulRestartSeconds(options.gracefulRestartSeconds())
                .setDaemon(options.daemon())
                .setFailuresOnly(options.failuresOnly())
                .build();
        ZebraClient c = new ZebraClient(zservSocket, hello, listener, executor, options);
        c.connection.start();
        return c;
    }

    // ---- routes and LSPs ------------------------------------------------------------------------------

    /**
     * Adds or replaces a route; sets its id and op. Returns the id its results carry. The client keeps it for
     * the next session, unless the daemon replays its routes itself (then it is only sent, if a session is up).
     */
    public long addRoute(TableKey table, Route.Builder route) {
        checkOpen();
        Route r = route.setId(state.nextId()).setOp(Op.OP_ADD).build();
        state.routes.add(table, r);
        connection.route(table, r);
        return r.getId();
    }

    /**
     * Adds or replaces the route {@code attributes} (a route without id, op and prefix) to {@code address}
     * (4 or 16 bytes) / {@code length}; returns the id its results carry. For a daemon that adds many routes
     * sharing their attributes (bgpd: a full table, one set per UPDATE's next hop and MED): consecutive calls
     * with the same attributes object go packed to a zebra of API 1.3 without a message per route. A client
     * that keeps its routes itself (owner replay) keeps nothing of them; any other keeps the whole route.
     */
    public long addRoute(TableKey table, Route attributes, byte[] address, int length) {
        if (!ownerReplay) {
            return addRoute(table, attributes.toBuilder().setPrefix(IpPrefixes.of(address, length)));
        }
        checkOpen();
        long id = state.nextId();
        state.routes.add(table, null); // counts the owner's replay; keeps nothing
        connection.route(table, attributes, address, length, id);
        return id;
    }

    /** {@link #addRoute(TableKey, Route.Builder)} in a table given by parts. */
    public long addRoute(String vrf, Afi afi, Safi safi, Route.Builder route) {
        return addRoute(new TableKey(vrf, afi, safi), route);
    }

    /**
     * Deletes a route this client added. Returns the delete's id, or 0 if the client has no such route. A client
     * whose daemon replays its routes knows none, so it always sends the delete (if a session is up: otherwise
     * the next session's replay leaves the route out) and returns its id.
     */
    public long deleteRoute(RouteKey key) {
        checkOpen();
        Route d = state.routes.delete(key, state.nextId());
        if (d == null) {
            return 0;
        }
        connection.route(key.table(), d);
        return d.getId();
    }

    /** Adds or replaces the LSP of its in-label; sets its id and op. Returns the id its results carry. */
    public long addLsp(Lsp.Builder lsp) {
        checkOpen();
        Lsp l = lsp.setId(state.nextId()).setOp(Op.OP_ADD).build();
        state.lsps.add(l);
        connection.lsp(l);
        return l.getId();
    }

    /** Deletes the LSP of {@code inLabel}. Returns the delete's id, or 0 if the client has no such LSP. */
    public long deleteLsp(int inLabel) {
        checkOpen();
        Lsp d = state.lsps.delete(inLabel, state.nextId());
        if (d == null) {
            return 0;
        }
        connection.lsp(d);
        return d.getId();
    }

    // ---- registrations and subscriptions --------------------------------------------------------------

    /** Tracks a nexthop: zebra answers with its resolution now and on every change. */
    public void registerNexthop(TrackedNexthop nexthop) {
        registerNexthops(List.of(nexthop));
    }

    /** Tracks nexthops, in messages of up to a batch each. Registering again with other flags updates them. */
    public void registerNexthops(Collection<TrackedNexthop> nexthops) {
        checkOpen();
        NexthopRegister.Builder b = NexthopRegister.newBuilder();
        for (TrackedNexthop n : nexthops) {
            if (state.registrations.registerNexthop(n)) {
                b.addNexthops(n);
            }
            if (b.getNexthopsCount() >= batchSize) {
                send(ClientMessage.newBuilder().setNexthopRegister(b).build());
                b = NexthopRegister.newBuilder();
            }
        }
        if (b.getNexthopsCount() > 0) {
            send(ClientMessage.newBuilder().setNexthopRegister(b).build());
        }
    }

    /** Stops tracking a nexthop. */
    public void unregisterNexthop(String vrf, ByteString address) {
        checkOpen();
        if (state.registrations.unregisterNexthop(vrf, address)) {
            send(ClientMessage.newBuilder().setNexthopUnregister(NexthopUnregister.newBuilder()
                    .addNexthops(TrackedNexthop.newBuilder().setVrf(vrf).setAddress(address))).build());
        }
    }

    /** Asks for every VRF, interface and address, and their changes. */
    public void subscribeInterfaces() {
        checkOpen();
        if (state.registrations.subscribeInterfaces()) {
            send(ClientMessage.newBuilder().setInterfaceSubscribe(InterfaceSubscribe.getDefaultInstance()).build());
        }
    }

    /** Asks for the router-id of a VRF ("" = default), now and on every change. */
    public void subscribeRouterId(String vrf, Afi afi) {
        checkOpen();
        if (state.registrations.subscribeRouterId(vrf, afi)) {
            send(ClientMessage.newBuilder().setRouterIdSubscribe(RouterIdSubscribe.newBuilder().setVrf(vrf)
                    .setAfi(afi)).build());
        }
    }

    /** Stops router-id updates of a VRF. */
    public void unsubscribeRouterId(String vrf, Afi afi) {
        checkOpen();
        if (state.registrations.unsubscribeRouterId(vrf, afi)) {
            send(ClientMessage.newBuilder().setRouterIdUnsubscribe(RouterIdUnsubscribe.newBuilder().setVrf(vrf)
                    .setAfi(afi)).build());
        }
    }

    /** Asks for the routes of a type (redistribution). */
    public void subscribeRedistribute(RedistributeSubscribe subscription) {
        checkOpen();
        if (state.registrations.subscribeRedistribute(subscription)) {
            send(ClientMessage.newBuilder().setRedistributeSubscribe(subscription).build());
        }
    }

    /** Ends a redistribution subscription (the same message it was made with). */
    public void unsubscribeRedistribute(RedistributeSubscribe subscription) {
        checkOpen();
        if (state.registrations.unsubscribeRedistribute(subscription)) {
            send(ClientMessage.newBuilder().setRedistributeUnsubscribe(RedistributeUnsubscribe.newBuilder()
                    .setSubscription(subscription)).build());
        }
    }

    // ---- label manager and SRv6 -----------------------------------------------------------------------

    /** Asks for {@code size} labels from {@code base} (0: anywhere); the answer reaches onLabelChunk. */
    public long requestLabelChunk(int size, int base, boolean keep) {
        checkOpen();
        var r = state.chunks.requestLabels(state.nextId(), size, base, keep);
        send(ClientMessage.newBuilder().setLabelChunkRequest(r).build());
        return r.getRequestId();
    }

    /** Gives back a label chunk this client holds (start and end as zebra gave them). */
    public void releaseLabelChunk(int start, int end) {
        checkOpen();
        if (state.chunks.releaseLabels(start, end)) {
            send(ClientMessage.newBuilder().setLabelChunkRelease(LabelChunkRelease.newBuilder().setStart(start)
                    .setEnd(end)).build());
        }
    }

    /** Asks for an SRv6 locator's chunk; the answer reaches onSrv6LocatorChunk. */
    public long requestSrv6LocatorChunk(String locator) {
        checkOpen();
        var r = state.chunks.requestLocator(state.nextId(), locator);
        send(ClientMessage.newBuilder().setSrv6LocatorChunkRequest(r).build());
        return r.getRequestId();
    }

    /** Stops using a locator's chunk. */
    public void releaseSrv6LocatorChunk(String locator) {
        checkOpen();
        if (state.chunks.releaseLocator(locator)) {
            send(ClientMessage.newBuilder().setSrv6LocatorChunkRelease(Srv6LocatorChunkRelease.newBuilder()
                    .setLocator(locator)).build());
        }
    }

    // ---- sending and state ---------------------------------------------------------------------------

    /** Sends the open batch now rather than at the end of the current task. */
    public void flush() {
        connection.flush();
    }

    /**
     * Called from the daemon's route replay ({@link ZebraClientOptions#withOwnerReplay}): RoutesComplete does
     * not follow the replay but waits until the daemon runs the returned task (on the executor), once it has
     * added every route it wants, e.g. as the client could take them ({@link #backlogged()}); zebra sweeps the
     * client's stale routes only then. The routes added later go after the replayed LSPs and nexthop
     * registrations. The task does nothing once this session is over (the next one replays
     * again).
     *
     * @throws IllegalStateException outside the daemon's replay
     */
    public Runnable holdRoutesComplete() {
        return connection.holdRoutesComplete();
    }

    /**
     * Whether the client holds messages gRPC cannot take yet (more than a few batches), or no session is up. A
     * daemon that makes its route operations only when they can go (bgpd: a full table arrives faster than
     * zebra installs it) stops while this is true and goes on at {@link ZebraListener#onWritable()}, which
     * follows every call that answered true. Clients that never ask behave as if it did not exist.
     */
    public boolean backlogged() {
        return connection.backlogged();
    }

    private void send(ClientMessage m) {
        connection.message(m);
    }

    private void checkOpen() {
        if (connection.isClosed()) {
            throw new IllegalStateException("zebra client closed");
        }
    }

    /** Whether a session is up. */
    public boolean isConnected() {
        return connection.isUp();
    }

    /** The current session's HelloAck, or null when none is up. */
    public HelloAck session() {
        return connection.session();
    }

    /** How many sessions have come up so far (reconnections count). */
    public int sessionCount() {
        return connection.sessionCount();
    }

    /** Routes the client keeps for the next session (0 when the daemon replays its own). */
    public int routeCount() {
        return state.routes.size();
    }

    /** The route this client keeps under {@code key}, or null (always when the daemon replays its own). */
    public Route route(RouteKey key) {
        return state.routes.get(key);
    }

    /** Per-route entries the client holds: its routes and the operation ids naming them (tests, benchmarks). */
    int retainedRouteEntries() {
        return state.routes.retainedEntries();
    }

    /** LSPs the client wants installed. */
    public int lspCount() {
        return state.lsps.size();
    }

    /**
     * Ends the session cleanly: sends what is queued, half-closes the stream (zebra removes the client's routes
     * unless graceful restart was asked) and stops the I/O thread. Call on the executor; {@link #closed()}
     * completes when it is done. Idempotent.
     */
    @Override
    public void close() {
        connection.close();
    }

    /** Completes when {@link #close()} has finished. */
    public CompletableFuture<Void> closed() {
        return connection.closed();
    }
}
