package dev.ferry.lib.zclient;

import static dev.ferry.lib.zclient.ZebraClientOutboxTest.V4;
import static dev.ferry.lib.zclient.ZebraClientOutboxTest.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultBatch;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client whose daemon replays its own routes (ZebraClientOptions.withOwnerReplay) keeps nothing per route;
 * the default client keeps them all. (ZapiClientServerTest in zebra runs both against zebra's server.)
 */
class ZebraClientOwnerReplayTest {

    @TempDir
    Path dir;

    @Test
    void theOwnersReplayGoesWhereTheRoutesDoBeforeRoutesComplete() {
        Outbox o = new Outbox(100);
        DesiredState s = new DesiredState(() -> {
            for (int i = 0; i < 150; i++) {
                o.route(V4, ZebraClientOutboxTest.route(i)); // what ZebraClient.addRoute does in a session
            }
        });
        s.lsps.add(Lsp.newBuilder().setId(s.nextId()).setOp(Op.OP_ADD).setInLabel(17).build());
        s.registrations.subscribeInterfaces();
        s.registrations.registerNexthop(TrackedNexthop.newBuilder().setAddress(ByteString.copyFrom(
                new byte[] {2, 2, 2, 2})).build());

        s.replay(o, 100);
        List<String> shape = drain(o).stream().map(m -> switch (m.getBodyCase()) {
            case ROUTES -> "routes x" + m.getRoutes().getRoutesCount();
            case LSPS -> "lsps x" + m.getLsps().getLspsCount();
            default -> m.getBodyCase().toString();
        }).toList();
        assertEquals(List.of("INTERFACE_SUBSCRIBE", "routes x100", "routes x50", "lsps x1", "NEXTHOP_REGISTER",
                "ROUTES_COMPLETE"), shape);
    }

    @Test
    void theRouteStateKeepsNothingSendsEveryDeleteAndNamesNoResult() {
        DesiredState s = new DesiredState(() -> { });
        Route r = ZebraClientOutboxTest.route(7).toBuilder().setId(s.nextId()).build();
        s.routes.add(V4, r);
        assertEquals(0, s.routes.retainedEntries());
        assertNull(s.routes.resultFor(r.getId()));
        assertNull(s.routes.get(RouteKey.of(V4, r)));

        IpPrefix src = IpPrefix.newBuilder().setAddress(ByteString.copyFrom(new byte[16])).setLength(0).build();
        RouteKey key = new RouteKey("BLUE", Afi.AFI_IPV6, Safi.SAFI_UNICAST, r.getPrefix(), src, 100, 20);
        Route d = s.routes.delete(key, 99);
        assertEquals(Route.newBuilder().setId(99).setOp(Op.OP_DELETE).setPrefix(r.getPrefix()).setSrcPrefix(src)
                .setTableId(100).setPerDistance(true).setDistance(20).build(), d, "the key, all of it");
        assertEquals(Route.newBuilder().setId(5).setOp(Op.OP_DELETE).setPrefix(r.getPrefix()).build(),
                s.routes.delete(RouteKey.of(V4, r), 5), "never added here: deleted all the same");
        assertEquals(0, s.routes.retainedEntries());
    }

    @Test
    void aResultReachesTheOwnerByItsOperationIdTheDefaultClientNamesTheRoute() {
        List<String> seen = new ArrayList<>();
        ZebraListener l = new ZebraListener() {
            @Override
            public void onRouteResult(RouteKey route, Result result) {
                seen.add("route " + route.prefix().getAddress().byteAt(3) + " id " + result.getId());
            }

            @Override
            public void onOwnedRouteResult(Result result) {
                seen.add("owned id " + result.getId());
            }
        };
        DesiredState owner = new DesiredState(() -> { });
        DesiredState keeper = new DesiredState(null);
        Route r = ZebraClientOutboxTest.route(7).toBuilder().setId(owner.nextId()).build();
        owner.routes.add(V4, r);
        keeper.routes.add(V4, r);
        ZebraMessage results = ZebraMessage.newBuilder().setResults(ResultBatch.newBuilder()
                .addResults(Result.newBuilder().setId(r.getId()).setStatus(ResultStatus.RESULT_STATUS_INSTALLED))
                .addResults(Result.newBuilder().setId(99).setStatus(ResultStatus.RESULT_STATUS_INSTALLED)))
                .build();

        Inbound.dispatch(results, owner, l);
        assertEquals(List.of("owned id " + r.getId(), "owned id 99"), seen);
        seen.clear();
        Inbound.dispatch(results, keeper, l);
        assertEquals(List.of("route " + r.getPrefix().getAddress().byteAt(3) + " id " + r.getId()), seen,
                "id 99 names no route of this client");
    }

    @Test
    void aClientWhoseDaemonReplaysKeepsNoRouteTheDefaultOneKeepsEach() throws Exception {
        ZebraClientOptions defaults = ZebraClientOptions.defaults("bgpd").withRetry(1000, 1000);
        assertEquals(0, retainedAfterAddingAndDeleting(defaults.withOwnerReplay(() -> { }), 0));
        assertEquals(2 * 999 + 1, retainedAfterAddingAndDeleting(defaults, 999),
                "999 routes, their add ids and the pending delete's id");
    }

    /**
     * Adds 1000 routes and deletes the first and a route never added, with zebra not there (the socket does not
     * exist); returns the client's per-route entries, after checking how many routes it says it keeps.
     */
    private int retainedAfterAddingAndDeleting(ZebraClientOptions options, int keptRoutes) throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try {
            ZebraClient c = ZebraClient.connect(dir.resolve("zserv.api"), RouteType.ROUTE_TYPE_BGP, 0,
                    new ZebraListener() { }, loop, options);
            int retained = on(loop, () -> {
                for (int i = 0; i < 1000; i++) {
                    c.addRoute(V4, ZebraClientOutboxTest.route(i).toBuilder());
                }
                assertNotEquals(0, c.deleteRoute(RouteKey.of(V4, ZebraClientOutboxTest.route(0))));
                long unknown = c.deleteRoute(RouteKey.of(V4, ZebraClientOutboxTest.route(5000)));
                assertEquals(options.ownerReplaysRoutes(), unknown != 0, "a delete of a route never added");
                assertEquals(keptRoutes, c.routeCount());
                return c.retainedRouteEntries();
            });
            on(loop, () -> {
                c.close();
                return null;
            });
            c.closed().get(10, TimeUnit.SECONDS);
            return retained;
        } finally {
            loop.shutdownNow();
        }
    }

    private static <T> T on(ExecutorService loop, Supplier<T> task) throws Exception {
        return loop.submit(task::get).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theOptionSaysWhoReplays() {
        assertFalse(ZebraClientOptions.defaults("ospfd").ownerReplaysRoutes());
        Runnable replay = () -> { };
        ZebraClientOptions o = ZebraClientOptions.defaults("bgpd").withOwnerReplay(replay).withRetry(10, 20)
                .withBatchSize(5).withGracefulRestart(3);
        assertEquals(replay, o.ownerReplay(), "kept through the other withers");
        assertTrue(o.ownerReplaysRoutes());
    }
}
