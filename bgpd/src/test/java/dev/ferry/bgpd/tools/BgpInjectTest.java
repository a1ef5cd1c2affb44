package dev.ferry.bgpd.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.runtime.BenchRouters;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.RouteSink;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ferry-bgp-inject: the sender's table reaches a counting sink, straight and through Ferry's bgpd with the sink
 * as its second peer (what the propagation benchmark times), over loopback TCP.
 */
class BgpInjectTest {
    private static final int ROUTES = 20_000;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A sink on {@code address}:{@code port}, in AS {@code as}, counting until {@code expect}. */
    private static CompletableFuture<TableSink.Received> sink(ServerSocket server, int as, long expect) {
        return CompletableFuture.supplyAsync(() -> {
            try (ToolSession s = new ToolSession(server.accept())) {
                s.open(as, Ipv4Addresses.parse("3.3.3.3"));
                return TableSink.receive(s, expect);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A session from {@code from} to the speaker at {@code to}, opened; the caller closes it. */
    private static ToolSession connect(String from, String to, int port, int as) throws Exception {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try {
                socket.connect(new InetSocketAddress(InetAddress.getByName(to), port), 1000);
                break;
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                socket.close();
                socket = new Socket();
                socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
                Thread.onSpinWait();
            }
        }
        ToolSession s = new ToolSession(socket);
        s.open(as, Ipv4Addresses.parse("2.2.2.2"));
        return s;
    }

    private static TableInjector.Sent table(ToolSession s, int as, String nextHop) throws Exception {
        return new TableInjector(as, Ipv4Addresses.parse("11.0.0.0"), 24, ROUTES, Ipv4Addresses.parse(nextHop))
                .send(s);
    }

    @Test
    void theSinkCountsEveryPrefixTheSenderPacked() throws Exception {
        int port = freePort();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.31"), port));
            CompletableFuture<TableSink.Received> received = sink(server, 65003, 0);
            TableInjector.Sent sent;
            try (ToolSession s = connect("127.0.0.32", "127.0.0.31", port, 65002)) {
                sent = table(s, 65002, "127.0.0.32");
            }
            TableSink.Received r = received.get(60, TimeUnit.SECONDS);
            assertEquals(ROUTES, sent.prefixes());
            assertEquals(ROUTES, r.announced());
            assertEquals("end-of-rib", r.ended());
            assertEquals(sent.updates(), r.updates(), "every UPDATE parsed");
            assertTrue(sent.updates() < ROUTES / 500, sent.updates() + " UPDATEs: ~1000 /24s to a 4 KB UPDATE");
        }
    }

    @Test
    void aTableSentToFerrysBgpdReachesItsSecondPeer() throws Exception {
        int port = freePort();
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.43"), port));
            CompletableFuture<TableSink.Received> received = sink(server, 65003, ROUTES);
            BgpRouter router = loop.submit(() -> start(loop, port)).get();
            try {
                try (ToolSession s = connect("127.0.0.42", "127.0.0.41", port, 65002)) {
                    table(s, 65002, "127.0.0.42"); // the session stays up while bgpd passes the table on
                    TableSink.Received r = received.get(120, TimeUnit.SECONDS);
                    assertEquals(ROUTES, r.announced(), r.json());
                    assertEquals("expected", r.ended());
                }
            } finally {
                loop.submit(() -> BenchRouters.stop(router)).get();
            }
        } finally {
            loop.shutdownNow();
        }
    }

    /** bgpd in AS 65001 on 127.0.0.41 with the injector (AS 65002) and the sink (AS 65003) as neighbors. */
    private static BgpRouter start(ScheduledExecutorService loop, int port) throws Exception {
        return BenchRouters.start(loop, port, "127.0.0.41", RouteSink.NONE, "127.0.0.42=65002", "127.0.0.43=65003");
    }
}
