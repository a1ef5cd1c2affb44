package dev.ferry.ospfd.spf;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPF on small hand-built areas: ECMP, a broadcast network with a DR, stub networks, and what SPF must ignore. */
class SpfCalculatorTest {

    static Lsa routerV2(String id, int flags, RouterLsaV2.Link... links) {
        int rid = parse(id);
        return Lsa.build(new LsaHeader(OspfVersion.V2, 1, 0x02, LsaTypes.V2_ROUTER, rid, rid, 0x80000001, 0, 0),
                new RouterLsaV2(flags, List.of(links)));
    }

    static RouterLsaV2.Link p2p(String neighbor, String localAddress, int metric) {
        return new RouterLsaV2.Link(parse(neighbor), parse(localAddress), RouterLsaV2.POINT_TO_POINT, metric);
    }

    static RouterLsaV2.Link stub(String network, String mask, int metric) {
        return new RouterLsaV2.Link(parse(network), parse(mask), RouterLsaV2.STUB, metric);
    }

    static RouterLsaV2.Link transit(String dr, String localAddress, int metric) {
        return new RouterLsaV2.Link(parse(dr), parse(localAddress), RouterLsaV2.TRANSIT, metric);
    }

    private static NextHop via(String localInterface, String gateway) {
        return new NextHop(parse(localInterface), IpAddresses.parse(gateway));
    }

    @Test
    void triangleWithEqualCostPathsKeepsBothNextHops() {
        // R1 -20- R2, R1 -10- R3 -10- R2: R2 and its loopback are reached both ways at cost 20
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V2)
                .put(routerV2("1.1.1.1", 0, p2p("2.2.2.2", "10.0.12.1", 20), p2p("3.3.3.3", "10.0.13.1", 10),
                        stub("10.0.12.0", "255.255.255.0", 20), stub("10.0.13.0", "255.255.255.0", 10)))
                .put(routerV2("2.2.2.2", 0, p2p("1.1.1.1", "10.0.12.2", 20), p2p("3.3.3.3", "10.0.23.2", 10),
                        stub("2.2.2.2", "255.255.255.255", 0)))
                .put(routerV2("3.3.3.3", 0, p2p("1.1.1.1", "10.0.13.3", 10), p2p("2.2.2.2", "10.0.23.3", 10)));
        SpfResult r = SpfCalculator.calculate(lsdb, parse("1.1.1.1"));
        SpfResult.RouterPath r2 = r.routers().get(parse("2.2.2.2"));
        assertEquals(20, r2.cost());
        Set<NextHop> both = Set.of(via("10.0.12.1", "10.0.12.2"), via("10.0.13.1", "10.0.13.3"));
        assertEquals(both, r2.nextHops());
        assertEquals(new SpfResult.PrefixRoute(IpPrefix.parse("2.2.2.2/32"), 20, both, false),
                r.prefixes().get(IpPrefix.parse("2.2.2.2/32")));
        assertEquals(Set.of(via("10.0.13.1", "10.0.13.3")), r.routers().get(parse("3.3.3.3")).nextHops());
        assertTrue(r.prefixes().get(IpPrefix.parse("10.0.12.0/24")).connected());
    }

    @Test
    void broadcastNetworkWithDesignatedRouter() {
        // R1, R2 and R3 (the DR, 10.0.0.3) on 10.0.0.0/24; R2 and R3 each have a loopback; R3 a stub LAN
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V2)
                .put(routerV2("1.1.1.1", 0, transit("10.0.0.3", "10.0.0.1", 10)))
                .put(routerV2("2.2.2.2", RouterLsaV2.FLAG_E, transit("10.0.0.3", "10.0.0.2", 10),
                        stub("2.2.2.2", "255.255.255.255", 0)))
                .put(routerV2("3.3.3.3", 0, transit("10.0.0.3", "10.0.0.3", 10),
                        stub("3.3.3.3", "255.255.255.255", 0), stub("192.168.3.0", "255.255.255.0", 5)))
                .put(Lsa.build(new LsaHeader(OspfVersion.V2, 1, 0x02, LsaTypes.V2_NETWORK, parse("10.0.0.3"),
                        parse("3.3.3.3"), 0x80000001, 0, 0), new NetworkLsaV2(parse("255.255.255.0"),
                        List.of(parse("3.3.3.3"), parse("1.1.1.1"), parse("2.2.2.2")))));
        SpfResult r = SpfCalculator.calculate(lsdb, parse("1.1.1.1"));
        assertEquals(new SpfResult.PrefixRoute(IpPrefix.parse("10.0.0.0/24"), 10,
                Set.of(new NextHop(parse("10.0.0.1"), null)), true), r.prefixes().get(IpPrefix.parse("10.0.0.0/24")));
        assertEquals(new SpfResult.PrefixRoute(IpPrefix.parse("2.2.2.2/32"), 10, Set.of(via("10.0.0.1", "10.0.0.2")),
                false), r.prefixes().get(IpPrefix.parse("2.2.2.2/32")));
        assertEquals(new SpfResult.PrefixRoute(IpPrefix.parse("192.168.3.0/24"), 15,
                Set.of(via("10.0.0.1", "10.0.0.3")), false), r.prefixes().get(IpPrefix.parse("192.168.3.0/24")));
        assertEquals(RouterLsaV2.FLAG_E, r.routers().get(parse("2.2.2.2")).flags());

        // from R2 the same network leads to R1 (no prefixes) and R3's stubs
        SpfResult fromR2 = SpfCalculator.calculate(lsdb, parse("2.2.2.2"));
        assertEquals(Set.of(via("10.0.0.2", "10.0.0.1")), fromR2.routers().get(parse("1.1.1.1")).nextHops());
        assertEquals(4, fromR2.prefixes().size());
    }

    @Test
    void oneWayLinksAndMaxAgeLsasAreLeftOut() {
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V2)
                .put(routerV2("1.1.1.1", 0, p2p("2.2.2.2", "10.0.12.1", 10), p2p("4.4.4.4", "10.0.14.1", 1)))
                .put(routerV2("2.2.2.2", 0, p2p("1.1.1.1", "10.0.12.2", 10), p2p("3.3.3.3", "10.0.23.2", 10)))
                // 3.3.3.3 does not link back to 2.2.2.2
                .put(routerV2("3.3.3.3", 0, stub("3.3.3.3", "255.255.255.255", 0)))
                .put(routerV2("4.4.4.4", 0, p2p("1.1.1.1", "10.0.14.4", 1), stub("4.4.4.4", "255.255.255.255", 0))
                        .withAge(LsaHeader.MAX_AGE));
        SpfResult r = SpfCalculator.calculate(lsdb, parse("1.1.1.1"));
        assertEquals(Set.of(parse("2.2.2.2")), r.routers().keySet());
        assertFalse(r.prefixes().containsKey(IpPrefix.parse("3.3.3.3/32")));
        assertFalse(r.prefixes().containsKey(IpPrefix.parse("4.4.4.4/32")));
    }

    @Test
    void cheaperPathReplacesNextHopsAndHigherStubMetricLoses() {
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V2)
                .put(routerV2("1.1.1.1", 0, p2p("2.2.2.2", "10.0.12.1", 5), p2p("3.3.3.3", "10.0.13.1", 1)))
                .put(routerV2("2.2.2.2", 0, p2p("1.1.1.1", "10.0.12.2", 5), p2p("3.3.3.3", "10.0.23.2", 1),
                        stub("172.16.0.0", "255.255.0.0", 100)))
                .put(routerV2("3.3.3.3", 0, p2p("1.1.1.1", "10.0.13.3", 1), p2p("2.2.2.2", "10.0.23.3", 1),
                        stub("172.16.0.0", "255.255.0.0", 50)));
        SpfResult r = SpfCalculator.calculate(lsdb, parse("1.1.1.1"));
        assertEquals(2, r.routers().get(parse("2.2.2.2")).cost());
        assertEquals(Set.of(via("10.0.13.1", "10.0.13.3")), r.routers().get(parse("2.2.2.2")).nextHops());
        assertEquals(new SpfResult.PrefixRoute(IpPrefix.parse("172.16.0.0/16"), 51,
                Set.of(via("10.0.13.1", "10.0.13.3")), false), r.prefixes().get(IpPrefix.parse("172.16.0.0/16")));
    }

    @Test
    void ospfv3PointToPointUsesTheNeighborsLinkLocalAddressAndIntraAreaPrefixes() {
        int r1 = parse("1.1.1.1");
        int r2 = parse("2.2.2.2");
        InMemoryLsdb lsdb = new InMemoryLsdb(OspfVersion.V3)
                .put(v3(LsaTypes.V3_ROUTER, 0, r1, new RouterLsaV3(0, 0x13,
                        List.of(new RouterLsaV3.Link(RouterLsaV3.POINT_TO_POINT, 7, 5, 9, r2)))))
                .put(v3(LsaTypes.V3_ROUTER, 0, r2, new RouterLsaV3(RouterLsaV3.FLAG_B, 0x13,
                        List.of(new RouterLsaV3.Link(RouterLsaV3.POINT_TO_POINT, 7, 9, 5, r1)))))
                .put(v3(LsaTypes.V3_LINK, 9, r2, new LinkLsa(1, 0x13, IpAddresses.parse("fe80::2"), List.of())))
                .put(v3(LsaTypes.V3_INTRA_AREA_PREFIX, 0, r2, new IntraAreaPrefixLsa(LsaTypes.V3_ROUTER, 0, r2,
                        List.of(Ospf6Prefix.of(IpPrefix.parse("2001:db8:2::/48"), 0, 3),
                                Ospf6Prefix.of(IpPrefix.parse("2001:db8:9::/48"), Ospf6Prefix.NU, 3)))));
        SpfResult r = SpfCalculator.calculate(lsdb, r1);
        NextHop nh = new NextHop(5, IpAddresses.parse("fe80::2"));
        assertEquals(new SpfResult.RouterPath(r2, 7, Set.of(nh), RouterLsaV3.FLAG_B), r.routers().get(r2));
        assertEquals(java.util.Map.of(IpPrefix.parse("2001:db8:2::/48"),
                new SpfResult.PrefixRoute(IpPrefix.parse("2001:db8:2::/48"), 10, Set.of(nh), false)), r.prefixes());
    }

    private static Lsa v3(int type, int id, int adv, dev.ferry.ospfd.lsa.LsaBody body) {
        return Lsa.build(new LsaHeader(OspfVersion.V3, 1, 0, type, id, adv, 0x80000001, 0, 0), body);
    }
}
