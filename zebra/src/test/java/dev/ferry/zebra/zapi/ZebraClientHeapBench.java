package dev.ferry.zebra.zapi;

import com.google.protobuf.ByteString;
import dev.ferry.lib.bench.LiveHeap;
import dev.ferry.lib.zclient.TableKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspNexthop;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Micro-benchmark (not a test): the heap a zebra client holds per route once its routes are in zebra. The daemon
 * adds N IPv4 /24 routes with one nexthop (as bgpd builds them) in tasks of 10,000, over a Unix socket to an
 * in-process zebra that answers each and keeps nothing ({@link AnsweringHandler}); an LSP added last is the
 * barrier (its result follows every route's). Heap used after full GCs, minus that before, over N: the client's
 * retained bytes per route, in the default mode (the client keeps each route for a replay) or {@code owner}
 * (the daemon replays its own routes: {@link ZebraClientOptions#withOwnerReplay}). Then zebra restarts, and the
 * same is measured while the replay into the new session is queued (the owner builds its routes anew then).
 *
 * <pre>
 * java -Xmx2g --enable-native-access=ALL-UNNAMED -cp ... dev.ferry.zebra.zapi.ZebraClientHeapBench \
 *     [routes=1000000] [default|owner]
 * </pre>
 */
public final class ZebraClientHeapBench {
    private static final TableKey V4 = new TableKey("", Afi.AFI_IPV4, Safi.SAFI_UNICAST);
    private static final int TASK = 10_000;

    private ZebraClientHeapBench() {
    }

    public static void main(String[] args) throws Exception {
        int routes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean owner = args.length > 1 && args[1].equals("owner");
        Path dir = Files.createTempDirectory("zclient-heap");
        Path socket = dir.resolve("zserv.api");
        ScheduledExecutorService zebraLoop = Executors.newSingleThreadScheduledExecutor(
                r -> new Thread(r, "zebra-loop"));
        ExecutorService bgpLoop = Executors.newSingleThreadExecutor(r -> new Thread(r, "bgpd-loop"));
        AnsweringHandler handler = new AnsweringHandler();
        ZapiServer server = ZapiServer.start(socket, zebraLoop, handler, "bench");

        CountDownLatch up = new CountDownLatch(1);
        CountDownLatch barrier = new CountDownLatch(1);
        CountDownLatch down = new CountDownLatch(1);
        CountDownLatch again = new CountDownLatch(1);
        long[] queued = new long[1];
        ZebraClient[] self = new ZebraClient[1];
        boolean[] added = new boolean[1]; // the owner's "RIB": routes 0..N-1 once the bench has added them
        ZebraClientOptions options = ZebraClientOptions.defaults("bgpd");
        Runnable ownerReplay = () -> {
            for (int i = 0; added[0] && i < routes; i++) {
                self[0].addRoute(V4, route(i));
            }
        };
        ZebraClient client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, new ZebraListener() {
            @Override
            public void onConnected(HelloAck ack) {
                if (up.getCount() > 0) {
                    up.countDown();
                } else {
                    queued[0] = LiveHeap.used(); // the replay is queued, the socket has taken a window of it
                    again.countDown();
                }
            }

            @Override
            public void onDisconnected(String reason, long retryMillis) {
                down.countDown();
            }

            @Override
            public void onLspResult(int inLabel, Result result) {
                barrier.countDown();
            }
        }, bgpLoop, owner ? options.withOwnerReplay(ownerReplay).withRetry(20, 200) : options.withRetry(20, 200));
        self[0] = client;
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no session");
        }

        long before = LiveHeap.used();
        long t0 = System.nanoTime();
        for (int from = 0; from < routes; from += TASK) {
            int start = from;
            int end = Math.min(routes, from + TASK);
            bgpLoop.execute(() -> {
                for (int i = start; i < end; i++) {
                    client.addRoute(V4, route(i));
                }
            });
        }
        bgpLoop.execute(() -> added[0] = true);
        bgpLoop.execute(() -> client.addLsp(Lsp.newBuilder().setInLabel(16).addNexthops(LspNexthop.newBuilder()
                .setGateway(ByteString.copyFrom(new byte[] {10, 0, 0, 2})).addOutLabels(3))));
        if (!barrier.await(600, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no result for the last operation");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long received = zebraLoop.submit(handler::routes).get();
        if (received != routes) {
            throw new IllegalStateException("zebra got " + received + " routes of " + routes);
        }
        long after = LiveHeap.used();
        int kept = bgpLoop.submit(client::routeCount).get();
        System.out.printf("zebra client heap, %s mode, %,d IPv4 /24 routes with one nexthop (%s): %,d routes kept, "
                + "%.1f bytes/route retained; %.2f s (%,.0f routes/s)%n", owner ? "owner-replay" : "default", routes,
                System.getProperty("java.version"), kept, (after - before) / (double) routes, seconds,
                routes / seconds);

        // zebra restarts: the replay is queued at once, and drained as the socket takes it
        server.close();
        down.await(30, TimeUnit.SECONDS);
        server = ZapiServer.start(socket, zebraLoop, new AnsweringHandler(), "bench");
        if (!again.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no second session");
        }
        System.out.printf("  while the replay is queued after a reconnection: %.1f bytes/route%n",
                (queued[0] - before) / (double) routes);

        bgpLoop.submit(client::close).get();
        client.closed().get(10, TimeUnit.SECONDS);
        server.close();
        bgpLoop.shutdownNow();
        zebraLoop.shutdownNow();
        Files.deleteIfExists(dir);
    }

    /** What bgpd's ZebraSink builds for an eBGP best path: prefix, distance, MED, one gateway. */
    private static Route.Builder route(int i) {
        byte[] a = {(byte) (32 + (i >>> 16)), (byte) (i >> 8), (byte) i, 0};
        return Route.newBuilder()
                .setPrefix(IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a)).setLength(24))
                .setDistance(20)
                .setMetric(0)
                .addNexthops(Nexthop.newBuilder().setGateway(ByteString.copyFrom(new byte[] {10, 0, 0, 2})));
    }
}
