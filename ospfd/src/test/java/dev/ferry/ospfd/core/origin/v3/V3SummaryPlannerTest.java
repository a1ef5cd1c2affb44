package dev.ferry.ospfd.core.origin.v3;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.core.origin.AreaSettings;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.core.origin.Reachable;
import dev.ferry.ospfd.lsa.InterAreaPrefixLsa;
import dev.ferry.ospfd.lsa.InterAreaRouterLsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.shared.AreaId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inter-area LSAs of an OSPFv3 ABR (RFC 5340 4.4.3.4-5) with FRR 8.4's choices and Link State IDs. */
class V3SummaryPlannerTest {
    private static final int SELF = parse("1.1.1.1");
    private static final AreaId BACKBONE = new AreaId(0, true);
    private static final AreaId AREA1 = new AreaId(1, true);
    private static final AreaId AREA2 = new AreaId(2, true);

    private static Reachable intra(String prefix, AreaId area, int cost) {
        return new Reachable(IpPrefix.parse(prefix), area, true, cost);
    }

    private static Reachable inter(String prefix, int cost) {
        return new Reachable(IpPrefix.parse(prefix), BACKBONE, false, cost);
    }

    private static PlannedLsa net(int id, String prefix, int cost) {
        return new PlannedLsa(LsaTypes.V3_INTER_AREA_PREFIX, id,
                new InterAreaPrefixLsa(cost, Ospf6Prefix.of(IpPrefix.parse(prefix), 0, 0)));
    }

    private static PlannedLsa asbr(String router, int cost, int options) {
        return new PlannedLsa(LsaTypes.V3_INTER_AREA_ROUTER, parse(router),
                new InterAreaRouterLsa(options, cost, parse(router)));
    }

    private static Map<AreaId, AreaSettings> areas(Object... pairs) {
        Map<AreaId, AreaSettings> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((AreaId) pairs[i], (AreaSettings) pairs[i + 1]);
        }
        return m;
    }

    private static final Map<AreaId, AreaSettings> THREE_NORMAL = areas(BACKBONE, AreaSettings.NORMAL,
            AREA1, AreaSettings.NORMAL, AREA2, AreaSettings.NORMAL);

    @Test
    void intraAreaRoutesGoEverywhereElseInterAreaOnlyAwayFromTheBackbone() {
        List<Reachable> routes = List.of(intra("2001:db8::/64", BACKBONE, 10), intra("2001:db8:1::/64", AREA1, 20),
                inter("2001:db8:9::/64", 30), intra("2001:db8:2::5/64", AREA2, 5), intra("10.0.0.0/8", AREA1, 1));
        Map<AreaId, List<PlannedLsa>> plan = V3SummaryPlanner.plan(SELF, routes, List.of(), THREE_NORMAL,
                new V3SummaryIds());
        assertEquals(List.of(net(1, "2001:db8:1::/64", 20), net(2, "2001:db8:2::/64", 5)), plan.get(BACKBONE));
        assertEquals(List.of(net(1, "2001:db8::/64", 10), net(2, "2001:db8:2::/64", 5), net(3, "2001:db8:9::/64", 30)),
                plan.get(AREA1));
        assertEquals(List.of(net(1, "2001:db8::/64", 10), net(2, "2001:db8:1::/64", 20),
                net(3, "2001:db8:9::/64", 30)), plan.get(AREA2));
    }

    @Test
    void noAbrWithoutTheBackboneOrASecondAreaAndNothingAtLsInfinity() {
        List<Reachable> routes = List.of(intra("2001:db8:1::/64", AREA1, 20), intra("2001:db8:2::/64", AREA2, 5));
        assertEquals(Map.of(AREA1, List.of(), AREA2, List.of()), V3SummaryPlanner.plan(SELF, routes, List.of(),
                areas(AREA1, AreaSettings.NORMAL, AREA2, AreaSettings.NORMAL), new V3SummaryIds()));
        assertEquals(Map.of(BACKBONE, List.of()), V3SummaryPlanner.plan(SELF, routes, List.of(),
                areas(BACKBONE, AreaSettings.NORMAL), new V3SummaryIds()));
        assertEquals(List.of(), V3SummaryPlanner.plan(SELF, List.of(intra("2001:db8:1::/64", AREA1, 0xffffff)),
                List.of(), areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL), new V3SummaryIds())
                .get(BACKBONE));
    }

    @Test
    void rangesHideTheirComponentsAndAnnounceTheHighestCostOrTheConfiguredOne() {
        List<Reachable> routes = List.of(intra("2001:db8:1:1::/64", AREA1, 20), intra("2001:db8:1:2::/64", AREA1, 30),
                intra("2001:db8:2:1::/64", AREA1, 5), intra("2001:db8:3:1::/64", AREA1, 7),
                intra("2001:db8:4::/64", AREA1, 8));
        AreaSettings area1 = AreaSettings.normal(List.of(
                new AreaRange(IpPrefix.parse("2001:db8:1::/48"), true, -1),
                new AreaRange(IpPrefix.parse("2001:db8:2::/48"), true, 100),
                new AreaRange(IpPrefix.parse("2001:db8:3::/48"), false, -1)));
        Map<AreaId, List<PlannedLsa>> plan = V3SummaryPlanner.plan(SELF, routes, List.of(),
                areas(BACKBONE, AreaSettings.NORMAL, AREA1, area1), new V3SummaryIds());
        assertEquals(List.of(net(1, "2001:db8:1::/48", 30), net(2, "2001:db8:2::/48", 100),
                net(3, "2001:db8:4::/64", 8)), plan.get(BACKBONE));
        assertEquals(List.of(), plan.get(AREA1));
    }

    @Test
    void stubAreasGetTheDefaultNoAsbrsAndWithNoSummaryOnlyTheDefault() {
        List<Reachable> routes = List.of(intra("2001:db8::/64", BACKBONE, 10), inter("2001:db8:9::/64", 30));
        List<V3ReachableAsbr> asbrs = List.of(new V3ReachableAsbr(parse("9.9.9.9"), BACKBONE, 15, 0x13));
        Map<AreaId, List<PlannedLsa>> plan = V3SummaryPlanner.plan(SELF, routes, asbrs, areas(
                BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.stub(false, 1, List.of()),
                AREA2, AreaSettings.stub(true, 10, List.of())), new V3SummaryIds());
        assertEquals(List.of(net(1, "::/0", 1), net(2, "2001:db8::/64", 10), net(3, "2001:db8:9::/64", 30)),
                plan.get(AREA1));
        assertEquals(List.of(net(1, "::/0", 10)), plan.get(AREA2));
    }

    @Test
    void stubDefaultMetricIsFrrsDefaultRouteMetric() {
        assertEquals(1, V3SummaryPlanner.stubDefaultMetric(null));
        assertEquals(1, V3SummaryPlanner.stubDefaultMetric(new DefaultOriginate(true, Redistribution.PLAIN)));
        assertEquals(10, V3SummaryPlanner.stubDefaultMetric(new DefaultOriginate(false, Redistribution.PLAIN)));
        assertEquals(77, V3SummaryPlanner.stubDefaultMetric(new DefaultOriginate(false,
                new Redistribution(77, -1, null))));
    }

    @Test
    void asbrsAreAnnouncedOnTheirPreferredPathWithTheirOptionsButNeverOurselves() {
        List<V3ReachableAsbr> asbrs = List.of(
                new V3ReachableAsbr(parse("9.9.9.9"), AREA1, 40, 0x13),
                new V3ReachableAsbr(parse("9.9.9.9"), BACKBONE, 25, 0x13),
                new V3ReachableAsbr(parse("5.5.5.5"), AREA1, 12, 0x33),
                new V3ReachableAsbr(SELF, AREA1, 0, 0x13));
        Map<AreaId, List<PlannedLsa>> plan = V3SummaryPlanner.plan(SELF, List.of(), asbrs,
                areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL), new V3SummaryIds());
        assertEquals(List.of(asbr("5.5.5.5", 12, 0x33)), plan.get(BACKBONE));
        // 5.5.5.5 lies in area 1 itself; 9.9.9.9 is best reached over the backbone
        assertEquals(List.of(asbr("9.9.9.9", 25, 0x13)), plan.get(AREA1));
    }

    @Test
    void linkStateIdsStayWithTheirPrefixAndAWithdrawnOneKeepsItsIdForItsReturn() {
        V3SummaryIds ids = new V3SummaryIds();
        Map<AreaId, AreaSettings> areas = areas(BACKBONE, AreaSettings.NORMAL, AREA1, AreaSettings.NORMAL);
        Reachable a = intra("2001:db8:a::/64", AREA1, 1);
        Reachable b = intra("2001:db8:b::/64", AREA1, 2);
        Reachable c = intra("2001:db8:c::/64", AREA1, 3);
        assertEquals(List.of(net(1, "2001:db8:b::/64", 2), net(2, "2001:db8:c::/64", 3)),
                V3SummaryPlanner.plan(SELF, List.of(b, c), List.of(), areas, ids).get(BACKBONE));
        // a new prefix sorting first does not move the others
        assertEquals(List.of(net(3, "2001:db8:a::/64", 1), net(1, "2001:db8:b::/64", 2), net(2, "2001:db8:c::/64", 3)),
                V3SummaryPlanner.plan(SELF, List.of(a, b, c), List.of(), areas, ids).get(BACKBONE));
        // b withdrawn: a newcomer does not take its ID (a neighbour may still hold b's flushed LSA), b does
        assertEquals(List.of(net(3, "2001:db8:a::/64", 1), net(2, "2001:db8:c::/64", 3)),
                V3SummaryPlanner.plan(SELF, List.of(a, c), List.of(), areas, ids).get(BACKBONE));
        Reachable d = intra("2001:db8:d::/64", AREA1, 4);
        assertEquals(List.of(net(3, "2001:db8:a::/64", 1), net(2, "2001:db8:c::/64", 3), net(4, "2001:db8:d::/64", 4)),
                V3SummaryPlanner.plan(SELF, List.of(a, c, d), List.of(), areas, ids).get(BACKBONE));
        assertEquals(List.of(net(3, "2001:db8:a::/64", 1), net(1, "2001:db8:b::/64", 2), net(2, "2001:db8:c::/64", 3),
                        net(4, "2001:db8:d::/64", 4)),
                V3SummaryPlanner.plan(SELF, List.of(a, b, c, d), List.of(), areas, ids).get(BACKBONE));
        assertEquals(Map.of(IpPrefix.parse("2001:db8:a::/64"), 3, IpPrefix.parse("2001:db8:b::/64"), 1,
                IpPrefix.parse("2001:db8:c::/64"), 2, IpPrefix.parse("2001:db8:d::/64"), 4), ids.area(0).assigned());
    }
}
