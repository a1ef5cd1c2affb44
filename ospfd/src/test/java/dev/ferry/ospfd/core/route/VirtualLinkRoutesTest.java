package dev.ferry.ospfd.core.route;

import static dev.ferry.ospfd.core.route.V2Lsas.p2p;
import static dev.ferry.ospfd.core.route.V2Lsas.router;
import static dev.ferry.ospfd.core.route.V2Lsas.stub;
import static dev.ferry.ospfd.core.route.V2Lsas.summary;
import static dev.ferry.ospfd.core.route.V2Lsas.via;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.InMemoryLsdb;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfCalculator;
import dev.ferry.ospfd.spf.SpfResult;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Virtual links in the routing table calculation (RFC 2328 15, 16.1, 16.3): area 2 hangs off transit area 1; its
 * border router 3.3.3.3 reaches the backbone over a virtual link to 2.2.2.2, the calculating router.
 * <pre>
 *   1.1.1.1 ==area 0== 2.2.2.2 ==area 1 (cost 10)== 5.5.5.5 ==(cost 10)== 3.3.3.3 -- area 2
 *                      `--------------- virtual link through area 1 (cost 20) ---------'
 * </pre>
 */
class VirtualLinkRoutesTest {
    private static final int B = RouterLsaV2.FLAG_B;
    private static final int V = RouterLsaV2.FLAG_V;
    private static final String M32 = "255.255.255.255";
    private static final String M30 = "255.255.255.252";
    private static final int SELF = parse("2.2.2.2");
    private static final AreaId BACKBONE = AreaId.parse("0.0.0.0");

    private static RouterLsaV2.Link virtual(String neighbor, String ownAddress, int metric) {
        return new RouterLsaV2.Link(parse(neighbor), parse(ownAddress), RouterLsaV2.VIRTUAL, metric);
    }

    private static InMemoryLsdb lsdb(Lsa... lsas) {
        InMemoryLsdb db = new InMemoryLsdb(OspfVersion.V2);
        for (Lsa lsa : lsas) {
            db.put(lsa);
        }
        return db;
    }

    /** Area 1: 2.2.2.2 -- 5.5.5.5 -- 3.3.3.3, with the V bits of the two virtual-link ends; plus {@code more}. */
    private static InMemoryLsdb transit(Lsa... more) {
        InMemoryLsdb db = lsdb(
                router("2.2.2.2", B | V, p2p("5.5.5.5", "10.1.25.2", 10), stub("10.1.25.0", M30, 10)),
                router("5.5.5.5", 0, p2p("2.2.2.2", "10.1.25.5", 10), p2p("3.3.3.3", "10.1.35.5", 10)),
                router("3.3.3.3", B | V, p2p("5.5.5.5", "10.1.35.3", 10), stub("10.1.35.0", M30, 10)));
        for (Lsa lsa : more) {
            db.put(lsa);
        }
        return db;
    }

    /** The backbone: 1.1.1.1 on a point-to-point link, 3.3.3.3 over the virtual link, each end naming the other. */
    private static InMemoryLsdb backbone(Lsa... more) {
        InMemoryLsdb db = lsdb(
                router("2.2.2.2", B, p2p("1.1.1.1", "10.0.12.2", 10), virtual("3.3.3.3", "10.1.25.2", 20)),
                router("1.1.1.1", B, p2p("2.2.2.2", "10.0.12.1", 10), stub("10.0.0.1", M32, 0)),
                router("3.3.3.3", B, virtual("2.2.2.2", "10.1.35.3", 20)),
                summary("10.2.0.4", M32, "3.3.3.3", 10));
        for (Lsa lsa : more) {
            db.put(lsa);
        }
        return db;
    }

    @Test
    void transitSpfGivesTheFarEndsAddressOnItsLastHop() {
        SpfResult area1 = SpfCalculator.calculate(transit(), SELF);
        SpfResult.RouterPath far = area1.routers().get(parse("3.3.3.3"));
        assertEquals(20, far.cost());
        assertEquals(Set.of(via("10.1.25.2", "10.1.25.5")), far.nextHops());
        // its Link Data back toward 5.5.5.5, where a virtual link to it sends (FRR's backlink)
        assertArrayEquals(Ipv4.toBytes(parse("10.1.35.3")), far.address());
        assertArrayEquals(Ipv4.toBytes(parse("10.1.25.5")), area1.routers().get(parse("5.5.5.5")).address());
    }

    @Test
    void backboneRoutesCrossTheVirtualLinkWithTheTransitAreasNexthops() {
        SpfResult area1 = SpfCalculator.calculate(transit(), SELF);
        Map<Integer, Set<NextHop>> virtualHops = Map.of(parse("3.3.3.3"),
                area1.routers().get(parse("3.3.3.3")).nextHops());
        SpfResult area0 = SpfCalculator.calculate(backbone(), SELF, virtualHops);
        SpfResult.RouterPath far = area0.routers().get(parse("3.3.3.3"));
        assertEquals(20, far.cost());
        assertEquals(Set.of(via("10.1.25.2", "10.1.25.5")), far.nextHops());

        RoutingTable t = RouteCalculator.calculate(SELF, true, List.of(
                new AreaInput(BACKBONE, area0, backbone().all(), false),
                new AreaInput(AreaId.parse("0.0.0.1"), area1, transit().all(), false, true)), List.of());
        OspfRoute r = t.networks().get(IpPrefix.parse("10.2.0.4/32"));
        assertEquals(PathType.INTER_AREA, r.type());
        assertEquals(30, r.cost());
        assertEquals(BACKBONE, r.area());
        assertEquals(Set.of(via("10.1.25.2", "10.1.25.5")), r.nextHops());
    }

    @Test
    void aVirtualLinkWhoseFarEndIsUnreachableCarriesNothing() {
        SpfResult area0 = SpfCalculator.calculate(backbone(), SELF, Map.of());
        assertNull(area0.routers().get(parse("3.3.3.3")));
        RoutingTable t = RouteCalculator.calculate(SELF, true, List.of(
                new AreaInput(BACKBONE, area0, backbone().all(), false)), List.of());
        assertNull(t.networks().get(IpPrefix.parse("10.2.0.4/32")));
    }

    @Test
    void aOneSidedVirtualLinkIsNoEdge() {
        InMemoryLsdb oneSided = backbone(router("3.3.3.3", B));
        SpfResult area1 = SpfCalculator.calculate(transit(), SELF);
        SpfResult area0 = SpfCalculator.calculate(oneSided, SELF,
                Map.of(parse("3.3.3.3"), area1.routers().get(parse("3.3.3.3")).nextHops()));
        assertNull(area0.routers().get(parse("3.3.3.3")));
    }

    /**
     * RFC 2328 16.3: 10.9.0.0/16 is a backbone route through 1.1.1.1 at 110; 3.3.3.3's summary of it in transit
     * area 1 offers 20 + 5 = 25. The route keeps its backbone association and takes the transit path.
     */
    @Test
    void transitAreaSummariesShortenBackbonePaths() {
        Lsa farSummary = summary("10.9.0.0", "255.255.0.0", "1.1.1.1", 100);
        Lsa transitSummary = summary("10.9.0.0", "255.255.0.0", "3.3.3.3", 5);
        SpfResult area1 = SpfCalculator.calculate(transit(transitSummary), SELF);
        SpfResult area0 = SpfCalculator.calculate(backbone(farSummary), SELF,
                Map.of(parse("3.3.3.3"), area1.routers().get(parse("3.3.3.3")).nextHops()));
        IpPrefix prefix = IpPrefix.parse("10.9.0.0/16");

        RoutingTable withTransit = RouteCalculator.calculate(SELF, true, List.of(
                new AreaInput(BACKBONE, area0, backbone(farSummary).all(), false),
                new AreaInput(AreaId.parse("0.0.0.1"), area1, transit(transitSummary).all(), false, true)),
                List.of());
        OspfRoute r = withTransit.networks().get(prefix);
        assertEquals(25, r.cost());
        assertEquals(BACKBONE, r.area());
        assertEquals(PathType.INTER_AREA, r.type());
        assertEquals(Set.of(via("10.1.25.2", "10.1.25.5")), r.nextHops());

        // without TransitCapability the transit area's summaries are not examined
        RoutingTable without = RouteCalculator.calculate(SELF, true, List.of(
                new AreaInput(BACKBONE, area0, backbone(farSummary).all(), false),
                new AreaInput(AreaId.parse("0.0.0.1"), area1, transit(transitSummary).all(), false, false)),
                List.of());
        assertEquals(110, without.networks().get(prefix).cost());
        assertEquals(Set.of(via("10.0.12.2", "10.0.12.1")), without.networks().get(prefix).nextHops());
    }
}
