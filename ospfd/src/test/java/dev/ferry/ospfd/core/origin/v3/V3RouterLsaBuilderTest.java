package dev.ferry.ospfd.core.origin.v3;

import static dev.ferry.ospfd.core.origin.v3.V3Views.broadcast;
import static dev.ferry.ospfd.core.origin.v3.V3Views.loopback;
import static dev.ferry.ospfd.core.origin.v3.V3Views.passive;
import static dev.ferry.ospfd.core.origin.v3.V3Views.pointToPoint;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.core.origin.InterfaceView.State;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.lsa.RouterLsaV3.Link;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Router-LSA links per RFC 5340 4.4.3.2 and FRR 8.4's ospf6_router_lsa_originate. */
class V3RouterLsaBuilderTest {
    private static final int SELF = parse("1.1.1.1");
    private static final int R2 = parse("2.2.2.2");
    private static final int R3 = parse("3.3.3.3");

    private static List<Link> links(V3InterfaceView... ifaces) {
        return V3RouterLsaBuilder.build(List.of(ifaces), V3Options.NORMAL_AREA, false, false).links();
    }

    @Test
    void pointToPointHasALinkPerFullNeighborWithItsInterfaceId() {
        V3InterfaceView p2p = pointToPoint(5, 7, List.of(new V3Neighbor(R2, 9), new V3Neighbor(R3, 4)),
                "2001:db8:1::1/64");
        assertEquals(List.of(new Link(RouterLsaV3.POINT_TO_POINT, 7, 5, 9, R2),
                new Link(RouterLsaV3.POINT_TO_POINT, 7, 5, 4, R3)), links(p2p));
    }

    @Test
    void broadcastIsTransitOnlyWhenFullWithTheDrOrDrWithAFullNeighbor() {
        V3Neighbor dr = new V3Neighbor(R2, 6);
        assertEquals(List.of(new Link(RouterLsaV3.TRANSIT, 10, 3, 6, R2)),
                links(broadcast(3, State.BACKUP, 10, R2, 6, true, List.of(dr))));
        // Full with the BDR only: no transit link yet
        assertEquals(List.of(), links(broadcast(3, State.DR_OTHER, 10, R2, 6, false,
                List.of(new V3Neighbor(R3, 2)))));
        // DR: our own Interface ID and router id
        assertEquals(List.of(new Link(RouterLsaV3.TRANSIT, 10, 3, 3, SELF)),
                links(broadcast(3, State.DR, 10, SELF, 3, true, List.of(dr))));
        // Waiting: no DR yet
        assertEquals(List.of(), links(broadcast(3, State.WAITING, 10, R2, 6, true, List.of(dr))));
    }

    @Test
    void drWithoutFullNeighborsLoopbackPassiveAndDownHaveNoLink() {
        assertEquals(List.of(), links(
                broadcast(3, State.DR, 10, SELF, 3, false, List.of(), "2001:db8:3::1/64"),
                loopback(1, 10, "2001:db8::1/128"),
                passive(4, 10, "2001:db8:4::1/64"),
                broadcast(5, State.DOWN, 10, 0, 0, false, List.of(new V3Neighbor(R2, 1)))));
        // a passive interface forms no adjacency, whatever the view says of neighbors
        V3InterfaceView passiveWithNeighbor = new V3InterfaceView("eth4", 4,
                dev.ferry.ospfd.core.origin.InterfaceView.Kind.POINT_TO_POINT, State.POINT_TO_POINT, 10, true, 1,
                V3Views.LINK_LOCAL, List.of(), 0, 0, false, List.of(new V3Neighbor(R2, 1)));
        assertEquals(List.of(), links(passiveWithNeighbor));
    }

    @Test
    void optionsAreTheAreasAndFlagsSayAbrAndAsbr() {
        RouterLsaV3 normal = V3RouterLsaBuilder.build(List.of(), V3Options.area(false), true, true);
        assertEquals(0x13, normal.options());
        assertEquals(RouterLsaV3.FLAG_B | RouterLsaV3.FLAG_E, normal.flags());
        RouterLsaV3 stub = V3RouterLsaBuilder.build(List.of(), V3Options.area(true), false, false);
        assertEquals(0x11, stub.options());
        assertEquals(0, stub.flags());
    }

    @Test
    void moreThan78LinksSpillIntoTheNextRouterLsaAsFrrSplitsThem() {
        List<V3InterfaceView> ifaces = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            ifaces.add(pointToPoint(i, 1, List.of(new V3Neighbor(R2 + i, i))));
        }
        List<PlannedLsa> plan = V3RouterLsaBuilder.plan(ifaces, V3Options.NORMAL_AREA, false, false);
        assertEquals(2, plan.size());
        assertEquals(List.of(0, 1), plan.stream().map(PlannedLsa::linkStateId).toList());
        assertEquals(LsaTypes.V3_ROUTER, plan.get(1).type());
        // 24 + 78 * 16 = 1272 fits; a 79th link would make 1288 > 1280 and starts the second LSA
        assertEquals(78, ((RouterLsaV3) plan.get(0).body()).links().size());
        assertEquals(2, ((RouterLsaV3) plan.get(1).body()).links().size());
        assertEquals(80, V3RouterLsaBuilder.build(ifaces, V3Options.NORMAL_AREA, false, false).links().size());
        // an empty area still has its (empty) Router-LSA
        assertEquals(List.of(new PlannedLsa(LsaTypes.V3_ROUTER, 0, new RouterLsaV3(0, 0x13, List.of()))),
                V3RouterLsaBuilder.plan(List.of(), V3Options.NORMAL_AREA, false, false));
    }
}
