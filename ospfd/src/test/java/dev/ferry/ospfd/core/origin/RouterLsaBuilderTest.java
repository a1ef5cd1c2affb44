package dev.ferry.ospfd.core.origin;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.core.origin.InterfaceView.Kind;
import dev.ferry.ospfd.core.origin.InterfaceView.State;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV2.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Router-LSA links per RFC 2328 12.4.1, and FRR 8.4's own Router-LSAs rebuilt byte for byte. */
class RouterLsaBuilderTest {
    private static final int ALL_ONES = parse("255.255.255.255");

    static InterfaceView loopback(String address) {
        return new InterfaceView("lo", 1, Kind.LOOPBACK, State.LOOPBACK, parse(address), 32, 10, false, 0, false,
                List.of(), false);
    }

    static InterfaceView broadcast(String name, String address, int length, State state, String dr,
                                   boolean fullWithDr) {
        return new InterfaceView(name, 2, Kind.BROADCAST, state, parse(address), length, 10, false,
                dr == null ? 0 : parse(dr), fullWithDr, List.of(), false);
    }

    private static List<Link> links(InterfaceView... ifaces) {
        return RouterLsaBuilder.build(List.of(ifaces), false, false).links();
    }

    @Test
    void loopbackIsAHostStubWithCostZero() {
        assertEquals(List.of(new Link(parse("1.1.1.1"), ALL_ONES, RouterLsaV2.STUB, 0)), links(loopback("1.1.1.1")));
    }

    @Test
    void broadcastIsStubUntilFullWithTheDrThenTransit() {
        assertEquals(List.of(new Link(parse("10.1.1.0"), parse("255.255.255.0"), RouterLsaV2.STUB, 10)),
                links(broadcast("eth0", "10.1.1.2", 24, State.WAITING, null, false)));
        assertEquals(List.of(new Link(parse("10.1.1.0"), parse("255.255.255.0"), RouterLsaV2.STUB, 10)),
                links(broadcast("eth0", "10.1.1.2", 24, State.BACKUP, "10.1.1.254", false)));
        assertEquals(List.of(new Link(parse("10.1.1.254"), parse("10.1.1.2"), RouterLsaV2.TRANSIT, 10)),
                links(broadcast("eth0", "10.1.1.2", 24, State.BACKUP, "10.1.1.254", true)));
        // the DR itself: Link ID and Link Data are both its own address
        assertEquals(List.of(new Link(parse("10.1.1.254"), parse("10.1.1.254"), RouterLsaV2.TRANSIT, 10)),
                links(broadcast("eth0", "10.1.1.254", 24, State.DR, "10.1.1.254", true)));
    }

    @Test
    void waitingOrPassiveIsAStubWhateverTheNeighbors() {
        assertEquals(RouterLsaV2.STUB,
                links(broadcast("eth0", "10.1.1.2", 24, State.WAITING, "10.1.1.254", true)).getFirst().type());
        InterfaceView passive = new InterfaceView("eth0", 2, Kind.BROADCAST, State.DR, parse("10.9.0.1"), 16, 5,
                true, parse("10.9.0.1"), true, List.of(), false);
        assertEquals(List.of(new Link(parse("10.9.0.0"), parse("255.255.0.0"), RouterLsaV2.STUB, 5)), links(passive));
    }

    @Test
    void downInterfacesAreLeftOut() {
        InterfaceView down = broadcast("eth1", "10.1.2.1", 24, State.DOWN, null, false);
        assertEquals(List.of(new Link(parse("1.1.1.1"), ALL_ONES, RouterLsaV2.STUB, 0)),
                links(down, loopback("1.1.1.1")));
    }

    @Test
    void pointToPointHasALinkPerFullNeighborAndTheSubnet() {
        InterfaceView p2p = new InterfaceView("eth0", 3, Kind.POINT_TO_POINT, State.POINT_TO_POINT,
                parse("10.0.0.1"), 30, 7, false, 0, false, List.of(parse("2.2.2.2")), false);
        assertEquals(List.of(new Link(parse("2.2.2.2"), parse("10.0.0.1"), RouterLsaV2.POINT_TO_POINT, 7),
                new Link(parse("10.0.0.0"), parse("255.255.255.252"), RouterLsaV2.STUB, 7)), links(p2p));
        InterfaceView noNeighbor = new InterfaceView("eth0", 3, Kind.POINT_TO_POINT, State.POINT_TO_POINT,
                parse("10.0.0.1"), 30, 7, false, 0, false, List.of(), false);
        assertEquals(List.of(new Link(parse("10.0.0.0"), parse("255.255.255.252"), RouterLsaV2.STUB, 7)),
                links(noNeighbor));
    }

    @Test
    void unnumberedPointToPointUsesTheIfindexAndHasNoStub() {
        InterfaceView p2p = new InterfaceView("eth0", 42, Kind.POINT_TO_POINT, State.POINT_TO_POINT, 0, 32, 10,
                false, 0, false, List.of(parse("2.2.2.2"), parse("3.3.3.3")), true);
        assertEquals(List.of(new Link(parse("2.2.2.2"), 42, RouterLsaV2.POINT_TO_POINT, 10),
                new Link(parse("3.3.3.3"), 42, RouterLsaV2.POINT_TO_POINT, 10)), links(p2p));
    }

    @Test
    void borderAndBoundaryFlags() {
        assertEquals(0, RouterLsaBuilder.build(List.of(), false, false).flags());
        RouterLsaV2 both = RouterLsaBuilder.build(List.of(), true, true);
        assertTrue(both.isAreaBorder() && both.isAsBoundary());
        RouterLsaV2 abrOnly = RouterLsaBuilder.build(List.of(), true, false);
        assertTrue(abrOnly.isAreaBorder());
        assertFalse(abrOnly.isAsBoundary());
    }

    /** Ours, wrapped the way the runtime will, against FRR's instance in the capture, its age zeroed. */
    private static void assertSameAsFrr(RouterLsaV2 body, String routerId, int frame, int sequence) {
        Lsa frr = FrrFloodedLsas.find(frame, LsaTypes.V2_ROUTER, routerId, sequence);
        Lsa ours = SelfLsa.header(LsaTypes.V2_ROUTER, parse(routerId), parse(routerId), sequence, body, false);
        assertEquals(frr.body(), ours.body());
        assertArrayEquals(frr.withAge(0).wire(), ours.wire());
        assertEquals(frr.header().checksum(), ours.header().checksum());
    }

    @Test
    void pe1BeforeItsAdjacencyIsFullAsFrrFloodedIt() {
        // frame 19: eth0 is Backup after the Wait timer but not yet Full with the DR
        RouterLsaV2 body = RouterLsaBuilder.build(List.of(loopback("1.1.1.1"),
                broadcast("eth0", "10.1.1.2", 24, State.BACKUP, "10.1.1.254", false)), false, false);
        assertSameAsFrr(body, "1.1.1.1", 19, 0x80000003);
    }

    @Test
    void pe1FullWithTheDrAsFrrFloodedIt() {
        // PE1: lo 1.1.1.1/32, eth0 10.1.1.2/24 Backup, Full with DR 10.1.1.254 (show_ip_ospf_interface.txt)
        RouterLsaV2 body = RouterLsaBuilder.build(List.of(loopback("1.1.1.1"),
                broadcast("eth0", "10.1.1.2", 24, State.BACKUP, "10.1.1.254", true)), false, false);
        assertSameAsFrr(body, "1.1.1.1", 21, 0x80000004);
    }

    @Test
    void prAsDrOfTwoNetworksAsFrrFloodedIt() {
        RouterLsaV2 body = RouterLsaBuilder.build(List.of(loopback("9.9.9.9"),
                broadcast("eth0", "10.1.1.254", 24, State.DR, "10.1.1.254", true),
                broadcast("eth1", "10.1.2.254", 24, State.DR, "10.1.2.254", true)), false, false);
        assertSameAsFrr(body, "9.9.9.9", 22, 0x80000007);
    }

    static InterfaceView virtualLink(String address, int cost, State state, String... fullNeighbors) {
        return new InterfaceView("VLINK0", 0, Kind.VIRTUAL_LINK, state, parse(address), 24, cost, false, 0, false,
                java.util.Arrays.stream(fullNeighbors).map(n -> parse(n)).toList(), false);
    }

    @Test
    void virtualLinkIsATypeFourLinkOnceFull() {
        assertEquals(List.of(), links(virtualLink("10.1.23.2", 10, State.POINT_TO_POINT)));
        assertEquals(List.of(), links(virtualLink("10.1.23.2", 10, State.DOWN, "10.0.0.3")));
        assertEquals(List.of(new Link(parse("10.0.0.3"), parse("10.1.23.2"), RouterLsaV2.VIRTUAL, 25)),
                links(virtualLink("10.1.23.2", 25, State.POINT_TO_POINT, "10.0.0.3")));
    }

    /**
     * FRR 8.4.4's Router-LSAs of an ABR (10.0.0.2) with a Full virtual link to 10.0.0.3 through area 1, recorded
     * in a lab of FRR routers (`show ip ospf database router self-originate`): the same bodies give the same
     * checksums, so the same bytes. Backbone: lo, eth0 (DR, Full), the virtual link last, flags B (0x1), sequence
     * 0x80000008, checksum 0xf29e; area 1: eth1 Backup Full with DR 10.1.23.3, flags B and V (0x5), sequence
     * 0x80000005, checksum 0x7966.
     */
    @Test
    void virtualLinkEndpointAsFrrOriginatesIt() {
        RouterLsaV2 backbone = RouterLsaBuilder.build(List.of(loopback("10.0.0.2"),
                broadcast("eth0", "10.0.12.2", 24, State.DR, "10.0.12.2", true),
                virtualLink("10.1.23.2", 10, State.POINT_TO_POINT, "10.0.0.3")), true, false, false);
        Lsa ours = SelfLsa.header(LsaTypes.V2_ROUTER, parse("10.0.0.2"), parse("10.0.0.2"), 0x80000008, backbone,
                false);
        assertEquals(0x1, backbone.flags());
        assertEquals(60, ours.length());
        assertEquals(0xf29e, ours.header().checksum());

        RouterLsaV2 transit = RouterLsaBuilder.build(List.of(
                broadcast("eth1", "10.1.23.2", 24, State.BACKUP, "10.1.23.3", true)), true, false, true);
        Lsa area1 = SelfLsa.header(LsaTypes.V2_ROUTER, parse("10.0.0.2"), parse("10.0.0.2"), 0x80000005, transit,
                false);
        assertTrue(transit.isVirtualLinkEndpoint());
        assertEquals(0x5, transit.flags());
        assertEquals(36, area1.length());
        assertEquals(0x7966, area1.header().checksum());
    }
}
