package dev.ferry.zebra.zapi;

import com.google.protobuf.ByteString;
import dev.ferry.lib.zclient.RouteKey;
import dev.ferry.lib.zclient.TableKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.IpPrefix;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Micro-benchmark (not a test): routes per second through the zebra API over a Unix socket, batches of 100.
 * A round = the daemon adds N /32 routes in tasks of 10,000 on its loop (the client library keeps each in its
 * replay table) and waits for the N results; later rounds replace the same routes. Prints each round.
 *
 * <p>zebra is: {@code answer} (default) a handler that answers each route INSTALLED and keeps nothing, so the
 * API alone is measured; {@code record} the {@link RecordingHandler} (also stores each route in a hash map);
 * or a socket path: the client of the zebra serving it (e.g. the distribution's bin/zebra, another JVM).
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp ... dev.ferry.zebra.zapi.ZapiThroughputBench \
 *     [routes=1000000] [rounds=5] [answer|record|SOCKET]
 * </pre>
 */
public final class ZapiThroughputBench {
    private static final TableKey V4 = new TableKey("", Afi.AFI_IPV4, Safi.SAFI_UNICAST);
    private static final int TASK = 10_000;

    private ZapiThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int routes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String zebra = args.length > 2 ? args[2] : "answer";
        boolean inProcess = zebra.equals("answer") || zebra.equals("record");
        Path dir = Files.createTempDirectory("zapi-bench");
        Path socket = inProcess ? dir.resolve("zserv.api") : Path.of(zebra);
        ScheduledExecutorService zebraLoop = Executors.newSingleThreadScheduledExecutor(
                r -> new Thread(r, "zebra-loop"));
        ExecutorService bgpLoop = Executors.newSingleThreadExecutor(r -> new Thread(r, "bgpd-loop"));
        ZebraApiHandler handler = zebra.equals("record") ? new RecordingHandler() : new AnsweringHandler();
        ZapiServer server = inProcess ? ZapiServer.start(socket, zebraLoop, handler, "bench") : null;

        AtomicLong results = new AtomicLong();
        CountDownLatch up = new CountDownLatch(1);
        ZebraClient client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, new ZebraListener() {
            @Override
            public void onConnected(HelloAck ack) {
                up.countDown();
            }

            @Override
            public void onRouteResult(RouteKey route, Result result) {
                results.incrementAndGet();
            }
        }, bgpLoop, ZebraClientOptions.defaults("bgpd"));
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no session");
        }

        Route.Builder[] template = new Route.Builder[1];
        template[0] = Route.newBuilder().setDistance(20).addNexthops(Nexthop.newBuilder()
                .setGateway(ByteString.copyFrom(new byte[] {(byte) 192, 0, 2, 1})));
        System.out.printf("machine check: 1M HashMap<Long> puts take %d ms (compare runs: higher = busier machine)%n",
                calibrate());
        System.out.printf("zebra API over a Unix socket, %s, batches of 100, %,d routes per round%n",
                inProcess ? "client and zebra (" + zebra + ") in one JVM" : "client of " + socket, routes);
        for (int round = 1; round <= rounds; round++) {
            long target = results.get() + routes;
            long t0 = System.nanoTime();
            for (int from = 0; from < routes; from += TASK) {
                int start = from;
                int end = Math.min(routes, from + TASK);
                bgpLoop.execute(() -> {
                    for (int i = start; i < end; i++) {
                        client.addRoute(V4, template[0].clone().setPrefix(prefix(i)));
                    }
                });
            }
            while (results.get() < target) {
                Thread.sleep(1);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %,d routes in %.3f s = %,.0f routes/s%n", round, routes, s, routes / s);
        }
        bgpLoop.submit(client::close).get();
        client.closed().get(10, TimeUnit.SECONDS);
        if (server != null) {
            server.close();
        }
        bgpLoop.shutdownNow();
        zebraLoop.shutdownNow();
        Files.deleteIfExists(dir);
    }

    /** A memory-bound yardstick, to tell a slow run from a loaded machine. */
    private static long calibrate() {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            java.util.HashMap<Long, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < 1_000_000; i++) {
                m.put(i * 0x9E3779B97F4A7C15L, i);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }

    private static IpPrefix prefix(int i) {
        byte[] a = {(byte) (10 + (i >>> 24)), (byte) (i >> 16), (byte) (i >> 8), (byte) i};
        return IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a)).setLength(32).build();
    }
}
