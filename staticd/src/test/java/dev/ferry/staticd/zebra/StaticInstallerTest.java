package dev.ferry.staticd.zebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.protobuf.ByteString;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.proto.zebra.v1.Blackhole;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.Seg6LocalAction;
import dev.ferry.staticd.StaticDaemon;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What staticd sends zebra for `table N` and for several distances of one prefix: one route per (table,
 * distance), keyed by both (Route.table_id, Route.per_distance), each withdrawn alone when its gateway goes and
 * its delete naming the same key; and SIDs whose nexthop is a device in a VRF.
 */
class StaticInstallerTest {
    private static final ByteString GW1 = gateway("10.1.0.2");
    private static final ByteString GW2 = gateway("10.2.0.2");
    private static final long DEADLINE_NANOS = 20_000_000_000L;

    @TempDir
    Path dir;

    private static ByteString gateway(String address) {
        return ByteString.copyFrom(IpAddresses.parse(address));
    }

    /** A route's key as zebra sees it, readable. */
    private static String key(Route r) {
        IpPrefix p = new IpPrefix(r.getPrefix().getAddress().toByteArray(), r.getPrefix().getLength());
        return p + " table " + Integer.toUnsignedString(r.getTableId()) + (r.getPerDistance() ? " distance " + r.getDistance() : "");
    }

    /** The last operation per key: what zebra holds after all of them. */
    private static Map<String, Route> state(FakeZebra zebra) {
        Map<String, Route> m = new LinkedHashMap<>();
        for (Route r : zebra.operations()) {
            if (r.getOp() == Op.OP_DELETE) {
                m.remove(key(r));
            } else {
                m.put(key(r), r);
            }
        }
        return m;
    }

    private static void until(String what, FakeZebra zebra, Predicate<Map<String, Route>> condition)
            throws InterruptedException {
        long end = System.nanoTime() + DEADLINE_NANOS;
        while (!condition.test(state(zebra))) {
            if (System.nanoTime() > end) {
                fail("not within 20 s: " + what + "; zebra has " + state(zebra).keySet());
            }
            Thread.sleep(10);
        }
    }

    private static String gatewayOf(Route r) {
        return r == null ? null : IpAddresses.format(r.getNexthops(0).getGateway().toByteArray());
    }

    @Test
    void eachTableAndDistanceIsItsOwnRoute() throws Exception {
        try (FakeZebra zebra = new FakeZebra(dir.resolve("zserv.api"))) {
            zebra.reachable(GW1, true);
            zebra.reachable(GW2, true);
            try (Daemon staticd = TestDaemons.start(dir, "staticd", new StaticDaemon())) {
                List<String> config = List.of(
                        "ip route 10.9.0.0/24 10.1.0.2",
                        "ip route 10.9.0.0/24 10.2.0.2 200",
                        "ip route 10.8.0.0/24 10.1.0.2 table 100",
                        "ipv6 route 2001:db8:9::/48 blackhole table 4000000000");
                assertEquals(List.of(), TestDaemons.load(staticd, config));

                until("four routes", zebra, s -> s.size() == 4);
                Map<String, Route> s = state(zebra);
                assertEquals(Set.of("10.9.0.0/24 table 0 distance 1", "10.9.0.0/24 table 0 distance 200",
                        "10.8.0.0/24 table 100 distance 1", "2001:db8:9::/48 table 4000000000 distance 1"),
                        s.keySet());
                assertEquals("10.1.0.2", gatewayOf(s.get("10.9.0.0/24 table 0 distance 1")));
                assertEquals("10.2.0.2", gatewayOf(s.get("10.9.0.0/24 table 0 distance 200")));
                assertEquals("10.1.0.2", gatewayOf(s.get("10.8.0.0/24 table 100 distance 1")));
                assertEquals(Blackhole.BLACKHOLE_DISCARD,
                        s.get("2001:db8:9::/48 table 4000000000 distance 1").getNexthops(0).getBlackhole());

                zebra.reachable(GW1, false);
                until("the routes via 10.1.0.2 are withdrawn, distance 200 stays", zebra,
                        m -> m.size() == 2 && m.containsKey("10.9.0.0/24 table 0 distance 200"));
                List<Route> ops = zebra.operations();
                List<String> deletes = ops.stream().filter(r -> r.getOp() == Op.OP_DELETE).map(r -> key(r))
                        .sorted().toList();
                assertEquals(List.of("10.8.0.0/24 table 100 distance 1", "10.9.0.0/24 table 0 distance 1"),
                        deletes, "each delete names its table and distance");

                zebra.reachable(GW1, true);
                until("they come back", zebra, m -> m.size() == 4);

                assertEquals(List.of(), TestDaemons.load(staticd, List.of("no ip route 10.8.0.0/24 10.1.0.2 table 100",
                        "no ip route 10.9.0.0/24 10.2.0.2 200")));
                until("only distance 1 and the IPv6 table route are left", zebra, m -> m.keySet().equals(
                        Set.of("10.9.0.0/24 table 0 distance 1",
                                "2001:db8:9::/48 table 4000000000 distance 1")));
                String running = staticd.execute(new CliSession(), "show running-config").output();
                assertTrue(running.contains("ip route 10.9.0.0/24 10.1.0.2\n"), running);
                assertTrue(running.contains("ipv6 route 2001:db8:9::/48 blackhole table 4000000000\n"), running);
            }
        }
    }

    /**
     * A SID that decapsulates into VRF CUST goes out through CUST's device, which lives in VRF CUST: the nexthop
     * names that VRF (zebra finds an interface by VRF and index; in the default VRF it found none and the SID
     * stayed inactive). A SID on an interface of the default VRF keeps the default VRF.
     */
    @Test
    void sidNexthopsNameTheVrfOfTheirDevice() throws Exception {
        try (FakeZebra zebra = new FakeZebra(dir.resolve("zserv.api"))) {
            zebra.iface("CUST", "CUST", 9);
            zebra.iface("", "eth0", 2);
            try (Daemon staticd = TestDaemons.start(dir, "staticd", new StaticDaemon())) {
                assertEquals(List.of(), TestDaemons.load(staticd, List.of("segment-routing", "srv6", "static-sids",
                        "sid 2001:db8:b::4/128 behavior End.DT4 vrf CUST",
                        "sid 2001:db8:b::10/128 behavior End.DX4 nh4 10.0.2.2 interface eth0")));
                until("both SIDs", zebra, s -> s.size() == 2);
                Map<String, Route> s = state(zebra);
                var dt4 = s.get("2001:db8:b::4/128 table 0").getNexthops(0);
                assertEquals("CUST", dt4.getVrf());
                assertEquals(9, dt4.getIfindex());
                assertEquals(Seg6LocalAction.SEG6_LOCAL_ACTION_END_DT4, dt4.getSeg6Local().getAction());
                assertEquals("CUST", dt4.getSeg6Local().getVrf());
                var dx4 = s.get("2001:db8:b::10/128 table 0").getNexthops(0);
                assertEquals("", dx4.getVrf());
                assertEquals(2, dx4.getIfindex());
            }
        }
    }
}
