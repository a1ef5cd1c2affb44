package dev.ferry.ospfd.core.origin.v3;

import static dev.ferry.ospfd.core.origin.v3.V3Views.broadcast;
import static dev.ferry.ospfd.core.origin.v3.V3Views.loopback;
import static dev.ferry.ospfd.core.origin.v3.V3Views.passive;
import static dev.ferry.ospfd.core.origin.v3.V3Views.pointToPoint;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.origin.InterfaceView.State;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intra-Area-Prefix-LSAs per RFC 5340 4.4.3.9 and FRR 8.4's ospf6_intra_prefix_lsa_originate_stub/_transit. */
class IntraAreaPrefixBuilderTest {
    private static final int SELF = parse("1.1.1.1");
    private static final int R2 = parse("2.2.2.2");
    private static final int R3 = parse("3.3.3.3");
    private static final int R4 = parse("4.4.4.4");

    private static Ospf6Prefix prefix(String text, int options, int metric) {
        return Ospf6Prefix.of(IpPrefix.parse(text), options, metric);
    }

    private static List<Ospf6Prefix> stubPrefixes(V3InterfaceView... ifaces) {
        List<PlannedLsa> plan = IntraAreaPrefixBuilder.routerReferenced(SELF, List.of(ifaces));
        assertEquals(1, plan.size());
        assertEquals(LsaTypes.V3_INTRA_AREA_PREFIX, plan.getFirst().type());
        assertEquals(0, plan.getFirst().linkStateId());
        IntraAreaPrefixLsa body = (IntraAreaPrefixLsa) plan.getFirst().body();
        assertEquals(LsaTypes.V3_ROUTER, body.referencedLsType());
        assertEquals(0, body.referencedLinkStateId());
        assertEquals(SELF, body.referencedAdvertisingRouter());
        return body.prefixes();
    }

    @Test
    void stubLinksGiveTheirPrefixesAtTheInterfaceCostWithoutLaBit() {
        List<Ospf6Prefix> prefixes = stubPrefixes(
                loopback(1, 10, "2001:db8:ff::1/128"),
                pointToPoint(2, 5, List.of(new V3Neighbor(R2, 1)), "2001:db8:2::1/64"),
                passive(3, 7, "2001:db8:3::1/64"),
                broadcast(4, State.DR, 20, SELF, 4, false, List.of(), "2001:db8:4::1/64"),
                broadcast(5, State.WAITING, 30, 0, 0, false, List.of(), "2001:db8:5::1/64"),
                // transit: its prefixes go in the DR's network-referenced LSA
                broadcast(6, State.BACKUP, 40, R2, 3, true, List.of(new V3Neighbor(R2, 3)), "2001:db8:6::1/64"),
                // Full with a DR Other only: FRR counts any Full neighbor, the link is not a stub
                broadcast(7, State.DR_OTHER, 40, R3, 3, false, List.of(new V3Neighbor(R4, 3)), "2001:db8:7::1/64"),
                broadcast(8, State.DOWN, 50, 0, 0, false, List.of(), "2001:db8:8::1/64"));
        assertEquals(List.of(prefix("2001:db8:2::/64", 0, 5), prefix("2001:db8:3::/64", 0, 7),
                prefix("2001:db8:4::/64", 0, 20), prefix("2001:db8:5::/64", 0, 30),
                prefix("2001:db8:ff::1/128", 0, 10)), prefixes);
    }

    @Test
    void aPrefixOnTwoStubInterfacesIsListedOnceWithTheLaterInterfacesCost() {
        assertEquals(List.of(prefix("2001:db8:3::/64", 0, 9)), stubPrefixes(passive(3, 7, "2001:db8:3::1/64"),
                passive(4, 9, "2001:db8:3::2/64")));
    }

    @Test
    void noPrefixNoLsa() {
        assertEquals(List.of(), IntraAreaPrefixBuilder.routerReferenced(SELF, List.of(
                broadcast(6, State.BACKUP, 40, R2, 3, true, List.of(new V3Neighbor(R2, 3)), "2001:db8:6::1/64"),
                passive(3, 7, "fe80::1/64"))));
    }

    @Test
    void manyPrefixesSpillIntoFurtherLsasOnce1280BytesArePassed() {
        List<V3InterfaceView> ifaces = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            ifaces.add(passive(10 + i, 1, "2001:db8:" + Integer.toHexString(i) + "::1/64"));
        }
        List<PlannedLsa> plan = IntraAreaPrefixBuilder.routerReferenced(SELF, ifaces);
        assertEquals(List.of(0, 1), plan.stream().map(PlannedLsa::linkStateId).toList());
        // 32 bytes of header and body head, 12 per /64: after 105 prefixes (1292 > 1280) FRR starts LSA 1
        IntraAreaPrefixLsa first = (IntraAreaPrefixLsa) plan.get(0).body();
        IntraAreaPrefixLsa second = (IntraAreaPrefixLsa) plan.get(1).body();
        assertEquals(105, first.prefixes().size());
        assertEquals(5, second.prefixes().size());
        assertEquals(prefix("2001:db8:69::/64", 0, 1), second.prefixes().getFirst());
        assertEquals(SELF, second.referencedAdvertisingRouter());
        assertEquals(0, second.referencedLinkStateId());
    }

    private static AttachedLinkLsa linkLsa(int router, Ospf6Prefix... prefixes) {
        return new AttachedLinkLsa(router, 5, new LinkLsa(1, 0x13, V3Views.LINK_LOCAL, List.of(prefixes)));
    }

    private static V3InterfaceView drLink(List<V3Neighbor> full) {
        return broadcast(9, State.DR, 10, SELF, 9, true, full, "2001:db8:9::1/64");
    }

    @Test
    void transitPrefixesComeFromTheLinkLsasOfUsAndOurFullNeighborsAtMetricZero() {
        List<AttachedLinkLsa> lsas = List.of(
                linkLsa(R3, prefix("2001:db8:9::/64", 0, 0), prefix("2001:db8:a::/64", 0, 0)),
                linkLsa(SELF, prefix("2001:db8:c::/64", 0, 0)),
                linkLsa(R4, prefix("2001:db8:dead::/64", 0, 0)), // R4 is not Full: ignored
                linkLsa(R2, prefix("2001:db8:9::/64", Ospf6Prefix.NU, 0), prefix("2001:db8:b::/56", 0, 0)));
        PlannedLsa planned = IntraAreaPrefixBuilder.transit(SELF, drLink(List.of(new V3Neighbor(R2, 1),
                new V3Neighbor(R3, 1))), lsas).orElseThrow();
        assertEquals(LsaTypes.V3_INTRA_AREA_PREFIX, planned.type());
        assertEquals(9, planned.linkStateId());
        // 2001:db8:9::/64 once: R2's copy (before R3's in FRR's database, by router id) with its options
        assertEquals(new IntraAreaPrefixLsa(LsaTypes.V3_NETWORK, 9, SELF, List.of(
                prefix("2001:db8:9::/64", Ospf6Prefix.NU, 0), prefix("2001:db8:a::/64", 0, 0),
                prefix("2001:db8:b::/56", 0, 0), prefix("2001:db8:c::/64", 0, 0))), planned.body());
    }

    @Test
    void transitStopsReadingALinkLsaAtAZeroLengthPrefix() {
        PlannedLsa planned = IntraAreaPrefixBuilder.transit(SELF, drLink(List.of(new V3Neighbor(R2, 1))), List.of(
                linkLsa(R2, prefix("2001:db8:1::/64", 0, 0), prefix("::/0", 0, 0), prefix("2001:db8:2::/64", 0, 0))))
                .orElseThrow();
        assertEquals(List.of(prefix("2001:db8:1::/64", 0, 0)), ((IntraAreaPrefixLsa) planned.body()).prefixes());
    }

    @Test
    void noTransitLsaUnlessDrWithAFullNeighborAndSomePrefix() {
        List<AttachedLinkLsa> lsas = List.of(linkLsa(SELF, prefix("2001:db8:9::/64", 0, 0)),
                linkLsa(R2, prefix("2001:db8:9::/64", 0, 0)));
        assertTrue(IntraAreaPrefixBuilder.transit(SELF, drLink(List.of()), lsas).isEmpty());
        assertTrue(IntraAreaPrefixBuilder.transit(SELF, broadcast(9, State.BACKUP, 10, R2, 1, true,
                List.of(new V3Neighbor(R2, 1)), "2001:db8:9::1/64"), lsas).isEmpty());
        assertTrue(IntraAreaPrefixBuilder.transit(SELF, drLink(List.of(new V3Neighbor(R2, 1))),
                List.of(linkLsa(SELF), linkLsa(R2))).isEmpty());
        assertTrue(IntraAreaPrefixBuilder.transit(SELF, drLink(List.of(new V3Neighbor(R2, 1))), lsas).isPresent());
    }
}
