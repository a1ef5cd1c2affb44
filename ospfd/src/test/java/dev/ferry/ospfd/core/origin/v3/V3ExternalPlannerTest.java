package dev.ferry.ospfd.core.origin.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.core.origin.Redistributed;
import dev.ferry.ospfd.lsa.ExternalLsaV3;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AS-External-LSAs of an OSPFv3 ASBR (RFC 5340 4.4.3.6) as FRR 8.4 writes them, with sequential Link State IDs. */
class V3ExternalPlannerTest {
    private static Redistributed route(String prefix, int metric, boolean type2, int tag) {
        return new Redistributed(IpPrefix.parse(prefix), metric, type2, 0, tag);
    }

    private static PlannedLsa external(int id, String prefix, int flags, int metric, int tag) {
        return new PlannedLsa(LsaTypes.V3_AS_EXTERNAL, id,
                new ExternalLsaV3(flags, metric, Ospf6Prefix.of(IpPrefix.parse(prefix), 0, 0), null, tag, 0));
    }

    @Test
    void eBitForType2TBitForATagHostBitsClearedOnlyIpv6() {
        List<PlannedLsa> plan = V3ExternalPlanner.plan(List.of(
                route("2001:db8:2::1/64", 20, true, 0), route("2001:db8:1::/48", 5, false, 77),
                route("10.0.0.0/8", 20, true, 0), route("2001:db8:2::/64", 99, false, 0)), null, false,
                LinkStateIdAllocator.sequential());
        assertEquals(List.of(external(1, "2001:db8:1::/48", 0x01, 5, 77),
                external(2, "2001:db8:2::/64", 0x04, 20, 0)), plan);
    }

    @Test
    void theDefaultComesOnlyFromDefaultInformationOriginate() {
        LinkStateIdAllocator<IpPrefix> ids = LinkStateIdAllocator.sequential();
        List<Redistributed> routes = List.of(route("::/0", 20, true, 0));
        assertEquals(List.of(), V3ExternalPlanner.plan(routes, null, true, ids));
        DefaultOriginate followRib = new DefaultOriginate(false, Redistribution.PLAIN);
        assertEquals(List.of(), V3ExternalPlanner.plan(routes, followRib, false, ids));
        assertEquals(List.of(external(1, "::/0", 0x04, 10, 0)), V3ExternalPlanner.plan(routes, followRib, true, ids));
        assertEquals(List.of(external(1, "::/0", 0x00, 1, 0)), V3ExternalPlanner.plan(List.of(),
                new DefaultOriginate(true, new Redistribution(-1, 1, null)), false, ids));
    }

    @Test
    void linkStateIdsCountUpInOrderOfFirstAnnouncementAndAreNeverReused() {
        LinkStateIdAllocator<IpPrefix> ids = LinkStateIdAllocator.sequential();
        Redistributed b = route("2001:db8:b::/64", 20, true, 0);
        Redistributed c = route("2001:db8:c::/64", 20, true, 0);
        Redistributed a = route("2001:db8:a::/64", 20, true, 0);
        assertEquals(List.of(1, 2), ids(V3ExternalPlanner.plan(List.of(c, b), null, false, ids)));
        assertEquals(List.of(3, 1, 2), ids(V3ExternalPlanner.plan(List.of(a, b, c), null, false, ids)));
        assertEquals(List.of(3, 2), ids(V3ExternalPlanner.plan(List.of(a, c), null, false, ids)));
        // b again: a new ID, as FRR's external_id counter only goes up
        assertEquals(List.of(3, 4, 2), ids(V3ExternalPlanner.plan(List.of(a, b, c), null, false, ids)));
    }

    private static List<Integer> ids(List<PlannedLsa> plan) {
        return plan.stream().map(PlannedLsa::linkStateId).toList();
    }
}
