package dev.ferry.bgpd.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A destination keeps one path per source in arrival order (a replaced path moves to the end) whether it holds
 * one, two or three, and selects as the decision process does, with FRR's reasons.
 */
class DestinationTest {
    private final PathSource a = source("10.0.0.1", 65001);
    private final PathSource b = source("10.0.0.2", 65002);
    private final PathSource c = source("10.0.0.3", 65003);
    private final Destination d = Destination.of(Prefix.parse("10.9.0.0/24"));
    private long n;

    private static PathSource source(String address, long as) {
        return new PathSource(PathSource.Kind.EBGP, IpAddresses.parse(address), Ipv4Addresses.parse(address), as);
    }

    private BgpPath path(PathSource s, String asPath) {
        return new BgpPath(s, PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse(asPath)), s.address(), 0,
                LocalOrigin.NONE, ++n, 0);
    }

    @Test
    void onePathIsTheBestAsTheFirstReceived() {
        BgpPath p = path(a, "65001");
        assertNull(d.put(a, p));
        assertEquals(1, d.pathCount());
        assertSame(p, d.path(a));
        assertNull(d.path(b));
        assertTrue(d.reselect(NexthopView.ALL_REACHABLE, Multipath.NONE));
        assertSame(p, d.best());
        assertEquals(SelectionReason.FIRST, d.reason());
        assertEquals(DecisionProcess.select(List.of(p), NexthopView.ALL_REACHABLE).reason(), d.reason());
        assertTrue(d.multipaths().isEmpty());
        assertFalse(d.reselect(NexthopView.ALL_REACHABLE, Multipath.NONE), "nothing changed");
    }

    @Test
    void aSinglePathWithAnUnreachableNextHopIsNoBest() {
        d.put(a, path(a, "65001"));
        NexthopView none = new NexthopView() {
            @Override
            public boolean reachable(byte[] address) {
                return false;
            }

            @Override
            public long metric(byte[] address) {
                return 0;
            }
        };
        assertFalse(d.reselect(none, Multipath.NONE), "no best before, none now");
        assertNull(d.best());
        assertEquals(SelectionReason.NONE, d.reason());
    }

    @Test
    void twoAndThreePathsKeepArrivalOrderAndAReplacedPathMovesLast() {
        BgpPath pa = path(a, "65001 65009");
        BgpPath pb = path(b, "65002");
        BgpPath pc = path(c, "65003 65009 65010");
        d.put(a, pa);
        d.put(b, pb);
        assertEquals(List.of(pa, pb), d.paths());
        d.reselect(NexthopView.ALL_REACHABLE, Multipath.NONE);
        assertSame(pb, d.best());
        assertEquals(SelectionReason.AS_PATH, d.reason());
        d.put(c, pc);
        assertEquals(List.of(pa, pb, pc), d.paths());
        assertEquals(3, d.pathCount());
        BgpPath pa2 = path(a, "65001");
        assertSame(pa, d.put(a, pa2));
        assertEquals(List.of(pb, pc, pa2), d.paths(), "the replaced path is the newest");
        assertFalse(d.reselect(NexthopView.ALL_REACHABLE, Multipath.NONE), "the best stays");
        assertSame(pb, d.best(), "two eBGP paths of equal length: the older stays");
        assertEquals(SelectionReason.OLDER, d.reason());
    }

    @Test
    void withdrawalsKeepTheOthersInOrderDownToNone() {
        BgpPath pa = path(a, "65001");
        BgpPath pb = path(b, "65002");
        BgpPath pc = path(c, "65003");
        d.put(a, pa);
        d.put(b, pb);
        d.put(c, pc);
        assertNull(d.put(source("10.0.0.4", 65004), null), "a source without a path withdraws nothing");
        assertSame(pb, d.put(b, null));
        assertEquals(List.of(pa, pc), d.paths());
        assertSame(pa, d.put(a, null));
        assertEquals(List.of(pc), d.paths());
        assertTrue(d.reselect(NexthopView.ALL_REACHABLE, Multipath.NONE));
        assertSame(pc, d.best());
        assertEquals(SelectionReason.FIRST, d.reason());
        assertSame(pc, d.put(c, null));
        assertTrue(d.isEmpty());
        assertEquals(0, d.pathCount());
        assertTrue(d.reselect(NexthopView.ALL_REACHABLE, Multipath.NONE));
        assertNull(d.best());
        assertEquals(SelectionReason.NONE, d.reason());
    }

    @Test
    void multipathsAreSelectedAndFlagged() {
        BgpPath pa = path(a, "65001");
        BgpPath pb = path(b, "65002");
        d.put(a, pa);
        d.put(b, pb);
        assertTrue(d.reselect(NexthopView.ALL_REACHABLE, new Multipath(4, 4, true, false)));
        assertSame(pa, d.best());
        assertEquals(List.of(pb), d.multipaths());
        assertTrue(d.isMultipath(pa));
        assertTrue(d.isMultipath(pb));
        assertTrue(d.reselect(NexthopView.ALL_REACHABLE, Multipath.NONE), "the set shrank");
        assertTrue(d.multipaths().isEmpty());
        assertFalse(d.isMultipath(pa));
    }

    /**
     * Against a model of the destination (a list in arrival order, the selection made by the decision process
     * over it, a change being a new best path or multipath set): random puts and withdrawals of five sources,
     * with ties for ECMP, next hops going down and multipath switched on and off between reselects.
     */
    @Test
    void randomChangesSelectAsTheDecisionProcessOverTheList() {
        Random r = new Random(4);
        PathSource[] sources = new PathSource[5];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = source("10.0.0." + (i + 1), 65001 + i);
        }
        Set<Integer> down = new HashSet<>();
        NexthopView view = new NexthopView() {
            @Override
            public boolean reachable(byte[] address) {
                return !down.contains(address[3] & 0xff);
            }

            @Override
            public long metric(byte[] address) {
                return 0;
            }
        };
        Destination dest = Destination.of(Prefix.parse("2001:db8::/32"));
        List<BgpPath> model = new ArrayList<>();
        BgpPath modelBest = null;
        List<BgpPath> modelMultipaths = List.of();
        int ecmp = 0;
        int changes = 0;
        for (int step = 0; step < 20_000; step++) {
            for (int puts = r.nextInt(3); puts > 0; puts--) {
                PathSource s = sources[r.nextInt(sources.length)];
                BgpPath p = r.nextInt(3) == 0 ? null : new BgpPath(s, PathAttributes.of(Origin.of(Origin.IGP),
                        AsPath.parse(r.nextBoolean() ? "65001" : "65001 65009")),
                        IpAddresses.parse("10.0.0." + (1 + r.nextInt(4))), 0, LocalOrigin.NONE, ++n, 0);
                BgpPath was = model.stream().filter(x -> x.source() == s).findFirst().orElse(null);
                model.remove(was);
                if (p != null) {
                    model.add(p);
                }
                assertSame(was, dest.put(s, p));
                assertEquals(model, dest.paths());
                assertTrue(dest.best() == null || dest.best() == modelBest, "the best until the reselect, or none");
            }
            down.clear();
            if (r.nextInt(4) == 0) {
                down.add(1 + r.nextInt(4));
            }
            Multipath m = r.nextBoolean() ? Multipath.NONE : new Multipath(4, 4, r.nextBoolean(), false);
            DecisionProcess.Selection want = model.isEmpty() ? DecisionProcess.Selection.NONE
                    : DecisionProcess.select(model, view, m);
            boolean changed = modelBest != want.best() || !modelMultipaths.equals(want.multipaths());
            assertEquals(changed, dest.reselect(view, m), "step " + step);
            ecmp += want.multipaths().isEmpty() ? 0 : 1;
            changes += changed ? 1 : 0;
            modelBest = want.best();
            modelMultipaths = want.multipaths();
            assertSame(want.best(), dest.best());
            assertEquals(want.reason(), dest.reason());
            assertEquals(want.multipaths(), dest.multipaths());
            assertEquals(model, dest.paths());
            assertEquals(model.size(), dest.pathCount());
            assertEquals(model.isEmpty(), dest.isEmpty());
            for (BgpPath p : model) {
                assertSame(p, dest.path(p.source()));
                assertEquals(want.isMultipath(p), dest.isMultipath(p));
                assertTrue(dest.usesNexthop(p.nextHopBytes()));
            }
        }
        assertTrue(ecmp > 1000 && changes > 2000 && changes < 18_000, ecmp + " with ECMP, " + changes + " changes");
    }

    @Test
    void usesNexthopSeesLearnedPathsOnly() {
        d.put(a, path(a, "65001"));
        d.put(b, path(b, "65002"));
        assertTrue(d.usesNexthop(IpAddresses.parse("10.0.0.2")));
        assertFalse(d.usesNexthop(IpAddresses.parse("10.0.0.3")));
    }
}
