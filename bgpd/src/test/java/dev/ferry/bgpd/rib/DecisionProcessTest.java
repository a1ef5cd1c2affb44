package dev.ferry.bgpd.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.ClusterList;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.OriginatorId;
import dev.ferry.bgpd.attr.PathAttribute;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each step of the decision process decides, with the reason FRR prints, and ties fall through to the next. */
class DecisionProcessTest {
    private static final PathSource EBGP_A = peer(PathSource.Kind.EBGP, "10.0.0.1", "1.1.1.1", 65001);
    private static final PathSource EBGP_B = peer(PathSource.Kind.EBGP, "10.0.0.2", "2.2.2.2", 65001);
    private static final PathSource IBGP_C = peer(PathSource.Kind.IBGP, "10.0.0.3", "3.3.3.3", 65000);
    private static final PathSource IBGP_D = peer(PathSource.Kind.IBGP, "10.0.0.4", "4.4.4.4", 65000);
    private long arrival;

    private static PathSource peer(PathSource.Kind kind, String address, String id, long as) {
        return new PathSource(kind, IpAddresses.parse(address), Ipv4Addresses.parse(id), as);
    }

    private BgpPath path(PathSource s, String nextHop, int weight, PathAttribute... extra) {
        List<PathAttribute> attrs = new ArrayList<>(List.of(Origin.of(Origin.IGP), AsPath.parse("65001")));
        for (PathAttribute a : extra) {
            attrs.removeIf(x -> x.type() == a.type());
            attrs.add(a);
        }
        return new BgpPath(s, PathAttributes.of(attrs), IpAddresses.parse(nextHop), weight,
                s.isLocal() ? LocalOrigin.NETWORK : LocalOrigin.NONE, ++arrival, 0);
    }

    private static DecisionProcess.Selection select(NexthopView v, BgpPath... paths) {
        return DecisionProcess.select(List.of(paths), v);
    }

    private static DecisionProcess.Selection select(BgpPath... paths) {
        return select(NexthopView.ALL_REACHABLE, paths);
    }

    /** Metrics per next hop; unknown next hops are unreachable. */
    private static NexthopView metrics(Map<String, Long> m) {
        return new NexthopView() {
            @Override
            public boolean reachable(byte[] address) {
                return m.containsKey(IpAddresses.format(address));
            }

            @Override
            public long metric(byte[] address) {
                return m.getOrDefault(IpAddresses.format(address), 0L);
            }
        };
    }

    @Test
    void aSinglePathIsTheFirstReceived() {
        BgpPath p = path(EBGP_A, "10.0.0.1", 0);
        DecisionProcess.Selection s = select(p);
        assertSame(p, s.best());
        assertEquals("First path received", s.reason().text());
    }

    @Test
    void unreachableNextHopsNeverWin() {
        BgpPath a = path(EBGP_A, "10.0.0.1", 100);
        BgpPath b = path(EBGP_B, "10.0.0.2", 0);
        DecisionProcess.Selection s = select(metrics(Map.of("10.0.0.2", 0L)), a, b);
        assertSame(b, s.best());
        assertNull(select(metrics(Map.of()), a, b).best());
    }

    @Test
    void higherWeightWins() {
        BgpPath a = path(EBGP_A, "10.0.0.1", 0);
        BgpPath b = path(EBGP_B, "10.0.0.2", 10, AsPath.parse("65001 65005 65006"));
        DecisionProcess.Selection s = select(a, b);
        assertSame(b, s.best());
        assertEquals(SelectionReason.WEIGHT, s.reason());
    }

    @Test
    void higherLocalPrefWinsAndMissingMeans100() {
        BgpPath a = path(IBGP_C, "10.0.0.3", 0, LocalPref.of(100));
        BgpPath b = path(IBGP_D, "10.0.0.4", 0, LocalPref.of(200), AsPath.parse("65001 65009"));
        assertSame(b, select(a, b).best());
        assertEquals(SelectionReason.LOCAL_PREF, select(a, b).reason());
        BgpPath none = path(EBGP_A, "10.0.0.1", 0);
        BgpPath low = path(IBGP_C, "10.0.0.3", 0, LocalPref.of(99));
        assertSame(none, select(low, none).best());
    }

    @Test
    void localRoutesBeatLearnedOnes() {
        PathSource local = PathSource.local(Ipv4Addresses.parse("9.9.9.9"), 65000);
        BgpPath mine = path(local, "0.0.0.0", 0, AsPath.parse("65001 65002"));
        BgpPath learned = path(EBGP_A, "10.0.0.1", 0);
        DecisionProcess.Selection s = select(learned, mine);
        assertSame(mine, s.best());
        assertEquals("Local Route", s.reason().text());
    }

    @Test
    void shorterAsPathWins() {
        BgpPath a = path(EBGP_A, "10.0.0.1", 0, AsPath.parse("65001 65002"));
        BgpPath b = path(EBGP_B, "10.0.0.2", 0, AsPath.parse("65001"));
        assertEquals(SelectionReason.AS_PATH, select(a, b).reason());
        assertSame(b, select(a, b).best());
        BgpPath set = path(EBGP_B, "10.0.0.2", 0, AsPath.parse("65001 {65002,65003,65004}"));
        assertSame(a, select(a, set).best(), "an AS_SET counts as one");
    }

    @Test
    void lowerOriginWins() {
        BgpPath a = path(EBGP_A, "10.0.0.1", 0, Origin.of(Origin.INCOMPLETE));
        BgpPath b = path(EBGP_B, "10.0.0.2", 0, Origin.of(Origin.EGP));
        DecisionProcess.Selection s = select(a, b);
        assertSame(b, s.best());
        assertEquals(SelectionReason.ORIGIN, s.reason());
    }

    @Test
    void lowerMedWinsOnlyBetweenPathsFromTheSameNeighbouringAs() {
        BgpPath a = path(EBGP_A, "10.0.0.1", 0, MultiExitDisc.of(50));
        BgpPath b = path(EBGP_B, "10.0.0.2", 0, MultiExitDisc.of(10));
        DecisionProcess.Selection s = select(a, b);
        assertSame(b, s.best());
        assertEquals("MED", s.reason().text());
        BgpPath other = path(EBGP_B, "10.0.0.2", 0, AsPath.parse("65009"), MultiExitDisc.of(10));
        DecisionProcess.Selection t = select(a, other);
        assertEquals(SelectionReason.OLDER, t.reason(), "different neighbouring AS: MED skipped");
        assertSame(a, t.best());
        BgpPath missing = path(EBGP_B, "10.0.0.2", 0);
        assertSame(missing, select(a, missing).best(), "a missing MED counts as 0");
    }

    @Test
    void ebgpBeatsIbgp() {
        BgpPath i = path(IBGP_C, "10.0.0.3", 0);
        BgpPath e = path(EBGP_B, "10.0.0.2", 0);
        DecisionProcess.Selection s = select(i, e);
        assertSame(e, s.best());
        assertEquals("Peer Type", s.reason().text());
    }

    @Test
    void lowerIgpMetricWins() {
        BgpPath c = path(IBGP_C, "10.0.0.3", 0);
        BgpPath d = path(IBGP_D, "10.0.0.4", 0);
        Map<String, Long> m = new HashMap<>(Map.of("10.0.0.3", 20L, "10.0.0.4", 10L));
        DecisionProcess.Selection s = select(metrics(m), c, d);
        assertSame(d, s.best());
        assertEquals(SelectionReason.IGP_METRIC, s.reason());
        m.put("10.0.0.4", 30L);
        assertSame(c, select(metrics(m), c, d).best());
    }

    @Test
    void olderEbgpPathStays() {
        BgpPath older = path(EBGP_B, "10.0.0.2", 0);
        BgpPath newer = path(EBGP_A, "10.0.0.1", 0);
        DecisionProcess.Selection s = select(older, newer);
        assertSame(older, s.best(), "although its router-id is higher");
        assertEquals("Older Path", s.reason().text());
    }

    @Test
    void lowerRouterIdWinsAndOriginatorIdCounts() {
        BgpPath d = path(IBGP_D, "10.0.0.4", 0);
        BgpPath c = path(IBGP_C, "10.0.0.3", 0);
        DecisionProcess.Selection s = select(d, c);
        assertSame(c, s.best());
        assertEquals(SelectionReason.ROUTER_ID, s.reason());
        BgpPath reflected = path(IBGP_C, "10.0.0.3", 0, new OriginatorId(Ipv4Addresses.parse("8.8.8.8"),
                dev.ferry.bgpd.attr.AttributeType.OPTIONAL_NON_TRANSITIVE));
        assertSame(d, select(d, reflected).best());
    }

    @Test
    void lowerPeerAddressIsTheLastTieBreak() {
        PathSource c2 = peer(PathSource.Kind.IBGP, "10.0.0.9", "3.3.3.3", 65000);
        BgpPath high = path(c2, "10.0.0.9", 0);
        BgpPath low = path(IBGP_C, "10.0.0.3", 0);
        DecisionProcess.Selection s = select(high, low);
        assertSame(low, s.best());
        assertEquals("Neighbor IP", s.reason().text());
        assertFalse(DecisionProcess.beats(high, low, NexthopView.ALL_REACHABLE));
        assertTrue(DecisionProcess.beats(low, high, NexthopView.ALL_REACHABLE));
    }

    @Test
    void shorterClusterListWinsBeforeTheNeighborAddress() {
        int originator = Ipv4Addresses.parse("7.7.7.7");
        PathSource c2 = peer(PathSource.Kind.IBGP, "10.0.0.9", "3.3.3.3", 65000);
        BgpPath twice = path(IBGP_C, "10.0.0.3", 0, OriginatorId.of(originator),
                ClusterList.of(Ipv4Addresses.parse("1.0.0.1"), Ipv4Addresses.parse("1.0.0.2")));
        BgpPath once = path(c2, "10.0.0.9", 0, OriginatorId.of(originator),
                ClusterList.of(Ipv4Addresses.parse("1.0.0.3")));
        DecisionProcess.Selection s = select(twice, once);
        assertSame(once, s.best(), "the lower neighbor address would have picked the other path");
        assertEquals("Cluster length", s.reason().text());
    }

    // ---- multipath -------------------------------------------------------------------------------------

    private static DecisionProcess.Selection selectMultipath(Multipath m, NexthopView v, BgpPath... paths) {
        return DecisionProcess.select(List.of(paths), v, m);
    }

    @Test
    void equalEbgpPathsFromTheSameAsShareTheLoad() {
        BgpPath a = path(EBGP_A, "10.0.0.1", 0);
        BgpPath b = path(EBGP_B, "10.0.0.2", 0);
        DecisionProcess.Selection s = selectMultipath(new Multipath(64, 64), NexthopView.ALL_REACHABLE, a, b);
        assertSame(a, s.best());
        assertEquals(List.of(b), s.multipaths());
        assertTrue(s.isMultipath(a) && s.isMultipath(b));
        assertEquals("Older Path", s.reason().text(), "multipath does not change why the best won");
        assertEquals(List.of(), selectMultipath(Multipath.NONE, NexthopView.ALL_REACHABLE, a, b).multipaths());
        assertFalse(select(a, b).isMultipath(a), "without a set the best is not marked multipath");
    }

    @Test
    void differentNeighbouringAsesShareOnlyWithMultipathRelax() {
        PathSource other = peer(PathSource.Kind.EBGP, "10.0.0.5", "5.5.5.5", 65005);
        BgpPath a = path(EBGP_A, "10.0.0.1", 0);
        BgpPath b = path(other, "10.0.0.5", 0, AsPath.parse("65005"));
        assertEquals(List.of(), selectMultipath(new Multipath(64, 64), NexthopView.ALL_REACHABLE, a, b).multipaths());
        assertEquals(List.of(b), selectMultipath(new Multipath(64, 64, true, false), NexthopView.ALL_REACHABLE, a, b)
                .multipaths());
    }

    @Test
    void aDifferenceUpToTheIgpMetricExcludesAPath() {
        BgpPath a = path(EBGP_A, "10.0.0.1", 0);
        BgpPath med = path(EBGP_B, "10.0.0.2", 0, MultiExitDisc.of(5));
        assertEquals(List.of(), selectMultipath(new Multipath(64, 64), NexthopView.ALL_REACHABLE, a, med)
                .multipaths());
        BgpPath b = path(EBGP_B, "10.0.0.2", 0);
        NexthopView farther = metrics(Map.of("10.0.0.1", 10L, "10.0.0.2", 20L));
        assertEquals(List.of(), selectMultipath(new Multipath(64, 64), farther, a, b).multipaths());
        NexthopView same = metrics(Map.of("10.0.0.1", 10L, "10.0.0.2", 10L));
        assertEquals(List.of(b), selectMultipath(new Multipath(64, 64), same, a, b).multipaths());
        NexthopView unreachable = metrics(Map.of("10.0.0.1", 10L));
        assertEquals(List.of(), selectMultipath(new Multipath(64, 64), unreachable, a, b).multipaths());
    }

    @Test
    void ibgpPathsNeedTheSameAsPathAndTheIbgpLimit() {
        BgpPath c = path(IBGP_C, "10.0.0.3", 0);
        BgpPath d = path(IBGP_D, "10.0.0.4", 0);
        assertEquals(List.of(d), selectMultipath(new Multipath(1, 2), NexthopView.ALL_REACHABLE, c, d).multipaths());
        assertEquals(List.of(), selectMultipath(new Multipath(8, 1), NexthopView.ALL_REACHABLE, c, d).multipaths());
        BgpPath other = path(IBGP_D, "10.0.0.4", 0, AsPath.parse("65009"));
        assertEquals(List.of(), selectMultipath(new Multipath(8, 8), NexthopView.ALL_REACHABLE, c, other)
                .multipaths());
        BgpPath reflected = path(IBGP_D, "10.0.0.4", 0, ClusterList.of(1));
        assertEquals(List.of(reflected), selectMultipath(new Multipath(8, 8), NexthopView.ALL_REACHABLE, c, reflected)
                .multipaths());
        assertEquals(List.of(), selectMultipath(new Multipath(8, 8, false, true), NexthopView.ALL_REACHABLE, c,
                reflected).multipaths(), "equal-cluster-length");
    }

    @Test
    void theLimitCountsTheBestAndNextHopsAreNotRepeated() {
        PathSource e3 = peer(PathSource.Kind.EBGP, "10.0.0.6", "6.6.6.6", 65001);
        PathSource e4 = peer(PathSource.Kind.EBGP, "10.0.0.7", "7.7.7.7", 65001);
        BgpPath a = path(EBGP_A, "10.0.0.1", 0);
        BgpPath b = path(EBGP_B, "10.0.0.2", 0);
        BgpPath sameAsBest = path(e3, "10.0.0.1", 0);
        BgpPath c = path(e4, "10.0.0.7", 0);
        DecisionProcess.Selection s = selectMultipath(new Multipath(2, 2), NexthopView.ALL_REACHABLE, a, b,
                sameAsBest, c);
        assertSame(a, s.best());
        assertEquals(List.of(b), s.multipaths(), "two paths at most, the lowest neighbor address first");
        DecisionProcess.Selection all = selectMultipath(new Multipath(64, 64), NexthopView.ALL_REACHABLE, a, b,
                sameAsBest, c);
        assertEquals(List.of(b, c), all.multipaths(), "a path through the best's next hop adds nothing");
    }
}
