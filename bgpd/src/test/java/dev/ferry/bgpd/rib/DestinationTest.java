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
import java.util.List;
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

    @Test
    void usesNexthopSeesLearnedPathsOnly() {
        d.put(a, path(a, "65001"));
        d.put(b, path(b, "65002"));
        assertTrue(d.usesNexthop(IpAddresses.parse("10.0.0.2")));
        assertFalse(d.usesNexthop(IpAddresses.parse("10.0.0.3")));
    }
}
