package dev.ferry.ospfd.core.route;

import static dev.ferry.ospfd.core.route.V2Lsas.area;
import static dev.ferry.ospfd.core.route.V2Lsas.external;
import static dev.ferry.ospfd.core.route.V2Lsas.p2p;
import static dev.ferry.ospfd.core.route.V2Lsas.router;
import static dev.ferry.ospfd.core.route.V2Lsas.stub;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.shared.AreaId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RFC 2328 16.6: AS-external routes recalculated one prefix at a time give the table a full calculation over the
 * same database gives, whatever the sequence of LSA changes (checked after every change of random sequences).
 */
class LiveRoutingTableTest {
    private static final int B = RouterLsaV2.FLAG_B;
    private static final int E = RouterLsaV2.FLAG_E;
    private static final String SELF = "1.1.1.1";
    private static final String[] NETWORKS = {"10.50.0.0", "10.51.0.0", "10.52.0.0", "10.1.55.0"};
    private static final String[] MASKS = {"255.255.0.0", "255.255.255.0"};
    private static final String[] ASBRS = {"5.5.5.5", "6.6.6.6", "8.8.8.8", "7.7.7.7", "9.9.9.9", SELF};
    private static final String[] FORWARDING = {"0.0.0.0", "0.0.0.0", "10.1.55.9", "10.3.66.7", "10.0.88.1",
        "10.200.0.1"};
    private static final int[] METRICS = {1, 10, 20, SummaryLsaV2.LS_INFINITY};

    /**
     * An ABR (1.1.1.1): ASBR 8.8.8.8 in the backbone, ASBR 5.5.5.5 in area 1 (with 7.7.7.7, cut off), ASBR
     * 6.6.6.6 in area 3, all at cost 10 (so equal routes through different areas merge), and ASBR 9.9.9.9 in the
     * stub area 2 (never used). Stubs behind the ASBRs resolve forwarding addresses.
     */
    private static List<AreaInput> areas() {
        return List.of(
                area("0.0.0.0", false, SELF,
                        router(SELF, B, p2p("8.8.8.8", "10.0.18.1", 10)),
                        router("8.8.8.8", E, p2p(SELF, "10.0.18.8", 10), stub("10.0.88.0", "255.255.255.0", 1))),
                area("0.0.0.1", false, SELF,
                        router(SELF, B, p2p("5.5.5.5", "10.1.15.1", 10)),
                        router("5.5.5.5", E, p2p(SELF, "10.1.15.5", 10), stub("10.1.55.0", "255.255.255.0", 1)),
                        router("7.7.7.7", E)),
                area("0.0.0.2", true, SELF,
                        router(SELF, B, p2p("9.9.9.9", "10.2.19.1", 1)),
                        router("9.9.9.9", E, p2p(SELF, "10.2.19.9", 1))),
                area("0.0.0.3", false, SELF,
                        router(SELF, B, p2p("6.6.6.6", "10.3.16.1", 10)),
                        router("6.6.6.6", E, p2p(SELF, "10.3.16.6", 10), stub("10.3.66.0", "255.255.255.0", 5))));
    }

    @Test
    void randomExternalChangesKeepTheTableOfAFullCalculation() {
        List<AreaInput> areas = areas();
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Map<LsaKey, Lsa> db = new LinkedHashMap<>();
            for (int i = 0; i < 8; i++) {
                Lsa lsa = randomExternal(random);
                db.put(lsa.key(), lsa);
            }
            LiveRoutingTable live = LiveRoutingTable.calculate(parse(SELF), true, areas, db.values());
            for (int step = 0; step < 300; step++) {
                Lsa next = randomExternal(random);
                Lsa previous = random.nextInt(5) == 0 ? db.remove(next.key()) : db.put(next.key(), next);
                Set<IpPrefix> affected = new HashSet<>();
                affected.add(LiveRoutingTable.externalPrefix(next));
                if (previous != null) {
                    affected.add(LiveRoutingTable.externalPrefix(previous));
                }
                for (IpPrefix prefix : affected) {
                    OspfRoute before = live.route(prefix);
                    boolean changed = live.updateExternal(prefix, db.values());
                    assertEquals(!Objects.equals(before, live.route(prefix)), changed, "seed " + seed);
                }
                RoutingTable full = RouteCalculator.calculate(parse(SELF), true, areas, db.values());
                assertEquals(full, live.table(), "seed " + seed + ", step " + step + ": " + next);
                assertEquals(List.copyOf(full.networks().keySet()), List.copyOf(live.table().networks().keySet()));
            }
        }
    }

    /** The sequences above do reach the cases that matter: merged paths through two areas, E1 over E2. */
    @Test
    void equalRoutesThroughTwoAreasMergeWhateverTheOrder() {
        List<AreaInput> areas = areas();
        Lsa via5 = external("10.50.0.0", "255.255.0.0", "5.5.5.5", true, 20, "0.0.0.0");
        Lsa via6 = external("10.50.0.0", "255.255.0.0", "6.6.6.6", true, 20, "0.0.0.0");
        IpPrefix prefix = IpPrefix.parse("10.50.0.0/16");
        OspfRoute forward = RouteCalculator.calculate(parse(SELF), true, areas, List.of(via5, via6)).networks()
                .get(prefix);
        OspfRoute backward = RouteCalculator.calculate(parse(SELF), true, areas, List.of(via6, via5)).networks()
                .get(prefix);
        assertEquals(forward, backward);
        assertEquals(2, forward.nextHops().size());
        assertEquals(AreaId.parse("0.0.0.1"), forward.area(), "the area of the lower LSA key (5.5.5.5)");

        LiveRoutingTable live = LiveRoutingTable.calculate(parse(SELF), true, areas, List.of(via6));
        assertEquals(1, live.route(prefix).nextHops().size());
        assertTrue(live.updateExternal(prefix, List.of(via6, via5)));
        assertEquals(forward, live.route(prefix));
        assertFalse(live.updateExternal(prefix, List.of(via5, via6)), "nothing changed");
        assertTrue(live.updateExternal(prefix, List.of(external(LsaHeader.MAX_AGE, "10.50.0.0", "255.255.0.0",
                "5.5.5.5", true, 20, "0.0.0.0"))));
        assertNull(live.route(prefix), "flushed");
        assertFalse(live.updateExternal(IpPrefix.parse("10.1.55.0/24"),
                List.of(external("10.1.55.0", "255.255.255.0", "6.6.6.6", false, 1, "0.0.0.0"))),
                "an intra-area route is never replaced by an external one");
    }

    private static Lsa randomExternal(Random random) {
        return external(random.nextInt(6) == 0 ? LsaHeader.MAX_AGE : 0, pick(random, NETWORKS), pick(random, MASKS),
                pick(random, ASBRS), random.nextBoolean(), METRICS[random.nextInt(METRICS.length)],
                pick(random, FORWARDING));
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
