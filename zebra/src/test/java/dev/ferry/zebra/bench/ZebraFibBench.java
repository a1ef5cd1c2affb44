package dev.ferry.zebra.bench;

import com.google.protobuf.ByteString;
import dev.ferry.lib.zclient.TableKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test; bench/zebra-fib.sh runs it): a client of a running zebra, as bgpd is, pushes N
 * IPv4 /24 routes (11.0.0.0/24, 11.0.1.0/24, ...) via GATEWAY over the zebra API and waits for the kernel's
 * answer to every one: the time covers the API, the RIB and the netlink dataplane, until the last result.
 * Like bgpd, the client keeps no copy of its routes (owner replay) and makes route operations only while gRPC
 * takes them ({@link ZebraClient#backlogged()}); like FRR's bench client (bench/zapi-blast.py encodes every
 * message first), it has its routes before the clock starts: the time is zebra's, not the route source's.
 * Prints one JSON line. With HOLD_FILE, it then keeps the session (and so zebra its routes) until that file
 * exists, for measuring zebra's heap with the routes in (jcmd PID GC.class_histogram).
 *
 * <pre>ZebraFibBench N SOCKET GATEWAY [HOLD_FILE]</pre>
 */
public final class ZebraFibBench {
    private static final TableKey V4 = new TableKey("", Afi.AFI_IPV4, Safi.SAFI_UNICAST);
    private static final int TASK = 10_000;

    private ZebraFibBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path socket = Path.of(args[1]);
        ByteString gateway = ByteString.copyFrom(InetAddress.getByName(args[2]).getAddress());
        ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "client-loop"));
        Route.Builder[] routes = new Route.Builder[n];
        Route template = Route.newBuilder().setDistance(20).addNexthops(Nexthop.newBuilder().setGateway(gateway))
                .build();
        for (int i = 0; i < n; i++) {
            routes[i] = template.toBuilder().setPrefix(prefix(i));
        }
        Feeder feeder = new Feeder(routes, loop);
        AtomicLong installed = new AtomicLong();
        AtomicLong other = new AtomicLong();
        String[] firstFailure = {null};
        CountDownLatch up = new CountDownLatch(1);
        ZebraClient client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_BGP, 0, new ZebraListener() {
            @Override
            public void onConnected(HelloAck ack) {
                up.countDown();
            }

            @Override
            public void onWritable() {
                feeder.run();
            }

            @Override
            public void onOwnedRouteResult(Result result) {
                if (result.getStatus() == ResultStatus.RESULT_STATUS_INSTALLED) {
                    installed.incrementAndGet();
                } else {
                    if (firstFailure[0] == null) {
                        firstFailure[0] = result.getStatus() + " " + result.getMessage();
                    }
                    other.incrementAndGet();
                }
            }
        }, loop, ZebraClientOptions.defaults("bgpd").withOwnerReplay(() -> { }));
        feeder.client = client;
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no session with " + socket);
        }
        long t0 = System.nanoTime();
        loop.execute(feeder);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (installed.get() + other.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        double t = (System.nanoTime() - t0) / 1e9;
        System.out.printf("{\"impl\": \"ferry-zebra\", \"n\": %d, \"t_s\": %.3f, \"routes_per_s\": %d, "
                + "\"installed\": %d, \"not_installed\": %d, \"first_failure\": %s}%n", n, t, Math.round(n / t),
                installed.get(), other.get(), firstFailure[0] == null ? "null" : "\"" + firstFailure[0] + "\"");
        if (args.length > 3) {
            Path hold = Path.of(args[3]);
            while (!java.nio.file.Files.exists(hold)) {
                Thread.sleep(100);
            }
        }
        loop.submit(client::close).get();
        client.closed().get(10, TimeUnit.SECONDS);
        loop.shutdownNow();
    }

    /** Adds routes on the client's loop while gRPC takes them, TASK per loop task; onWritable goes on. */
    private static final class Feeder implements Runnable {
        private final Route.Builder[] routes;
        private final Executor loop;
        private ZebraClient client;
        private int next;

        Feeder(Route.Builder[] routes, Executor loop) {
            this.routes = routes;
            this.loop = loop;
        }

        @Override
        public void run() {
            int end = Math.min(routes.length, next + TASK);
            while (next < end && !client.backlogged()) {
                client.addRoute(V4, routes[next]);
                routes[next++] = null;
            }
            if (next == end && next < routes.length) {
                loop.execute(this);
            }
        }
    }

    private static IpPrefix prefix(int i) {
        int a = (11 << 24) + (i << 8);
        byte[] b = {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), 0};
        return IpPrefix.newBuilder().setAddress(ByteString.copyFrom(b)).setLength(24).build();
    }
}
