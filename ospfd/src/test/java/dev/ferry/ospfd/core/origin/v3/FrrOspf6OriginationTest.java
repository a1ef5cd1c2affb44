package dev.ferry.ospfd.core.origin.v3;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.origin.InterfaceView.Kind;
import dev.ferry.ospfd.core.origin.InterfaceView.State;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FRR 8.4's own OSPFv3 LSAs from the F1/F2 capture, rebuilt byte for byte (body, length and checksum) from the
 * situation each router was in: configs in frr-reference/out/F1, F2 (`ipv6 ospf6 area 0.0.0.0` on eth0 and lo,
 * default cost 10, priority 1); eth0 has Interface ID 2 on both and only a link-local address; lo has Interface ID 1
 * and a /128 (F1 also 10.255.0.1/32, which OSPFv3 ignores).
 */
class FrrOspf6OriginationTest {
    private static final int F1 = parse("10.255.0.1");
    private static final int F2 = parse("10.255.0.2");
    private static final int SEQ1 = 0x80000001;
    private static final int SEQ2 = 0x80000002;
    private static final int OPTIONS = V3Options.area(false);

    private static V3InterfaceView lo(String... addresses) {
        return new V3InterfaceView("lo", 1, Kind.LOOPBACK, State.LOOPBACK, 10, false, 1, null,
                List.of(addresses).stream().map(IpPrefix::parse).toList(), 0, 0, false, List.of());
    }

    private static V3InterfaceView eth0(String linkLocal, State state, int dr, boolean fullWithDr,
                                        List<V3Neighbor> full) {
        return new V3InterfaceView("eth0", 2, Kind.BROADCAST, state, 10, false, 1, IpAddresses.parse(linkLocal),
                List.of(IpPrefix.parse(linkLocal + "/64")), dr, dr == 0 ? 0 : 2, fullWithDr, full);
    }

    private static final String F1_LINK_LOCAL = "fe80::6c54:d4ff:fec7:a66e";
    private static final String F2_LINK_LOCAL = "fe80::5c9f:80ff:fea5:91e5";

    /** F1 before the adjacency: Backup on eth0, nobody Full yet. */
    private static final List<V3InterfaceView> F1_ALONE = List.of(
            eth0(F1_LINK_LOCAL, State.BACKUP, F2, false, List.of()), lo("10.255.0.1/32", "2001:db8:ffff::1/128"));
    /** F1 Full with F2, the DR. */
    private static final List<V3InterfaceView> F1_FULL = List.of(
            eth0(F1_LINK_LOCAL, State.BACKUP, F2, true, List.of(new V3Neighbor(F2, 2))),
            lo("10.255.0.1/32", "2001:db8:ffff::1/128"));
    /** F2 DR on eth0, Full with F1. */
    private static final List<V3InterfaceView> F2_FULL = List.of(
            eth0(F2_LINK_LOCAL, State.DR, F2, true, List.of(new V3Neighbor(F1, 2))), lo("2001:db8:ffff::2/128"));

    /** Wraps our body as FRR's LSA was (same age) and compares every byte, then the bodies alone. */
    private static void assertSameLsa(Lsa frr, PlannedLsa ours) {
        assertEquals(frr.header().type(), ours.type());
        assertEquals(frr.header().linkStateId(), ours.linkStateId());
        Lsa built = V3SelfLsa.header(ours, frr.header().advertisingRouter(), frr.header().sequence())
                .withAge(frr.header().age());
        assertArrayEquals(bytes(frr.body()), bytes(ours.body()), () -> "body of " + frr.header());
        assertArrayEquals(frr.wire(), built.wire(), () -> "LSA " + frr.header());
    }

    private static byte[] bytes(LsaBody body) {
        WireWriter w = new WireWriter();
        body.encode(w);
        return w.toByteArray();
    }

    private static PlannedLsa router(List<V3InterfaceView> ifaces) {
        List<PlannedLsa> plan = V3RouterLsaBuilder.plan(ifaces, OPTIONS, false, false);
        assertEquals(1, plan.size());
        assertEquals(plan.getFirst().body(), V3RouterLsaBuilder.build(ifaces, OPTIONS, false, false));
        return plan.getFirst();
    }

    private static PlannedLsa onlyOne(List<PlannedLsa> plan) {
        assertEquals(1, plan.size(), plan::toString);
        return plan.getFirst();
    }

    @Test
    void f1BeforeTheAdjacencyHasAnEmptyRouterLsaAndItsLoopbackPrefix() {
        assertSameLsa(FrrOspf6Lsas.find(34, LsaTypes.V3_ROUTER, "10.255.0.1", SEQ1), router(F1_ALONE));
        assertSameLsa(FrrOspf6Lsas.find(34, LsaTypes.V3_INTRA_AREA_PREFIX, "10.255.0.1", SEQ1),
                onlyOne(IntraAreaPrefixBuilder.routerReferenced(F1, F1_ALONE)));
    }

    @Test
    void f2BeforeTheAdjacency() {
        List<V3InterfaceView> alone = List.of(eth0(F2_LINK_LOCAL, State.DR, F2, false, List.of()),
                lo("2001:db8:ffff::2/128"));
        assertSameLsa(FrrOspf6Lsas.find(37, LsaTypes.V3_ROUTER, "10.255.0.2", SEQ1), router(alone));
        assertSameLsa(FrrOspf6Lsas.find(37, LsaTypes.V3_INTRA_AREA_PREFIX, "10.255.0.2", SEQ1),
                onlyOne(IntraAreaPrefixBuilder.routerReferenced(F2, alone)));
    }

    @Test
    void linkLsasCarryTheLinkLocalAddressAndNoPrefixOfAnInterfaceWithOnlyALinkLocal() {
        assertSameLsa(FrrOspf6Lsas.find(34, LsaTypes.V3_LINK, "10.255.0.1", SEQ1),
                LinkLsaBuilder.plan(F1_FULL.getFirst(), OPTIONS));
        assertSameLsa(FrrOspf6Lsas.find(37, LsaTypes.V3_LINK, "10.255.0.2", SEQ1),
                LinkLsaBuilder.plan(F2_FULL.getFirst(), OPTIONS));
        // lo has no link-local address: FRR's lo database holds no Link-LSA
        assertNull(LinkLsaBuilder.plan(F1_FULL.get(1), OPTIONS));
    }

    @Test
    void f1FullWithTheDrDescribesTheTransitLinkByTheDrsInterfaceId() {
        assertSameLsa(FrrOspf6Lsas.find(39, LsaTypes.V3_ROUTER, "10.255.0.1", SEQ2), router(F1_FULL));
        assertSameLsa(FrrOspf6Lsas.find(39, LsaTypes.V3_INTRA_AREA_PREFIX, "10.255.0.1", SEQ2),
                onlyOne(IntraAreaPrefixBuilder.routerReferenced(F1, F1_FULL)));
        // not DR: no Network-LSA and no network-referenced Intra-Area-Prefix-LSA
        assertTrue(IntraAreaPrefixBuilder.transit(F1, F1_FULL.getFirst(), List.of()).isEmpty());
    }

    @Test
    void f2AsDrOriginatesRouterNetworkAndIntraAreaPrefixLsas() {
        assertSameLsa(FrrOspf6Lsas.find(38, LsaTypes.V3_ROUTER, "10.255.0.2", SEQ2), router(F2_FULL));

        LinkLsa f1Link = (LinkLsa) FrrOspf6Lsas.find(34, LsaTypes.V3_LINK, "10.255.0.1", SEQ1).body();
        LinkLsa f2Link = LinkLsaBuilder.build(F2_FULL.getFirst(), OPTIONS);
        V3InterfaceView eth0 = F2_FULL.getFirst();
        int networkOptions = V3NetworkLsaBuilder.options(List.of(f2Link, f1Link));
        PlannedLsa network = new PlannedLsa(LsaTypes.V3_NETWORK, eth0.interfaceId(),
                V3NetworkLsaBuilder.build(F2, networkOptions, eth0.fullNeighbors()));
        assertSameLsa(FrrOspf6Lsas.find(38, LsaTypes.V3_NETWORK, "10.255.0.2", SEQ1), network);

        assertSameLsa(FrrOspf6Lsas.find(38, LsaTypes.V3_INTRA_AREA_PREFIX, "10.255.0.2", SEQ2),
                onlyOne(IntraAreaPrefixBuilder.routerReferenced(F2, F2_FULL)));
        // the link has no global prefix: FRR originated no network-referenced Intra-Area-Prefix-LSA either
        List<AttachedLinkLsa> linkLsas = List.of(new AttachedLinkLsa(F1, 2, f1Link),
                new AttachedLinkLsa(F2, 2, f2Link));
        assertTrue(IntraAreaPrefixBuilder.transit(F2, eth0, linkLsas).isEmpty());
        assertTrue(FrrOspf6Lsas.all().stream().noneMatch(l -> l.header().type() == LsaTypes.V3_INTRA_AREA_PREFIX
                && l.header().linkStateId() != 0));
    }
}
