package dev.ferry.zebra.zapi;

import static dev.ferry.zebra.zapi.Eventually.on;
import static dev.ferry.zebra.zapi.Eventually.run;
import static dev.ferry.zebra.zapi.Eventually.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.lib.zclient.RouteKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Blackhole;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.zebra.ZebraDaemon;
import dev.ferry.zebra.config.Forwarding;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Route.table_id and Route.per_distance through the client library and zebra's API handler: routes of one
 * prefix kept apart per distance and per kernel table, each delete naming the one route it removes.
 */
class StaticRouteKeysApiTest {
    private static final IpPrefix DEST = IpPrefix.newBuilder()
            .setAddress(ByteString.copyFrom(new byte[] {10, 9, 0, 0})).setLength(24).build();

    @TempDir
    Path dir;

    private static Route.Builder blackhole(int distance, int table, Blackhole kind) {
        return Route.newBuilder().setPrefix(DEST).setDistance(distance).setPerDistance(true).setTableId(table)
                .addNexthops(Nexthop.newBuilder().setBlackhole(kind));
    }

    private static String show(Daemon zebra, String line) {
        return zebra.execute(new CliSession(), line).output();
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void distancesAndTablesAreSeparateRoutesAndDeletesNameTheirOwn() throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "staticd-loop"));
        RecordingListener listener = new RecordingListener();
        ZebraClient client = null;
        try (Daemon zebra = TestDaemons.start(dir, "zebra", new ZebraDaemon(new Forwarding(true, true)))) {
            client = ZebraClient.connect(zebra.context().options().zservSocket(), RouteType.ROUTE_TYPE_STATIC, 0,
                    listener, loop, ZebraClientOptions.defaults("staticd").withRetry(20, 200));
            ZebraClient c = client;
            until("the session is up", () -> listener.connected.size() == 1);
            run(loop, () -> {
                c.addRoute(ZapiClientServerTest.V4, blackhole(1, 0, Blackhole.BLACKHOLE_DISCARD));
                c.addRoute(ZapiClientServerTest.V4, blackhole(200, 0, Blackhole.BLACKHOLE_REJECT));
                c.addRoute(ZapiClientServerTest.V4, blackhole(1, 100, Blackhole.BLACKHOLE_DISCARD));
                c.flush();
            });
            until("distance 1 in both tables is installed",
                    () -> listener.count(ResultStatus.RESULT_STATUS_INSTALLED) == 2);

            String main = show(zebra, "show ip route json");
            assertEquals(2, count(main, "\"protocol\":\"static\""), main);
            assertEquals(1, count(main, "\"installed\":true"), main);
            assertTrue(main.contains("\"distance\":200"), main);
            String text = show(zebra, "show ip route");
            // a client nexthop without a weight gets 1, as FRR's nexthop_new(), and `show` says so as FRR does
            assertTrue(text.contains("S>* 10.9.0.0/24 [1/0] unreachable (blackhole), weight 1, "), text);
            assertTrue(text.contains("S   10.9.0.0/24 [200/0] unreachable (ICMP unreachable)"), text);
            String table = show(zebra, "show ip route table 100");
            assertTrue(table.contains("VRF default table 100:\nS>* 10.9.0.0/24 [1/0] unreachable (blackhole)"),
                    table);

            long removed = on(loop, () -> c.deleteRoute(RouteKey.of("", Afi.AFI_IPV4, Safi.SAFI_UNICAST, DEST, 0,
                    1)));
            assertTrue(removed != 0);
            until("distance 200 takes over", () -> {
                String now = show(zebra, "show ip route");
                return now.contains("S>* 10.9.0.0/24 [200/0] unreachable (ICMP unreachable)")
                        && !now.contains("[1/0]");
            });
            assertTrue(show(zebra, "show ip route table 100").contains("S>* 10.9.0.0/24 [1/0]"),
                    "the table 100 route is another route");

            run(loop, () -> c.deleteRoute(RouteKey.of("", Afi.AFI_IPV4, Safi.SAFI_UNICAST, DEST, 100, 1)));
            until("the table 100 route goes", () -> show(zebra, "show ip route table 100").isEmpty());
            assertTrue(show(zebra, "show ip route").contains("S>* 10.9.0.0/24 [200/0]"));
            assertEquals(0, listener.count(ResultStatus.RESULT_STATUS_REJECTED), "every delete found its route");
        } finally {
            if (client != null) {
                ZebraClient c = client;
                run(loop, c::close);
                c.closed().get(10, TimeUnit.SECONDS);
            }
            loop.shutdownNow();
        }
    }
}
