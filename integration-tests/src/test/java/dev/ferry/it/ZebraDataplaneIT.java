package dev.ferry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.protobuf.ByteString;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Blackhole;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.Seg6Local;
import dev.ferry.proto.zebra.v1.Seg6LocalAction;
import dev.ferry.proto.zebra.v1.Srv6Encap;
import dev.ferry.lib.zclient.RouteKey;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zebra from the built distribution, alone in a network namespace with a veth pair, and a test client
 * (as a protocol daemon would be) over the zebra API: IPv4, IPv6, blackhole, seg6 and seg6local routes reach
 * the namespace's kernel with the right attributes (a route through one gateway names a kernel nexthop object
 * of Ferry's), `show ip route` agrees, and after `kill -9` a new zebra sweeps the routes and objects the dead
 * one left.
 */
class ZebraDataplaneIT {
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private NetworkNamespace ns;
    private Path run;
    private final ExecutorService clientLoop = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-client"));
    private final Map<String, Result> results = new ConcurrentHashMap<>();
    private ZebraClient client;

    @BeforeEach
    void namespaceWithAnInterface() throws Exception {
        assumeTrue(Files.isExecutable(FerryInstance.distribution().resolve("bin/zebra")), "no distribution");
        assumeTrue(NetworkNamespace.available(), "needs root and `ip netns`");
        ns = NetworkNamespace.create();
        for (String cmd : List.of("ip link add d0 type veth peer name d0p", "ip link set d0p up", "ip addr add 10.9.0.1/24 dev d0",
                "ip -6 addr add 2001:db8:9::1/64 dev d0 nodad", "ip link set d0 up",
                "sysctl -qw net.ipv6.conf.all.forwarding=1")) {
            Shell.Result r = ns.exec(List.of(cmd.split(" ")), Duration.ofSeconds(10));
            assertTrue(r.ok(), cmd + ": " + r.output());
        }
        run = Files.createDirectories(dir.resolve("run"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (client != null) {
            ZebraClient c = client;
            clientLoop.submit(c::close).get(10, TimeUnit.SECONDS);
        }
        clientLoop.shutdownNow();
        if (ns != null) {
            ns.close(); // ends zebra by PID
        }
    }

    private void startZebra() throws Exception {
        Files.deleteIfExists(run.resolve("zebra.pid"));
        Shell.Result r = ns.exec(List.of(FerryInstance.distribution().resolve("bin/zebra").toString(), "-d",
                "--vty_socket", run.toString(), "-i", run.resolve("zebra.pid").toString(),
                "--log", "file:" + run.resolve("zebra.log")), DEADLINE);
        assertTrue(r.ok(), "zebra -d: " + r.output());
        Poll.until("zebra's API socket", DEADLINE, () -> Files.exists(run.resolve("zserv.api")));
    }

    private long zebraPid() throws Exception {
        return Long.parseLong(Files.readString(run.resolve("zebra.pid")).strip());
    }

    private void connect() throws Exception {
        client = ZebraClient.connect(run.resolve("zserv.api"), RouteType.ROUTE_TYPE_STATIC, 0, new ZebraListener() {
            @Override
            public void onRouteResult(RouteKey route, Result result) {
                results.put(format(route.prefix()), result);
            }
        }, clientLoop, ZebraClientOptions.defaults("staticd").withRetry(20, 500));
        Poll.until("the session", DEADLINE, () -> client.isConnected());
    }

    private void add(Afi afi, String prefix, Nexthop.Builder nexthop) throws Exception {
        clientLoop.submit(() -> client.addRoute("", afi, Safi.SAFI_UNICAST,
                Route.newBuilder().setPrefix(prefix(prefix)).addNexthops(nexthop))).get(10, TimeUnit.SECONDS);
    }

    private String ip(String... args) throws Exception {
        Shell.Result r = ns.exec(List.of(args), Duration.ofSeconds(10));
        assertTrue(r.ok(), String.join(" ", args) + ": " + r.output());
        return r.output();
    }

    private String vtysh(String command) throws Exception {
        Shell.Result r = ns.exec(List.of(FerryInstance.distribution().resolve("bin/vtysh").toString(),
                "--vty_socket", run.toString(), "-c", command), DEADLINE);
        return r.output();
    }

    @Test
    void routesReachTheKernelAndAKilledZebraLeavesNothingBehind() throws Exception {
        startZebra();
        connect();
        add(Afi.AFI_IPV4, "10.50.0.0/24", Nexthop.newBuilder().setGateway(addr("10.9.0.2")));
        add(Afi.AFI_IPV6, "2001:db8:50::/64", Nexthop.newBuilder().setGateway(addr("2001:db8:9::2")));
        add(Afi.AFI_IPV4, "10.66.0.0/16", Nexthop.newBuilder().setBlackhole(Blackhole.BLACKHOLE_DISCARD));
        add(Afi.AFI_IPV4, "10.60.0.0/24", Nexthop.newBuilder().setIfindex(ifindex("d0"))
                .setSrv6Encap(Srv6Encap.newBuilder().addSegments(addr("2001:db8:77::1"))
                        .addSegments(addr("2001:db8:77::2"))));
        add(Afi.AFI_IPV6, "2001:db8:ff::100/128", Nexthop.newBuilder().setIfindex(ifindex("d0"))
                .setSeg6Local(Seg6Local.newBuilder().setAction(Seg6LocalAction.SEG6_LOCAL_ACTION_END_DX4)
                        .setNh4(addr("10.9.0.2"))));

        Poll.until("every route installed", DEADLINE, () -> results.size() == 5 && results.values().stream()
                .allMatch(r -> r.getStatus() == ResultStatus.RESULT_STATUS_INSTALLED));
        String v4 = ip("ip", "-4", "route", "show");
        assertTrue(v4.matches("(?s).*10\\.50\\.0\\.0/24 nhid \\d+ via 10\\.9\\.0\\.2 dev d0 proto 230 metric 20.*"),
                v4);
        assertTrue(v4.contains("blackhole 10.66.0.0/16 proto 230 metric 20"), v4);
        assertTrue(v4.matches("(?s).*10\\.60\\.0\\.0/24 +encap seg6 mode encap segs 2 \\[ 2001:db8:77::1 +2001:db8:77::2 \\] "
                + "dev d0 proto 230 .*"), v4);
        String v6 = ip("ip", "-6", "route", "show");
        assertTrue(v6.matches("(?s).*2001:db8:50::/64 nhid \\d+ via 2001:db8:9::2 dev d0 proto 230 metric 20.*"),
                v6);
        String objects = ip("ip", "nexthop", "show");
        assertTrue(objects.contains("via 10.9.0.2 dev d0 scope link proto 235")
                && objects.contains("via 2001:db8:9::2 dev d0 scope link proto 235"), objects);
        assertTrue(v6.matches("(?s).*2001:db8:ff::100 +encap seg6local action End.DX4 nh4 10.9.0.2 dev d0 proto 230 .*"), v6);
        String shown = vtysh("show ip route 10.50.0.0/24");
        assertTrue(shown.contains("Routing entry for 10.50.0.0/24") && shown.contains("* 10.9.0.2, via d0"), shown);

        long pid = zebraPid();
        assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly(), "kill -9 zebra");
        Poll.until("zebra gone", DEADLINE, () -> FerryInstance.isGone(pid));
        ZebraClient c = client;
        clientLoop.submit(c::close).get(10, TimeUnit.SECONDS); // no replay: the routes are orphans now
        client = null;
        assertTrue(ip("ip", "route", "show", "proto", "230").contains("10.50.0.0/24"), "left behind by kill -9");
        ip("ip", "nexthop", "add", "id", "7", "via", "10.9.0.2", "dev", "d0", "proto", "static"); // someone else's

        startZebra();
        Poll.until("the new zebra swept the dead one's routes and nexthop objects", DEADLINE, () ->
                ip("ip", "-4", "route", "show", "proto", "230").isBlank()
                        && ip("ip", "-6", "route", "show", "proto", "230").isBlank()
                        && !ip("ip", "nexthop", "show").contains("proto 235"));
        assertEquals("", ip("ip", "-6", "route", "show", "proto", "230").strip());
        assertEquals("id 7 via 10.9.0.2 dev d0 scope link proto static", ip("ip", "nexthop", "show").strip());
    }

    /**
     * Routes others put in the kernel are zebra's "K" routes, those there before it started and those added,
     * changed and deleted after; its own (Ferry's rtm_protocol) never come back as kernel routes.
     */
    @Test
    void routesOfOthersInTheKernelAreKernelRoutesAndFerrysOwnAreNot() throws Exception {
        ip("ip", "route", "add", "10.69.0.0/24", "via", "10.9.0.2");
        startZebra();
        ip("ip", "route", "add", "10.70.0.0/24", "via", "10.9.0.2", "proto", "static");
        ip("ip", "route", "add", "10.71.0.0/24", "via", "10.9.0.2", "metric", "50");
        ip("ip", "route", "add", "blackhole", "10.72.0.0/24");
        ip("ip", "-6", "route", "add", "2001:db8:70::/64", "via", "2001:db8:9::2");
        ip("ip", "route", "add", "10.73.0.0/24", "via", "10.9.0.2", "proto", "233"); // Ferry's bgpd's protocol
        ip("ip", "nexthop", "add", "id", "7", "via", "10.9.0.2", "dev", "d0");
        ip("ip", "route", "add", "10.75.0.0/24", "nhid", "7"); // by nexthop object, as FRR's zebra installs routes
        connect();
        add(Afi.AFI_IPV4, "10.50.0.0/24", Nexthop.newBuilder().setGateway(addr("10.9.0.2")));
        Poll.until("zebra's own route installed", DEADLINE, () -> results.containsKey("10.50.0.0/24"));
        ip("ip", "route", "add", "10.74.0.0/24", "via", "10.9.0.2"); // after the others: its arrival means theirs came

        Poll.until("the kernel routes in `show ip route`", DEADLINE, () -> vtysh("show ip route").contains(
                "K>* 10.74.0.0/24 [0/0] via 10.9.0.2, d0"));
        String v4 = vtysh("show ip route");
        assertTrue(v4.contains("K>* 10.69.0.0/24 [0/0] via 10.9.0.2, d0"), "there before zebra:\n" + v4);
        assertTrue(v4.contains("K>* 10.70.0.0/24 [0/0] via 10.9.0.2, d0"), v4);
        assertTrue(v4.contains("K>* 10.71.0.0/24 [0/50] via 10.9.0.2, d0"), v4);
        assertTrue(v4.contains("K>* 10.72.0.0/24 [0/0] unreachable (blackhole)"), v4);
        assertTrue(v4.contains("K>* 10.75.0.0/24 [0/0] via 10.9.0.2, d0"), "read by the gateway beside its id:\n" + v4);
        assertFalse(v4.contains("10.73.0.0/24"), "a route with Ferry's protocol is not someone else's:\n" + v4);
        assertFalse(v4.contains("K>* 10.50.0.0/24"), "zebra's own route came back as a kernel route:\n" + v4);
        Poll.until("the IPv6 kernel route", DEADLINE, () -> vtysh("show ipv6 route").contains(
                "K>* 2001:db8:70::/64 [0/1024] via 2001:db8:9::2, d0"));
        String json = vtysh("show ip route 10.70.0.0/24 json");
        assertTrue(json.contains("\"protocol\":\"kernel\"") && json.contains("\"installed\":true"), json);

        ip("ip", "route", "del", "10.70.0.0/24");
        ip("ip", "route", "add", "10.71.0.0/24", "via", "10.9.0.2", "metric", "60");
        ip("ip", "route", "del", "10.71.0.0/24", "metric", "50");
        Poll.until("deletes and a new metric followed", DEADLINE, () -> {
            String now = vtysh("show ip route");
            return !now.contains("10.70.0.0/24") && now.contains("K>* 10.71.0.0/24 [0/60]")
                    && !now.contains("[0/50]");
        });
    }

    private int ifindex(String name) throws Exception {
        String out = ip("cat", "/sys/class/net/" + name + "/ifindex");
        return Integer.parseInt(out.strip());
    }

    private static ByteString addr(String text) throws Exception {
        return ByteString.copyFrom(InetAddress.getByName(text).getAddress());
    }

    private static IpPrefix prefix(String text) throws Exception {
        String[] p = text.split("/");
        return IpPrefix.newBuilder().setAddress(addr(p[0])).setLength(Integer.parseInt(p[1])).build();
    }

    private static String format(IpPrefix p) {
        try {
            return InetAddress.getByAddress(p.getAddress().toByteArray()).getHostAddress() + "/" + p.getLength();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
