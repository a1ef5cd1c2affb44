package dev.ferry.bgpd.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
    private final RibTable rib = new RibTable(view, (p, old, best) -> changes.add(p + " " + (best == null ? "none"
            : best.source().addressText())));
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
}
