package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.ZebraApi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.RequestError;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultBatch;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One client's session on zebra's side: the stream's inbound half (called on the gRPC I/O thread, which only
 * posts to zebra's loop) and, once the Hello is taken, the client's {@link ClientOutbound}.
 *
 * <p>Inbound flow control is manual: gRPC delivers at most {@link #WINDOW} messages ahead of what the loop has
 * handled, so a fast client cannot fill zebra's loop queue without bound.
 */
final class ZapiSession implements StreamObserver<ClientMessage>, ClientOutbound {
    private static final System.Logger LOG = System.getLogger(ZapiSession.class.getName());

    /** Messages gRPC may deliver ahead of the loop (each up to ~100 operations). */
    static final int WINDOW = 32;

    private enum Phase { HELLO, OPEN, ENDED }

    private final ServerCallStreamObserver<ZebraMessage> out;
    private final Executor loop;
    private final SessionRegistry registry;
    private final ZebraApiHandler handler;
    private final String zebraVersion;

    // owned by the loop
    private Phase phase = Phase.HELLO;
    private ClientId client;
    private long sessionId;
    private ResultBatch.Builder results;
    private boolean flushScheduled;

    ZapiSession(ServerCallStreamObserver<ZebraMessage> out, Executor loop, SessionRegistry registry,
            ZebraApiHandler handler, String zebraVersion) {
        this.out = out;
        this.loop = loop;
        this.registry = registry;
        this.handler = handler;
        this.zebraVersion = zebraVersion;
        out.setOnCancelHandler(() -> post(() -> ended("cancelled", false)));
        out.disableAutoRequest();
        out.request(WINDOW);
    }

    // ---- gRPC I/O thread ------------------------------------------------------------------------------

    @Override
    public void onNext(ClientMessage m) {
        post(() -> {
            handle(m);
            if (phase != Phase.ENDED) {
                out.request(1);
            }
        });
    }

    @Override
    public void onError(Throwable t) {
        post(() -> ended(Status.fromThrowable(t).getCode().toString(), false));
    }

    @Override
    public void onCompleted() {
        post(() -> ended("client closed the session", true));
    }

    private void post(Runnable r) {
        try {
            loop.execute(r);
        } catch (RejectedExecutionException e) {
            // zebra is stopping; the server cancels every call
        }
    }

    // ---- zebra's loop ---------------------------------------------------------------------------------

    private void handle(ClientMessage m) {
        try {
            switch (phase) {
                case HELLO -> hello(m);
                case OPEN -> dispatch(m);
                case ENDED -> {
                }
            }
        } catch (RuntimeException e) {
            // a bug in zebra must not stall the session silently (the loop's executor would swallow it)
            LOG.log(System.Logger.Level.ERROR, "zebra API: " + client + ": handling " + m.getBodyCase(), e);
            send(ZebraMessage.newBuilder().setError(RequestError.newBuilder()
                    .setMessage("zebra failed on " + m.getBodyCase() + ": " + e)).build());
        }
    }

    private void hello(ClientMessage m) {
        if (!m.hasHello()) {
            refuse(HelloCheck.notHello());
            return;
        }
        Hello h = m.getHello();
        Status refusal = HelloCheck.refusal(h);
        ClientId id = new ClientId(h.getProtocol(), h.getInstance());
        if (refusal == null && !registry.open(id, this)) {
            refusal = HelloCheck.duplicate(id);
        }
        if (refusal != null) {
            LOG.log(System.Logger.Level.WARNING, "zebra API: refused " + id
                    + (h.getDaemon().isEmpty() ? "" : " (" + h.getDaemon() + ")") + ": " + refusal.getDescription());
            refuse(refusal);
            return;
        }
        client = id;
        sessionId = registry.nextSessionId();
        phase = Phase.OPEN;
        int retained;
        try {
            retained = handler.onSessionStart(id, h, this);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "zebra API: opening the session of " + id, e);
            ended("zebra failed to open it", false);
            out.onError(Status.INTERNAL.withDescription("zebra failed to open the session: " + e)
                    .asRuntimeException());
            return;
        }
        out.onNext(ZebraMessage.newBuilder().setHelloAck(HelloAck.newBuilder()
                .setVersion(ZebraApi.VERSION)
                .setSessionId(sessionId)
                .setZebraVersion(zebraVersion)
                .setRetainedRoutes(retained)).build());
        LOG.log(System.Logger.Level.INFO, "zebra API: session " + sessionId + " of " + id + " ("
                + h.getDaemon() + ", API " + ZebraApi.format(h.getVersion()) + ") open");
    }

    private void dispatch(ClientMessage m) {
        switch (m.getBodyCase()) {
            case ROUTES -> handler.onRoutes(client, m.getRoutes());
            case LSPS -> handler.onLsps(client, m.getLsps());
            case NEXTHOP_REGISTER -> handler.onNexthopRegister(client, m.getNexthopRegister());
            case NEXTHOP_UNREGISTER -> handler.onNexthopUnregister(client, m.getNexthopUnregister());
            case REDISTRIBUTE_SUBSCRIBE -> handler.onRedistributeSubscribe(client, m.getRedistributeSubscribe());
            case REDISTRIBUTE_UNSUBSCRIBE ->
                handler.onRedistributeUnsubscribe(client, m.getRedistributeUnsubscribe().getSubscription());
            case ROUTER_ID_SUBSCRIBE -> handler.onRouterIdSubscribe(client, m.getRouterIdSubscribe());
            case ROUTER_ID_UNSUBSCRIBE -> handler.onRouterIdUnsubscribe(client, m.getRouterIdUnsubscribe());
            case INTERFACE_SUBSCRIBE -> handler.onInterfaceSubscribe(client);
            case LABEL_CHUNK_REQUEST -> handler.onLabelChunkRequest(client, m.getLabelChunkRequest());
            case LABEL_CHUNK_RELEASE -> handler.onLabelChunkRelease(client, m.getLabelChunkRelease());
            case SRV6_LOCATOR_CHUNK_REQUEST ->
                handler.onSrv6LocatorChunkRequest(client, m.getSrv6LocatorChunkRequest());
            case SRV6_LOCATOR_CHUNK_RELEASE ->
                handler.onSrv6LocatorChunkRelease(client, m.getSrv6LocatorChunkRelease());
            case ROUTES_COMPLETE -> handler.onRoutesComplete(client);
            case HELLO -> send(ZebraMessage.newBuilder().setError(RequestError.newBuilder()
                    .setMessage("Hello again in an open session: ignored")).build());
            case BODY_NOT_SET -> {
                // a message of a newer minor version: ignored, as proto3 ignores unknown fields
            }
        }
    }

    private void refuse(Status status) {
        phase = Phase.ENDED;
        out.onError(status.asRuntimeException());
    }

    /** The stream ended; {@code clientClosed} when the client half-closed it cleanly (then zebra completes it). */
    private void ended(String reason, boolean clientClosed) {
        if (phase == Phase.ENDED) {
            return;
        }
        boolean wasOpen = phase == Phase.OPEN;
        if (wasOpen) {
            flushResults();
        }
        phase = Phase.ENDED;
        if (clientClosed) {
            out.onCompleted();
        }
        if (wasOpen) {
            registry.close(client, this);
            LOG.log(System.Logger.Level.INFO, "zebra API: session " + sessionId + " of " + client + " ended ("
                    + reason + ")");
            handler.onSessionEnd(client);
        }
    }

    // ---- ClientOutbound (zebra's loop) ----------------------------------------------------------------

    @Override
    public ClientId client() {
        return client;
    }

    @Override
    public long sessionId() {
        return sessionId;
    }

    @Override
    public boolean isOpen() {
        return phase == Phase.OPEN;
    }

    @Override
    public void send(ZebraMessage message) {
        if (phase != Phase.OPEN) {
            return;
        }
        flushResults();
        out.onNext(message);
    }

    @Override
    public void result(Result result) {
        if (phase != Phase.OPEN) {
            return;
        }
        if (results == null) {
            results = ResultBatch.newBuilder();
        }
        results.addResults(result);
        if (results.getResultsCount() >= ZebraApi.BATCH_SIZE) {
            flushResults();
        } else if (!flushScheduled) {
            flushScheduled = true;
            post(() -> {
                flushScheduled = false;
                flushResults();
            });
        }
    }

    private void flushResults() {
        if (results != null && phase == Phase.OPEN) {
            out.onNext(ZebraMessage.newBuilder().setResults(results).build());
        }
        results = null;
    }

    @Override
    public void end(String reason) {
        if (phase != Phase.OPEN) {
            return;
        }
        flushResults();
        out.onError(Status.ABORTED.withDescription(reason).asRuntimeException());
        ended("ended by zebra: " + reason, false);
    }
}
