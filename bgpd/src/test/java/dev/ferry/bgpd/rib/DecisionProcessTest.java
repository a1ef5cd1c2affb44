package dev.ferry.bgpd.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
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
}
