package dev.ferry.ospfd.core.origin;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryPlannerTest {
    private static final AreaId BACKBONE = new AreaId(0, true);
    private static final AreaId AREA1 = new AreaId(1, true);
    private static final AreaId AREA2 = new AreaId(2, false);

    private static Reachable intra(String prefix, AreaId area, int cost) {
        return new Reachable(IpPrefix.parse(prefix), area, true, cost);
    }

    private static Reachable inter(String prefix, int cost) {
        return new Reachable(IpPrefix.parse(prefix), BACKBONE, false, cost);
    }

    private static PlannedLsa net(String id, int length, int cost) {
        return new PlannedLsa(LsaTypes.V2_SUMMARY, parse(id), new SummaryLsaV2(Ipv4.mask(length), cost));
    }

    private static PlannedLsa asbr(String id, int cost) {
        return new PlannedLsa(LsaTypes.V2_ASBR_SUMMARY, parse(id), new SummaryLsaV2(0, cost));
    }

    private static Map<AreaId, AreaSettings> areas(Object... pairs) {
        Map<AreaId, AreaSettings> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((AreaId) pairs[i], (AreaSettings) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void intraAreaRoutesGoEverywhereElseInterAreaOnlyAwayFromTheBackbone() {
        List<Reachable> routes = List.of(intra("10.0.0.0/24", BACKBONE, 10), intra("10.1.0.0/24", AREA1, 20),
                inter("10.9.0.0/24", 30), intra("10.2.0.0/24", AREA2, 5));
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(routes, List.of(),
                areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL, AREA2, AreaSettings.NORMAL));
        assertEquals(List.of(net("10.1.0.0", 24, 20), net("10.2.0.0", 24, 5)), plan.get(BACKBONE));
        assertEquals(List.of(net("10.0.0.0", 24, 10), net("10.2.0.0", 24, 5), net("10.9.0.0", 24, 30)),
                plan.get(AREA1));
        assertEquals(List.of(net("10.0.0.0", 24, 10), net("10.1.0.0", 24, 20), net("10.9.0.0", 24, 30)),
                plan.get(AREA2));
    }

    @Test
    void aRouterInOneAreaIsNoAbrAndUnreachableRoutesAreNotSummarised() {
        assertEquals(Map.of(AREA1, List.of()), SummaryPlanner.plan(List.of(intra("10.1.0.0/24", AREA1, 1)),
                List.of(), areas(AREA1, AreaSettings.stub(false, 1, List.of()))));
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(
                List.of(intra("10.1.0.0/24", AREA1, SummaryLsaV2.LS_INFINITY)), List.of(),
                areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL));
        assertEquals(List.of(), plan.get(BACKBONE));
    }

    @Test
    void anAdvertisedRangeHidesItsComponentsAndTakesTheHighestCost() {
        AreaRange range = new AreaRange(IpPrefix.parse("172.16.0.0/16"), true, -1);
        List<Reachable> routes = List.of(intra("172.16.1.0/24", AREA1, 10), intra("172.16.2.0/24", AREA1, 40),
                intra("172.16.0.0/16", AREA1, 5), intra("172.17.0.0/24", AREA1, 7));
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(routes, List.of(),
                areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.normal(List.of(range))));
        assertEquals(List.of(net("172.16.0.0", 16, 40), net("172.17.0.0", 24, 7)), plan.get(BACKBONE));
        assertEquals(List.of(), plan.get(AREA1));
    }

    @Test
    void rangeCostNotAdvertiseAndInactiveRanges() {
        AreaRange costed = new AreaRange(IpPrefix.parse("172.16.0.0/16"), true, 100);
        AreaRange hidden = new AreaRange(IpPrefix.parse("192.168.0.0/16"), false, -1);
        AreaRange empty = new AreaRange(IpPrefix.parse("10.200.0.0/16"), true, -1);
        List<Reachable> routes = List.of(intra("172.16.1.0/24", AREA1, 10), intra("192.168.5.0/24", AREA1, 3),
                intra("192.168.6.0/24", BACKBONE, 3));
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(routes, List.of(), areas(BACKBONE,
                AreaSettings.NORMAL, AREA1, AreaSettings.normal(List.of(costed, hidden, empty))));
        // a backbone route inside area 1's range is not area 1's to summarise
        assertEquals(List.of(net("172.16.0.0", 16, 100)), plan.get(BACKBONE));
        assertEquals(List.of(net("192.168.6.0", 24, 3)), plan.get(AREA1));
    }

    @Test
    void stubAreasGetADefaultSummaryAndNoAsbrSummaries() {
        List<Reachable> routes = List.of(intra("10.0.0.0/24", BACKBONE, 10), inter("10.9.0.0/24", 30));
        List<ReachableAsbr> asbrs = List.of(new ReachableAsbr(parse("7.7.7.7"), BACKBONE, 15));
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(routes, asbrs, areas(BACKBONE, AreaSettings.NORMAL,
                AREA1, AreaSettings.stub(false, AreaSettings.DEFAULT_STUB_COST, List.of()),
                AREA2, AreaSettings.stub(true, 25, List.of())));
        assertEquals(List.of(net("0.0.0.0", 0, 1), net("10.0.0.0", 24, 10), net("10.9.0.0", 24, 30)),
                plan.get(AREA1));
        assertEquals(List.of(net("0.0.0.0", 0, 25)), plan.get(AREA2));
        assertEquals(List.of(), plan.get(BACKBONE));
    }

    @Test
    void asbrSummariesUseThePreferredPathAndStayOutOfItsArea() {
        List<ReachableAsbr> asbrs = List.of(new ReachableAsbr(parse("7.7.7.7"), AREA1, 15),
                new ReachableAsbr(parse("7.7.7.7"), BACKBONE, 40), new ReachableAsbr(parse("6.6.6.6"), BACKBONE, 8));
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(List.of(), asbrs,
                areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL));
        assertEquals(List.of(asbr("7.7.7.7", 15)), plan.get(BACKBONE));
        assertEquals(List.of(asbr("6.6.6.6", 8)), plan.get(AREA1));
    }

    @Test
    void areasMatchHoweverTheyAreWritten() {
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(
                List.of(intra("10.1.0.0/24", new AreaId(1, false), 3)), List.of(),
                areas(new AreaId(0, false), AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL));
        assertEquals(List.of(net("10.1.0.0", 24, 3)), plan.get(new AreaId(0, false)));
        assertEquals(List.of(), plan.get(AREA1));
    }

    @Test
    void sameNetworkDifferentMasksGetAppendixEIds() {
        Map<AreaId, List<PlannedLsa>> plan = SummaryPlanner.plan(
                List.of(intra("10.0.0.0/8", AREA1, 3), intra("10.0.0.0/16", AREA1, 4)), List.of(),
                areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL));
        assertEquals(List.of(new PlannedLsa(LsaTypes.V2_SUMMARY, parse("10.255.255.255"),
                new SummaryLsaV2(Ipv4.mask(8), 3)), net("10.0.0.0", 16, 4)), plan.get(BACKBONE));
    }
}
