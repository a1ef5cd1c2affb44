package dev.ferry.ospfd.core.route;

import static dev.ferry.ospfd.core.route.V2Lsas.area;
import static dev.ferry.ospfd.core.route.V2Lsas.asbrSummary;
import static dev.ferry.ospfd.core.route.V2Lsas.external;
import static dev.ferry.ospfd.core.route.V2Lsas.network;
import static dev.ferry.ospfd.core.route.V2Lsas.p2p;
import static dev.ferry.ospfd.core.route.V2Lsas.router;
import static dev.ferry.ospfd.core.route.V2Lsas.stub;
import static dev.ferry.ospfd.core.route.V2Lsas.summary;
import static dev.ferry.ospfd.core.route.V2Lsas.transit;
import static dev.ferry.ospfd.core.route.V2Lsas.via;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteCalculatorTest {
    private static final int B = RouterLsaV2.FLAG_B;
    private static final int E = RouterLsaV2.FLAG_E;
    private static final String M16 = "255.255.0.0";
    private static final String M24 = "255.255.255.0";
    private static final String M30 = "255.255.255.252";
    private static final AreaId BACKBONE = AreaId.parse("0.0.0.0");
    private static final AreaId AREA1 = AreaId.parse("0.0.0.1");
    private static final int SELF = parse("1.1.1.1");

    private static IpPrefix p(String text) {
        return IpPrefix.parse(text);
    }

    private static OspfRoute route(String prefix, PathType type, int cost, int type2, AreaId area, boolean connected,
                                   NextHop... nextHops) {
        return new OspfRoute(p(prefix), type, cost, type2, area, Set.of(nextHops), connected);
    }

    /** An ABR (1.1.1.1) in the backbone with ABR 2.2.2.2, and in area 1 with 3.3.3.3 and, behind it, ABR 4.4.4.4. */
    private static List<AreaInput> abrAreas() {
        AreaInput backbone = area("0.0.0.0", false, "1.1.1.1",
                router("1.1.1.1", B, p2p("2.2.2.2", "10.0.12.1", 10), stub("10.0.12.0", M30, 10)),
                router("2.2.2.2", B, p2p("1.1.1.1", "10.0.12.2", 10), stub("10.0.12.0", M30, 10)),
                summary("172.16.0.0", M16, "2.2.2.2", 5),
                summary("192.168.1.0", M24, "2.2.2.2", 0), // cheaper than the intra-area route, still loses
                summary("10.99.0.0", M16, "1.1.1.1", 1), // our own
                summary(LsaHeader.MAX_AGE, "10.98.0.0", M16, "2.2.2.2", 1),
                summary("10.97.0.0", M16, "2.2.2.2", SummaryLsaV2.LS_INFINITY),
                asbrSummary("8.8.8.8", "2.2.2.2", 7));
        AreaInput area1 = area("0.0.0.1", false, "1.1.1.1",
                router("1.1.1.1", B, p2p("3.3.3.3", "10.0.13.1", 10)),
                router("3.3.3.3", 0, p2p("1.1.1.1", "10.0.13.3", 10), p2p("4.4.4.4", "10.0.34.3", 10),
                        stub("192.168.1.0", M24, 1)),
                router("4.4.4.4", B, p2p("3.3.3.3", "10.0.34.4", 10)),
                summary("172.17.0.0", M16, "4.4.4.4", 1));
        return List.of(backbone, area1);
    }

    @Test
    void abrComputesIntraAndBackboneInterAreaRoutes() {
        RoutingTable t = RouteCalculator.calculate(SELF, true, abrAreas(), List.of());
        assertEquals(Map.of(
                p("10.0.12.0/30"), route("10.0.12.0/30", PathType.INTRA_AREA, 10, 0, BACKBONE, true),
                p("172.16.0.0/16"), route("172.16.0.0/16", PathType.INTER_AREA, 15, 0, BACKBONE, false,
                        via("10.0.12.1", "10.0.12.2")),
                p("192.168.1.0/24"), route("192.168.1.0/24", PathType.INTRA_AREA, 11, 0, AREA1, false,
                        via("10.0.13.1", "10.0.13.3"))),
                t.networks());
        assertEquals(List.of(p("10.0.12.0/30"), p("172.16.0.0/16"), p("192.168.1.0/24")),
                List.copyOf(t.networks().keySet()), "FRR's table order");
        assertEquals(Map.of(
                parse("2.2.2.2"), List.of(new RouterRoute(parse("2.2.2.2"), 10, BACKBONE, true, false,
                        Set.of(via("10.0.12.1", "10.0.12.2")), PathType.INTRA_AREA)),
                parse("4.4.4.4"), List.of(new RouterRoute(parse("4.4.4.4"), 20, AREA1, true, false,
                        Set.of(via("10.0.13.1", "10.0.13.3")), PathType.INTRA_AREA)),
                parse("8.8.8.8"), List.of(new RouterRoute(parse("8.8.8.8"), 17, BACKBONE, false, true,
                        Set.of(via("10.0.12.1", "10.0.12.2")), PathType.INTER_AREA))),
                t.routers());
    }

    @Test
    void aRouterThatIsNoAbrReadsTheSummariesOfItsAreas() {
        RoutingTable t = RouteCalculator.calculate(SELF, false, abrAreas(), List.of());
        assertEquals(route("172.17.0.0/16", PathType.INTER_AREA, 21, 0, AREA1, false, via("10.0.13.1", "10.0.13.3")),
                t.networks().get(p("172.17.0.0/16")));
    }

    @Test
    void equalCostSummariesFromTwoAbrsMergeTheirNextHops() {
        AreaInput a = area("0.0.0.0", false, "1.1.1.1",
                router("1.1.1.1", 0, p2p("2.2.2.2", "10.0.12.1", 10), p2p("5.5.5.5", "10.0.15.1", 10)),
                router("2.2.2.2", B, p2p("1.1.1.1", "10.0.12.2", 10)),
                router("5.5.5.5", B, p2p("1.1.1.1", "10.0.15.5", 10)),
                summary("172.16.0.0", M16, "2.2.2.2", 5),
                summary("172.16.0.0", M16, "5.5.5.5", 5),
                summary("172.18.0.0", M16, "2.2.2.2", 5),
                summary("172.18.0.0", M16, "5.5.5.5", 6));
        RoutingTable t = RouteCalculator.calculate(SELF, false, List.of(a), List.of());
        assertEquals(Set.of(via("10.0.12.1", "10.0.12.2"), via("10.0.15.1", "10.0.15.5")),
                t.networks().get(p("172.16.0.0/16")).nextHops());
        assertEquals(15, t.networks().get(p("172.16.0.0/16")).cost());
        assertEquals(Set.of(via("10.0.12.1", "10.0.12.2")), t.networks().get(p("172.18.0.0/16")).nextHops());
    }

    private static AreaInput stubArea(boolean stub) {
        return area("0.0.0.1", stub, "1.1.1.1",
                router("1.1.1.1", 0, p2p("2.2.2.2", "10.0.12.1", 10)),
                router("2.2.2.2", B | E, p2p("1.1.1.1", "10.0.12.2", 10)),
                summary("0.0.0.0", "0.0.0.0", "2.2.2.2", 1));
    }

    @Test
    void aStubAreaGetsItsDefaultRouteFromTheAbrAndNoExternals() {
        List<Lsa> externals = List.of(external("10.70.0.0", M16, "2.2.2.2", true, 20, "0.0.0.0"));
        RoutingTable t = RouteCalculator.calculate(SELF, false, List.of(stubArea(true)), externals);
        assertEquals(Map.of(p("0.0.0.0/0"), route("0.0.0.0/0", PathType.INTER_AREA, 11, 0, AREA1, false,
                via("10.0.12.1", "10.0.12.2"))), t.networks());
        // the same database in a normal area would give the external route: the stub flag is what drops it
        RoutingTable normal = RouteCalculator.calculate(SELF, false, List.of(stubArea(false)), externals);
        assertEquals(PathType.EXTERNAL_2, normal.networks().get(p("10.70.0.0/16")).type());
    }

    /**
     * 1.1.1.1 on a LAN 10.0.15.0/24 (it is the DR) with ASBR 5.5.5.5 and router 9.9.9.9 (no E bit), and on a
     * point-to-point link of cost 30 to ASBR 6.6.6.6, which has the stub 10.0.66.0/24; ASBR 7.7.7.7 is cut off.
     */
    private static List<AreaInput> externalsArea() {
        return List.of(area("0.0.0.0", false, "1.1.1.1",
                router("1.1.1.1", 0, transit("10.0.15.1", "10.0.15.1", 10), p2p("6.6.6.6", "10.0.16.1", 30)),
                network("10.0.15.1", "1.1.1.1", M24, "1.1.1.1", "5.5.5.5", "9.9.9.9"),
                router("5.5.5.5", E, transit("10.0.15.1", "10.0.15.5", 10)),
                router("9.9.9.9", 0, transit("10.0.15.1", "10.0.15.9", 10)),
                router("6.6.6.6", E, p2p("1.1.1.1", "10.0.16.6", 30), stub("10.0.66.0", M24, 5)),
                router("7.7.7.7", E)));
    }

    private static final NextHop VIA_A1 = via("10.0.15.1", "10.0.15.5");
    private static final NextHop VIA_A2 = via("10.0.16.1", "10.0.16.6");

    @Test
    void externalsPreferE1ThenTheSmallerType2MetricThenTheCloserAsbrAndMergeEqualPaths() {
        List<Lsa> externals = List.of(
                external("10.50.0.0", M16, "5.5.5.5", true, 20, "0.0.0.0"),
                external("10.50.0.0", M16, "6.6.6.6", false, 100, "0.0.0.0"),
                external("10.51.0.0", M16, "5.5.5.5", true, 50, "0.0.0.0"),
                external("10.51.0.0", M16, "6.6.6.6", true, 20, "0.0.0.0"),
                external("10.52.0.0", M16, "6.6.6.6", true, 20, "0.0.0.0"),
                external("10.52.0.0", M16, "5.5.5.5", true, 20, "0.0.0.0"),
                external("10.53.0.0", M16, "5.5.5.5", false, 40, "0.0.0.0"),
                external("10.53.0.0", M16, "6.6.6.6", false, 20, "0.0.0.0"),
                external("10.0.66.0", M24, "5.5.5.5", false, 1, "0.0.0.0"));
        Map<IpPrefix, OspfRoute> n = RouteCalculator.calculate(SELF, false, externalsArea(), externals).networks();
        assertEquals(route("10.50.0.0/16", PathType.EXTERNAL_1, 130, 0, BACKBONE, false, VIA_A2),
                n.get(p("10.50.0.0/16")));
        assertEquals(route("10.51.0.0/16", PathType.EXTERNAL_2, 30, 20, BACKBONE, false, VIA_A2),
                n.get(p("10.51.0.0/16")));
        assertEquals(route("10.52.0.0/16", PathType.EXTERNAL_2, 10, 20, BACKBONE, false, VIA_A1),
                n.get(p("10.52.0.0/16")));
        assertEquals(route("10.53.0.0/16", PathType.EXTERNAL_1, 50, 0, BACKBONE, false, VIA_A1, VIA_A2),
                n.get(p("10.53.0.0/16")));
        assertEquals(PathType.INTRA_AREA, n.get(p("10.0.66.0/24")).type(), "intra-area beats external");
    }

    @Test
    void forwardingAddressesResolveThroughIntraAreaRoutes() {
        List<Lsa> externals = List.of(
                external("10.60.0.0", M16, "5.5.5.5", false, 7, "10.0.66.9"),
                external("10.61.0.0", M16, "5.5.5.5", true, 20, "10.0.15.7"),
                external("10.62.0.0", M16, "5.5.5.5", true, 20, "10.200.0.1"));
        Map<IpPrefix, OspfRoute> n = RouteCalculator.calculate(SELF, false, externalsArea(), externals).networks();
        // 10.0.66.0/24 is 35 away through 6.6.6.6, whatever the ASBR's own distance
        assertEquals(route("10.60.0.0/16", PathType.EXTERNAL_1, 42, 0, BACKBONE, false, VIA_A2),
                n.get(p("10.60.0.0/16")));
        // on the LAN itself: the forwarding address is the gateway
        assertEquals(route("10.61.0.0/16", PathType.EXTERNAL_2, 10, 20, BACKBONE, false,
                via("10.0.15.1", "10.0.15.7")), n.get(p("10.61.0.0/16")));
        assertNull(n.get(p("10.62.0.0/16")), "an unreachable forwarding address");
    }

    @Test
    void externalsAreIgnoredAtMaxAgeLsInfinityFromUsOrFromNoReachableAsbr() {
        List<Lsa> externals = List.of(
                external(LsaHeader.MAX_AGE, "10.63.0.0", M16, "5.5.5.5", true, 20, "0.0.0.0"),
                external("10.64.0.0", M16, "5.5.5.5", true, SummaryLsaV2.LS_INFINITY, "0.0.0.0"),
                external("10.65.0.0", M16, "1.1.1.1", true, 20, "0.0.0.0"),
                external("10.66.0.0", M16, "7.7.7.7", true, 20, "0.0.0.0"),
                external("10.67.0.0", M16, "9.9.9.9", true, 20, "0.0.0.0"),
                external("10.68.0.0", M16, "5.5.5.5", true, 20, "0.0.0.0"));
        Map<IpPrefix, OspfRoute> n = RouteCalculator.calculate(SELF, false, externalsArea(), externals).networks();
        for (String ignored : List.of("10.63", "10.64", "10.65", "10.66", "10.67")) {
            assertFalse(n.containsKey(p(ignored + ".0.0/16")), ignored);
        }
        assertTrue(n.containsKey(p("10.68.0.0/16")), "the control: a valid one is taken");
    }

    /** An ABR reaching ASBR 8.8.8.8 at cost 10 in the backbone and at cost 20 in area 1. */
    private static List<AreaInput> asbrInTwoAreas(boolean area1Stub) {
        return List.of(
                area("0.0.0.0", false, "1.1.1.1",
                        router("1.1.1.1", B, p2p("8.8.8.8", "10.0.18.1", 10)),
                        router("8.8.8.8", B | E, p2p("1.1.1.1", "10.0.18.8", 10))),
                area("0.0.0.1", area1Stub, "1.1.1.1",
                        router("1.1.1.1", B, p2p("8.8.8.8", "10.1.18.1", 20)),
                        router("8.8.8.8", B | E, p2p("1.1.1.1", "10.1.18.8", 20))));
    }

    @Test
    void asbrPathsThroughNonBackboneAreasArePreferredOverCheaperBackbonePaths() {
        List<Lsa> externals = List.of(external("10.80.0.0", M16, "8.8.8.8", true, 5, "0.0.0.0"));
        RoutingTable t = RouteCalculator.calculate(SELF, true, asbrInTwoAreas(false), externals);
        assertEquals(route("10.80.0.0/16", PathType.EXTERNAL_2, 20, 5, AREA1, false, via("10.1.18.1", "10.1.18.8")),
                t.networks().get(p("10.80.0.0/16")));
        assertEquals(2, t.routers().get(parse("8.8.8.8")).size(), "one router route per area");
        RoutingTable stub = RouteCalculator.calculate(SELF, true, asbrInTwoAreas(true), externals);
        assertEquals(route("10.80.0.0/16", PathType.EXTERNAL_2, 10, 5, BACKBONE, false, via("10.0.18.1", "10.0.18.8")),
                stub.networks().get(p("10.80.0.0/16")), "never through a stub area");
    }

    @Test
    void externalsThroughAnAsbrKnownFromAnAsbrSummary() {
        AreaInput a = area("0.0.0.1", false, "1.1.1.1",
                router("1.1.1.1", 0, p2p("2.2.2.2", "10.0.12.1", 10)),
                router("2.2.2.2", B, p2p("1.1.1.1", "10.0.12.2", 10)),
                asbrSummary("8.8.8.8", "2.2.2.2", 7));
        List<Lsa> externals = List.of(external("10.90.0.0", M16, "8.8.8.8", false, 3, "0.0.0.0"));
        RoutingTable t = RouteCalculator.calculate(SELF, false, List.of(a), externals);
        assertEquals(route("10.90.0.0/16", PathType.EXTERNAL_1, 20, 0, AREA1, false, via("10.0.12.1", "10.0.12.2")),
                t.networks().get(p("10.90.0.0/16")));
    }

    @Test
    void frrLabels() {
        assertEquals("N", PathType.INTRA_AREA.networkCode());
        assertEquals("N IA", PathType.INTER_AREA.networkCode());
        assertEquals("N E2", PathType.EXTERNAL_2.networkCode());
        assertEquals("R IA", PathType.INTER_AREA.routerCode());
    }
}
