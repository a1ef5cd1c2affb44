package dev.ferry.zebra.zapi;

import static dev.ferry.zebra.zapi.Eventually.on;
import static dev.ferry.zebra.zapi.Eventually.run;
import static dev.ferry.zebra.zapi.Eventually.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.lib.zclient.RouteKey;
import dev.ferry.lib.zclient.TableKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.ZebraApi;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.ApiVersion;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspNexthop;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import io.grpc.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client library against zebra's server over a real Unix socket, both in this JVM. */
class ZapiClientServerTest {
    static final TableKey V4 = new TableKey("", Afi.AFI_IPV4, Safi.SAFI_UNICAST);
    static final ClientId BGP = new ClientId(RouteType.ROUTE_TYPE_BGP, 0);
    static final ByteString NEXTHOP = ByteString.copyFrom(new byte[] {2, 2, 2, 2});

    @TempDir
    Path dir;

    Path socket;
    ScheduledExecutorService zebraLoop;
    ExecutorService bgpLoop;
    RecordingHandler handler;
    ZapiServer server;
    RecordingListener listener = new RecordingListener();
    ZebraClient client;

    @BeforeEach
    void startZebra() {
        socket = dir.resolve("zserv.api");
        zebraLoop = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "zebra-loop"));
        bgpLoop = Executors.newSingleThreadExecutor(r -> new Thread(r, "bgpd-loop"));
        handler = new RecordingHandler();
        server = ZapiServer.start(socket, zebraLoop, handler, "Ferry zebra test");
    }

    @AfterEach
    void stopAll() throws Exception {
        if (client != null) {
            run(bgpLoop, client::close);
            client.closed().get(10, TimeUnit.SECONDS);
        }
        server.close();
        bgpLoop.shutdownNow();
        zebraLoop.shutdownNow();
    }

    static IpPrefix prefix(int i) {
        byte[] a = {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i};
        return IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a)).setLength(32).build();
    }

    static Route.Builder route(int i) {
        return Route.newBuilder().setPrefix(prefix(i)).setDistance(20)
                .addNexthops(Nexthop.newBuilder().setGateway(ByteString.copyFrom(new byte[] {(byte) 192, 0, 2, 1})));
    }

    private void connect() {
        client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, listener, bgpLoop,
                ZebraClientOptions.defaults("bgpd").withRetry(20, 200));
        until("the session is up", () -> listener.connected.size() == 1);
    }

    private void addRoutes(int n) {
        run(bgpLoop, () -> {
            for (int i = 0; i < n; i++) {
                client.addRoute(V4, route(i));
            }
        });
    }

    private int zebraRoutes(RecordingHandler h) {
        return on(zebraLoop, () -> h.routeCount(BGP));
    }

    @Test
    void helloOpensASession() {
        connect();
        assertEquals(ZebraApi.VERSION, listener.connected.getFirst().getVersion());
        assertEquals("Ferry zebra test", listener.connected.getFirst().getZebraVersion());
        assertEquals(Set.of(BGP), on(zebraLoop, handler::clients));
        until("the empty replay ends with RoutesComplete",
                () -> on(zebraLoop, () -> handler.routesCompleteCount(BGP)) == 1);
        assertEquals(Set.of("bgpd-loop"), listener.threads);
    }

    @Test
    void zebraRefusesAnUnknownMajorVersionNamingBoth() throws Exception {
        try (RawSession raw = new RawSession(socket)) {
            raw.send(ClientMessage.newBuilder().setHello(Hello.newBuilder()
                    .setVersion(ApiVersion.newBuilder().setMajor(2).setMinor(1))
                    .setProtocol(RouteType.ROUTE_TYPE_OSPF)).build());
            Status s = raw.awaitStatus();
            assertEquals(Status.Code.FAILED_PRECONDITION, s.getCode());
            assertEquals("zebra speaks API 1.3, the client speaks 2.1: major version 2 is not supported",
                    s.getDescription());
        }
        assertEquals(Set.of(), on(zebraLoop, handler::clients));
    }

    @Test
    void theFirstMessageMustBeHello() throws Exception {
        try (RawSession raw = new RawSession(socket)) {
            raw.send(ClientMessage.newBuilder().setRoutes(RouteBatch.newBuilder().addRoutes(route(1).setId(1)))
                    .build());
            Status s = raw.awaitStatus();
            assertEquals(Status.Code.FAILED_PRECONDITION, s.getCode());
            assertTrue(s.getDescription().contains("must be Hello"), s.getDescription());
        }
    }

    @Test
    void aSecondSessionOfTheSameClientIsRefused() throws Exception {
        connect();
        try (RawSession raw = new RawSession(socket)) {
            raw.send(ClientMessage.newBuilder().setHello(Hello.newBuilder().setVersion(ZebraApi.VERSION)
                    .setProtocol(RouteType.ROUTE_TYPE_BGP)).build());
            assertEquals(Status.Code.ALREADY_EXISTS, raw.awaitStatus().getCode());
        }
        assertTrue(on(bgpLoop, client::isConnected), "the first session stays up");
    }

    @Test
    void aThousandRoutesGetAThousandResultsInBatchesOfAHundred() {
        connect();
        addRoutes(1000);
        until("1000 results", () -> listener.count(ResultStatus.RESULT_STATUS_INSTALLED) == 1000);
        assertEquals(1000, zebraRoutes(handler));
        assertEquals(10, on(zebraLoop, handler::routeBatches));
        assertEquals(10, on(zebraLoop, handler::routeMessages),
                "zebra speaks 1.3: each batch's routes differ by prefix alone, and go as one packed route");
        assertEquals(RouteKey.of("", Afi.AFI_IPV4, Safi.SAFI_UNICAST, prefix(0)), listener.resultRoutes.getFirst());
        assertEquals(Set.of("bgpd-loop"), listener.threads, "the listener runs on the daemon's executor");
    }

    @Test
    void deletesAreAnsweredRemoved() {
        connect();
        addRoutes(10);
        until("10 installed", () -> listener.count(ResultStatus.RESULT_STATUS_INSTALLED) == 10);
        long id = on(bgpLoop, () -> client.deleteRoute(RouteKey.of("", Afi.AFI_IPV4, Safi.SAFI_UNICAST,
                prefix(3))));
        assertNotEquals(0, id);
        until("the delete's result", () -> listener.count(ResultStatus.RESULT_STATUS_REMOVED) == 1);
        assertEquals(9, zebraRoutes(handler));
        assertEquals(9, on(bgpLoop, client::routeCount));
    }

    @Test
    void lspsAreInstalled() {
        connect();
        run(bgpLoop, () -> client.addLsp(Lsp.newBuilder().setInLabel(17).addNexthops(LspNexthop.newBuilder()
                .setGateway(ByteString.copyFrom(new byte[] {10, 0, 0, 2})).addOutLabels(146))));
        until("the LSP's result", () -> listener.count(ResultStatus.RESULT_STATUS_INSTALLED) == 1);
        assertEquals(1, on(zebraLoop, () -> handler.lspCount(BGP)));
    }

    @Test
    void theEndOfTheSessionDropsTheClientsRoutes() throws Exception {
        connect();
        addRoutes(1000);
        until("1000 routes in zebra", () -> zebraRoutes(handler) == 1000);
        run(bgpLoop, client::close);
        client.closed().get(10, TimeUnit.SECONDS);
        client = null;
        until("the session is gone", () -> on(zebraLoop, handler::clients).isEmpty());
        assertEquals(0, zebraRoutes(handler));
    }

    @Test
    void afterAZebraRestartTheClientReplaysItsRoutesAndRegistrations() {
        connect();
        addRoutes(1000);
        RedistributeSubscribe ospf = RedistributeSubscribe.newBuilder().setAfi(Afi.AFI_IPV4)
                .setType(RouteType.ROUTE_TYPE_OSPF).build();
        run(bgpLoop, () -> {
            client.registerNexthop(TrackedNexthop.newBuilder().setAddress(NEXTHOP).build());
            client.subscribeRedistribute(ospf);
            client.subscribeInterfaces();
            client.requestLabelChunk(64, 0, false);
        });
        until("1000 routes and a label chunk", () -> zebraRoutes(handler) == 1000 && listener.chunks.size() == 1);
        int firstLabel = listener.chunks.getFirst().getStart();

        server.close();
        until("the client saw zebra go", () -> !listener.disconnected.isEmpty());
        RecordingHandler restarted = new RecordingHandler();
        server = ZapiServer.start(socket, zebraLoop, restarted, "Ferry zebra test");

        until("a second session", () -> listener.connected.size() == 2);
        until("the replay is complete", () -> on(zebraLoop, () -> restarted.routesCompleteCount(BGP)) == 1);
        assertEquals(1000, zebraRoutes(restarted));
        assertTrue(on(zebraLoop, () -> restarted.tracks(BGP, "", NEXTHOP)));
        assertEquals(Set.of(ospf), on(zebraLoop, () -> restarted.redistributions(BGP)));
        assertTrue(on(zebraLoop, () -> restarted.subscribedToInterfaces(BGP)));
        until("the label chunk asked again", () -> listener.chunks.size() == 2);
        assertEquals(firstLabel, listener.chunks.get(1).getStart(), "the same chunk back");
        until("the replay's results", () -> listener.count(ResultStatus.RESULT_STATUS_INSTALLED) == 2000);
        assertEquals(Set.of("bgpd-loop"), listener.threads);
    }

    @Test
    void aDaemonReplayingItsOwnRoutesGetsThemBackBeforeRoutesCompleteAndTheClientKeepsNone() {
        Set<Integer> owned = new TreeSet<>(); // the daemon's own table of its routes (bgpd's Loc-RIB), on its loop
        client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, listener, bgpLoop,
                ZebraClientOptions.defaults("bgpd").withRetry(20, 200)
                        .withOwnerReplay(() -> owned.forEach(i -> client.addRoute(V4, route(i)))));
        until("the session is up", () -> listener.connected.size() == 1);
        run(bgpLoop, () -> {
            for (int i = 0; i < 1000; i++) {
                owned.add(i);
                client.addRoute(V4, route(i));
            }
        });
        until("1000 routes in zebra", () -> zebraRoutes(handler) == 1000);
        assertEquals(0, on(bgpLoop, client::routeCount), "the client keeps none");

        RouteKey three = RouteKey.of("", Afi.AFI_IPV4, Safi.SAFI_UNICAST, prefix(3));
        run(bgpLoop, () -> {
            owned.remove(3);
            assertNotEquals(0, client.deleteRoute(three));
            assertNotEquals(0, client.deleteRoute(RouteKey.of("", Afi.AFI_IPV4, Safi.SAFI_UNICAST, prefix(5000))),
                    "a delete is sent whether or not the route was added");
            client.addLsp(Lsp.newBuilder().setInLabel(17).addNexthops(LspNexthop.newBuilder()
                    .setGateway(ByteString.copyFrom(new byte[] {10, 0, 0, 2})).addOutLabels(146)));
        });
        until("the LSP's result, after those of the routes",
                () -> listener.count(ResultStatus.RESULT_STATUS_INSTALLED) == 1);
        assertEquals(999, zebraRoutes(handler));
        assertEquals(1, on(zebraLoop, () -> handler.rejectedDeletes(BGP)), "zebra answers the unknown delete REJECTED");
        assertEquals(Set.of(ResultStatus.RESULT_STATUS_INSTALLED), listener.results.keySet(),
                "route results name no route here: only the LSP's reach the listener");

        server.close();
        until("the client saw zebra go", () -> !listener.disconnected.isEmpty());
        run(bgpLoop, () -> {
            owned.add(2000);
            client.addRoute(V4, route(2000)); // no session: dropped, the daemon's replay carries it
        });
        RecordingHandler restarted = new RecordingHandler();
        server = ZapiServer.start(socket, zebraLoop, restarted, "Ferry zebra test");
        until("a second session", () -> listener.connected.size() == 2);
        until("the replay is complete", () -> on(zebraLoop, () -> restarted.routesCompleteCount(BGP)) == 1);
        assertEquals(1000, on(zebraLoop, () -> restarted.routesAtComplete(BGP)),
                "the daemon's 999 + the one made meanwhile, all before RoutesComplete");
        assertNull(on(zebraLoop, () -> restarted.route(BGP, "", Afi.AFI_IPV4, Safi.SAFI_UNICAST, prefix(3))));
        assertNotNull(on(zebraLoop, () -> restarted.route(BGP, "", Afi.AFI_IPV4, Safi.SAFI_UNICAST, prefix(2000))));
        assertEquals(1, on(zebraLoop, () -> restarted.lspCount(BGP)), "the client still replays its LSPs");
        assertEquals(0, on(bgpLoop, client::routeCount));
    }

    @Test
    void aDaemonAddingItsReplayAsTheClientTakesItHoldsRoutesCompleteUntilTheLastRoute() {
        int n = 20_000;
        ArrayDeque<Integer> pending = new ArrayDeque<>(); // what bgpd's ZebraRouteQueue does, on its loop
        Runnable[] done = new Runnable[1];
        Runnable send = () -> {
            while (!pending.isEmpty() && !client.backlogged()) {
                client.addRoute(V4, route(pending.poll()));
            }
            if (pending.isEmpty() && done[0] != null) {
                done[0].run();
                done[0] = null;
            }
        };
        run(bgpLoop, () -> client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, new ZebraListener() {
            @Override
            public void onWritable() {
                send.run();
            }
        }, bgpLoop, ZebraClientOptions.defaults("bgpd").withRetry(20, 200).withOwnerReplay(() -> {
            for (int i = 0; i < n; i++) {
                pending.add(i);
            }
            done[0] = client.holdRoutesComplete();
            bgpLoop.execute(send);
        })));
        until("RoutesComplete", () -> on(zebraLoop, () -> handler.routesCompleteCount(BGP)) == 1);
        assertEquals(n, on(zebraLoop, () -> handler.routesAtComplete(BGP)), "every route, then RoutesComplete");
        assertEquals(n, zebraRoutes(handler));
    }

    @Test
    void aClientStartedBeforeZebraConnectsWhenZebraComes() {
        server.close();
        client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, listener, bgpLoop,
                ZebraClientOptions.defaults("bgpd").withRetry(20, 200));
        addRoutes(5);
        until("a failed attempt", () -> listener.disconnected.size() >= 2);
        assertTrue(Files.notExists(socket));
        server = ZapiServer.start(socket, zebraLoop, handler, "Ferry zebra test");
        until("the session is up", () -> listener.connected.size() == 1);
        until("the routes made meanwhile are installed", () -> zebraRoutes(handler) == 5);
    }
}
