package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.LabelChunkRelease;
import dev.ferry.proto.zebra.v1.LabelChunkRequest;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspBatch;
import dev.ferry.proto.zebra.v1.NexthopRegister;
import dev.ferry.proto.zebra.v1.NexthopUnregister;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouterIdSubscribe;
import dev.ferry.proto.zebra.v1.RouterIdUnsubscribe;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRelease;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRequest;
import java.util.HashMap;
import java.util.Map;

/** For the benchmark: answers every route and LSP INSTALLED and keeps nothing, so only the API is measured. */
final class AnsweringHandler implements ZebraApiHandler {
    private final Map<ClientId, ClientOutbound> sessions = new HashMap<>();
    private long routes;

    @Override
    public int onSessionStart(ClientId client, Hello hello, ClientOutbound outbound) {
        sessions.put(client, outbound);
        return 0;
    }

    @Override
    public void onRoutes(ClientId client, RouteBatch batch) {
        ClientOutbound out = sessions.get(client);
        routes += batch.getRoutesCount();
        for (Route r : batch.getRoutesList()) {
            out.result(Result.newBuilder().setId(r.getId()).setStatus(ResultStatus.RESULT_STATUS_INSTALLED).build());
        }
    }

    @Override
    public void onLsps(ClientId client, LspBatch batch) {
        ClientOutbound out = sessions.get(client);
        for (Lsp l : batch.getLspsList()) {
            out.result(Result.newBuilder().setId(l.getId()).setStatus(ResultStatus.RESULT_STATUS_INSTALLED).build());
        }
    }

    @Override
    public void onSessionEnd(ClientId client) {
        sessions.remove(client);
    }

    @Override
    public void onNexthopRegister(ClientId client, NexthopRegister register) {
    }

    @Override
    public void onNexthopUnregister(ClientId client, NexthopUnregister unregister) {
    }

    @Override
    public void onRedistributeSubscribe(ClientId client, RedistributeSubscribe subscribe) {
    }

    @Override
    public void onRedistributeUnsubscribe(ClientId client, RedistributeSubscribe subscription) {
    }

    @Override
    public void onRouterIdSubscribe(ClientId client, RouterIdSubscribe subscribe) {
    }

    @Override
    public void onRouterIdUnsubscribe(ClientId client, RouterIdUnsubscribe unsubscribe) {
    }

    @Override
    public void onInterfaceSubscribe(ClientId client) {
    }

    @Override
    public void onLabelChunkRequest(ClientId client, LabelChunkRequest request) {
    }

    @Override
    public void onLabelChunkRelease(ClientId client, LabelChunkRelease release) {
    }

    @Override
    public void onSrv6LocatorChunkRequest(ClientId client, Srv6LocatorChunkRequest request) {
    }

    @Override
    public void onSrv6LocatorChunkRelease(ClientId client, Srv6LocatorChunkRelease release) {
    }

    @Override
    public void onRoutesComplete(ClientId client) {
    }

    /** Route operations received (call on zebra's loop). */
    long routes() {
        return routes;
    }
}
