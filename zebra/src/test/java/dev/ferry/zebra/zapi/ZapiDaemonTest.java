package dev.ferry.zebra.zapi;

import static dev.ferry.zebra.zapi.Eventually.run;
import static dev.ferry.zebra.zapi.Eventually.until;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.zebra.ZebraDaemon;
import dev.ferry.zebra.config.Forwarding;
import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.Blackhole;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zebra daemon serves the API on <rundir>/zserv.api, and takes the socket away when it stops. */
class ZapiDaemonTest {
    @TempDir
    Path dir;

    @Test
    void zebraServesTheApiWhileItRuns() throws Exception {
        ExecutorService staticdLoop = Executors.newSingleThreadExecutor(r -> new Thread(r, "staticd-loop"));
        RecordingListener listener = new RecordingListener();
        ZebraClient client = null;
        try (Daemon zebra = TestDaemons.start(dir, "zebra", new ZebraDaemon(new Forwarding(true, true)))) {
            Path socket = zebra.context().options().zservSocket();
            assertTrue(Files.exists(socket), socket + " exists");
            client = ZebraClient.connect(socket, RouteType.ROUTE_TYPE_STATIC, 0, listener, staticdLoop,
                    ZebraClientOptions.defaults("staticd").withRetry(20, 200));
            ZebraClient c = client;
            until("the session is up", () -> listener.connected.size() == 1);
            // the RIB answers: no interface reaches 192.0.2.1, a blackhole needs none, a 3-byte address is bad
            run(staticdLoop, () -> c.addRoute(ZapiClientServerTest.V4, ZapiClientServerTest.route(1)));
            until("the unresolved route's result", () -> listener.count(ResultStatus.RESULT_STATUS_UNRESOLVED) == 1);
            run(staticdLoop, () -> c.addRoute(ZapiClientServerTest.V4, Route.newBuilder()
                    .setPrefix(ZapiClientServerTest.prefix(2))
                    .addNexthops(Nexthop.newBuilder().setBlackhole(Blackhole.BLACKHOLE_DISCARD))));
            until("the blackhole's result", () -> listener.count(ResultStatus.RESULT_STATUS_INSTALLED) == 1);
            run(staticdLoop, () -> c.addRoute(ZapiClientServerTest.V4, Route.newBuilder()
                    .setPrefix(ZapiClientServerTest.prefix(3))
                    .addNexthops(Nexthop.newBuilder().setGateway(ByteString.copyFrom(new byte[] {1, 2, 3})))));
            until("the bad route's result", () -> listener.count(ResultStatus.RESULT_STATUS_REJECTED) == 1);
            zebra.close();
            until("the socket is removed", () -> Files.notExists(socket));
            until("the client saw zebra go", () -> !listener.disconnected.isEmpty());
        } finally {
            if (client != null) {
                ZebraClient c = client;
                run(staticdLoop, c::close);
                c.closed().get(10, TimeUnit.SECONDS);
            }
            staticdLoop.shutdownNow();
        }
    }
}
