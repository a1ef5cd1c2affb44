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
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Loc-RIB reports best-path changes only, withdraws a source's paths, and re-selects on nexthop changes. */
class RibTableTest {
    private final List<String> changes = new ArrayList<>();
    private final Set<String> reachable = new HashSet<>(Set.of("10.0.0.1", "10.0.0.2"));
    private final NexthopView view = new NexthopView() {
        @Override
        public boolean reachable(byte[] a) {
            return reachable.contains(IpAddresses.format(a));
        }

        @Override
        public long metric(byte[] a) {
            return 0;
        }
    };
    private final RibTable rib = new RibTable(view, (d, old) -> changes.add(d.prefix() + " "
            + (d.best() == null ? "none" : d.best().source().addressText())));
    private final PathSource a = new PathSource(PathSource.Kind.EBGP, IpAddresses.parse("10.0.0.1"),
            Ipv4Addresses.parse("1.1.1.1"), 65001);
    private final PathSource b = new PathSource(PathSource.Kind.EBGP, IpAddresses.parse("10.0.0.2"),
            Ipv4Addresses.parse("2.2.2.2"), 65002);
    private long n;

    private BgpPath path(PathSource s, String asPath) {
        return new BgpPath(s, PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse(asPath)), s.address(), 0,
                LocalOrigin.NONE, ++n, 0);
    }

    @Test
    void bestChangesAreReportedOnceAndWithdrawalsFallBack() {
        Prefix p = Prefix.parse("192.0.2.0/24");
        rib.update(p, path(a, "65001 65009"));
        rib.update(p, path(b, "65002"));
        rib.update(p, path(b, "65002"));
        assertEquals(List.of("192.0.2.0/24 10.0.0.1", "192.0.2.0/24 10.0.0.2"), changes);
        assertEquals(SelectionReason.AS_PATH, rib.get(p).reason());
        rib.withdraw(p, b);
        assertEquals("192.0.2.0/24 10.0.0.1", changes.get(2));
        assertEquals(1, rib.withdrawAll(a));
        assertEquals("192.0.2.0/24 none", changes.get(3));
        assertNull(rib.get(p));
    }

    @Test
    void anUnreachableNextHopHandsTheBestToTheOtherPath() {
        Prefix p = Prefix.parse("198.51.100.0/24");
        rib.update(p, path(b, "65002"));
        rib.update(p, path(a, "65001 65009"));
        assertSame(b, rib.get(p).best().source());
        reachable.remove("10.0.0.2");
        rib.nexthopChanged(IpAddresses.parse("10.0.0.2"));
        assertSame(a, rib.get(p).best().source());
        assertEquals(Set.of("10.0.0.1", "10.0.0.2"), rib.nexthops());
        rib.withdraw(p, b);
        assertEquals(Set.of("10.0.0.1"), rib.nexthops());
    }

    @Test
    void aChangeOfTheMultipathSetAloneIsReported() {
        Prefix p = Prefix.parse("203.0.113.0/24");
        rib.multipath(new Multipath(64, 64, true, false));
        rib.update(p, path(a, "65001"));
        rib.update(p, path(b, "65002"));
        assertEquals(List.of("203.0.113.0/24 10.0.0.1", "203.0.113.0/24 10.0.0.1"), changes,
                "the second path joins the set: reported with the same best");
        assertEquals(1, rib.get(p).multipaths().size());
        rib.multipath(new Multipath(1, 1, true, false));
        assertEquals(3, changes.size(), "a lower limit shrinks the set at once");
        assertEquals(List.of(), rib.get(p).multipaths());
    }

    @Test
    void aNexthopChangeReselectsExactlyThePrefixesUsingIt() {
        PathSource c = new PathSource(PathSource.Kind.EBGP, IpAddresses.parse("10.0.0.3"),
                Ipv4Addresses.parse("3.3.3.3"), 65003);
        reachable.add("10.0.0.3");
        Prefix viaB = Prefix.parse("10.1.0.0/24");
        Prefix viaBAndC = Prefix.parse("10.2.0.0/24");
        Prefix viaC = Prefix.parse("10.3.0.0/24");
        rib.update(viaB, path(b, "65002"));
        rib.update(viaBAndC, path(b, "65002"));
        rib.update(viaBAndC, path(c, "65003 65009"));
        rib.update(viaC, path(c, "65003"));
        changes.clear();
        reachable.remove("10.0.0.3");
        rib.nexthopChanged(IpAddresses.parse("10.0.0.1"));
        assertEquals(List.of(), changes, "no path uses 10.0.0.1: nothing re-run");
        reachable.remove("10.0.0.2");
        rib.nexthopChanged(IpAddresses.parse("10.0.0.2"));
        assertEquals(Set.of("10.1.0.0/24 none", "10.2.0.0/24 none"), new HashSet<>(changes),
                "the prefixes with a path via 10.0.0.2; 10.3.0.0/24 waits for its own next hop's news");
        changes.clear();
        rib.nexthopChanged(IpAddresses.parse("10.0.0.3"));
        assertEquals(List.of("10.3.0.0/24 none"), changes, "10.2.0.0/24 had no best already");
        reachable.add("10.0.0.3");
        changes.clear();
        rib.nexthopChanged(IpAddresses.parse("10.0.0.3"));
        assertEquals(Set.of("10.2.0.0/24 10.0.0.3", "10.3.0.0/24 10.0.0.3"), new HashSet<>(changes));
    }

    @Test
    void theNexthopsInUseAreCountedWhetherPathsShareTheirBytesOrNot() {
        byte[] shared = IpAddresses.parse("10.0.0.1");
        for (int i = 0; i < 6; i++) {
            Prefix p = Prefix.parse("10.1." + i + ".0/24");
            byte[] nh = i % 3 == 0 ? IpAddresses.parse("10.0.0.2") : i % 3 == 1 ? IpAddresses.parse("10.0.0.1")
                    : shared; // 10.1.5.0/24, the last to go, too
            PathSource s = i % 3 == 0 ? b : a;
            rib.update(p, new BgpPath(s, PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse("65001")), nh, 0,
                    LocalOrigin.NONE, ++n, 0));
        }
        assertEquals(Set.of("10.0.0.1", "10.0.0.2"), rib.nexthops());
        rib.withdrawAll(b);
        assertEquals(Set.of("10.0.0.1"), rib.nexthops(), "10.0.0.2's last path went");
        for (int i = 0; i < 6; i++) {
            rib.withdraw(Prefix.parse("10.1." + i + ".0/24"), a);
            assertEquals(i == 5 ? Set.of() : Set.of("10.0.0.1"), rib.nexthops(), "after 10.1." + i + ".0/24");
        }
        rib.update(Prefix.parse("10.1.9.0/24"), new BgpPath(a, PathAttributes.of(Origin.of(Origin.IGP),
                AsPath.parse("65001")), shared, 0, LocalOrigin.NONE, ++n, 0));
        assertEquals(Set.of("10.0.0.1"), rib.nexthops(), "counted again after its count went to 0");
    }

    @Test
    void updateAndWithdrawSayWhetherTheSourcesPathCameOrWent() {
        Prefix p = Prefix.parse("10.4.0.0/24");
        assertTrue(rib.update(p, path(a, "65001")), "a new path");
        assertFalse(rib.update(p, path(a, "65001 65009")), "a replacement");
        assertTrue(rib.has(p, a));
        assertTrue(rib.update(p, path(b, "65002")), "another source's first path");
        assertEquals(2, rib.pathCount());
        assertTrue(rib.withdraw(p, a));
        assertFalse(rib.withdraw(p, a), "already gone");
        assertFalse(rib.has(p, a));
        assertFalse(rib.withdraw(Prefix.parse("10.5.0.0/24"), a), "never there");
        assertEquals(Set.of("10.0.0.2"), rib.nexthops());
    }
}
