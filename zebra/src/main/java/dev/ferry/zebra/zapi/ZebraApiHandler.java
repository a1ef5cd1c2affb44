package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.LabelChunkRelease;
import dev.ferry.proto.zebra.v1.LabelChunkRequest;
import dev.ferry.proto.zebra.v1.LspBatch;
import dev.ferry.proto.zebra.v1.NexthopRegister;
import dev.ferry.proto.zebra.v1.NexthopUnregister;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouterIdSubscribe;
import dev.ferry.proto.zebra.v1.RouterIdUnsubscribe;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRelease;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRequest;

/**
 * What zebra does with its clients' requests: the RIB, interface manager, label manager and SRv6 manager
 * implement it (until then {@link RecordingHandler} stands in). {@link ZapiServer} decodes each client's
 * messages and calls these methods on zebra's event loop, one at a time, in the order the client sent them.
 * Everything of a session comes between its onSessionStart and onSessionEnd.
 *
 * <p>Answers go back through the session's {@link ClientOutbound}, given at session start: a
 * {@link ClientOutbound#result} for every route and LSP operation (see Result in zebra.proto), dumps and
 * updates for subscriptions, LabelChunk and Srv6LocatorChunk for requests.
 */
public interface ZebraApiHandler {

    /**
     * A client's Hello was accepted (version checked, no other session of the client open). zebra sends the
     * HelloAck after this returns.
     *
     * @return the routes and LSPs kept from the client's previous session for graceful restart (0 if none);
     *     the client will replay and then send RoutesComplete
     */
    int onSessionStart(ClientId client, Hello hello, ClientOutbound outbound);

    /** Route adds and deletes of one (VRF, AFI, SAFI), the client's type and instance; answer each with a result. */
    void onRoutes(ClientId client, RouteBatch batch);

    /** LSP adds and deletes; answer each with a result. */
    void onLsps(ClientId client, LspBatch batch);

    /** Track these addresses; answer each with a NexthopUpdate now and on every change. */
    void onNexthopRegister(ClientId client, NexthopRegister register);

    void onNexthopUnregister(ClientId client, NexthopUnregister unregister);

    /** Send the selected routes of a type now (then DumpComplete) and their changes after. */
    void onRedistributeSubscribe(ClientId client, RedistributeSubscribe subscribe);

    void onRedistributeUnsubscribe(ClientId client, RedistributeSubscribe subscription);

    /** Send the router-id of a VRF now and on every change. */
    void onRouterIdSubscribe(ClientId client, RouterIdSubscribe subscribe);

    void onRouterIdUnsubscribe(ClientId client, RouterIdUnsubscribe unsubscribe);

    /** Send every VRF, interface and address now (then DumpComplete) and their changes after. */
    void onInterfaceSubscribe(ClientId client);

    /** Allocate a label chunk; answer with a LabelChunk carrying the request id. */
    void onLabelChunkRequest(ClientId client, LabelChunkRequest request);

    void onLabelChunkRelease(ClientId client, LabelChunkRelease release);

    /** Answer with the locator's Srv6LocatorChunk now, or when the locator is configured. */
    void onSrv6LocatorChunkRequest(ClientId client, Srv6LocatorChunkRequest request);

    void onSrv6LocatorChunkRelease(ClientId client, Srv6LocatorChunkRelease release);

    /** The client has replayed everything: remove what graceful restart retained and was not sent again. */
    void onRoutesComplete(ClientId client);

    /**
     * The session ended (client closed, crashed, or zebra ended it). Remove the client's routes, LSPs,
     * registrations and chunks, unless its Hello asked for graceful-restart retention.
     */
    void onSessionEnd(ClientId client);
}
