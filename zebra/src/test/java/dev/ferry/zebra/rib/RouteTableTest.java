package dev.ferry.zebra.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Prefix values and the prefix table: exact lookup, longest match, FRR's walk order, removal. */
class RouteTableTest {
    private final RibVrf vrf = new RibVrf(0, "default", 254);

    @Test
    void prefixesAreMaskedAndOrderedLikeFrrTables() {
        Prefix p = Prefix.parse("10.1.1.2/24");
        assertEquals("10.1.1.0/24", p.toString());
        assertTrue(p.contains(IpAddress.parse("10.1.1.255")));
        assertTrue(Prefix.parse("10.0.0.0/8").contains(p));
        assertEquals("10.1.1.255", p.lastAddress().toString());
        assertEquals("2001:db8::/32", Prefix.parse("2001:DB8:0:1::5/32").toString());
        assertEquals("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", Prefix.parse("2001:db8::/32").lastAddress().toString());
        List<Prefix> sorted = new ArrayList<>(new TreeSet<>(List.of(Prefix.parse("10.0.1.0/24"),
                Prefix.parse("10.0.0.128/25"), Prefix.parse("10.0.0.0/24"), Prefix.parse("10.0.0.0/8"),
                Prefix.parse("9.0.0.0/8"), Prefix.parse("0.0.0.0/0"))));
        assertEquals("[0.0.0.0/0, 9.0.0.0/8, 10.0.0.0/8, 10.0.0.0/24, 10.0.0.128/25, 10.0.1.0/24]",
                sorted.toString());
        assertTrue(IpAddress.parse("fe80::1").isLinkLocal());
        assertTrue(IpAddress.parse("169.254.3.4").isLinkLocal());
        assertEquals("10.0.0.1", IpAddress.parse("::ffff:10.0.0.1").mappedIpv4().toString());
    }

    @Test
    void longestMatchWalksUpThroughPresentLengthsOnly() {
        RouteTable t = vrf.table(Afi.IPV4);
        RouteNode def = t.getOrCreate(Prefix.parse("0.0.0.0/0"));
        RouteNode eight = t.getOrCreate(Prefix.parse("10.0.0.0/8"));
        RouteNode host = t.getOrCreate(Prefix.parse("10.1.1.1/32"));
        IpAddress a = IpAddress.parse("10.1.1.1");
        assertSame(host, t.longestMatch(a, 32));
        assertSame(eight, t.longestMatch(a, 31));
        assertSame(def, t.longestMatch(a, 7));
        assertSame(def, t.longestMatch(IpAddress.parse("11.0.0.1"), 32));
        t.remove(def);
        assertNull(t.longestMatch(IpAddress.parse("11.0.0.1"), 32));
    }

    @Test
    void randomInsertsAndRemovesKeepEveryPrefixFindable() {
        Random r = new Random(7);
        churn(vrf.table(Afi.IPV4), () -> Prefix.ipv4(r.nextInt(), 8 + r.nextInt(25)));
    }

    /** IPv6 nodes keep both halves of the network (IPv4 nodes keep one int). */
    @Test
    void randomIpv6InsertsAndRemovesKeepEveryPrefixFindable() {
        Random r = new Random(11);
        churn(vrf.table(Afi.IPV6), () -> Prefix.of(Afi.IPV6, r.nextLong(), r.nextLong(), 1 + r.nextInt(128)));
    }

    private static void churn(RouteTable t, Supplier<Prefix> next) {
        Random r = new Random(3);
        List<Prefix> live = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Prefix p = next.get();
            if (t.get(p) == null) {
                t.getOrCreate(p);
                live.add(p);
            }
            if (i % 3 == 0 && !live.isEmpty()) {
                Prefix gone = live.remove(r.nextInt(live.size()));
                t.remove(t.get(gone));
                assertNull(t.get(gone));
            }
        }
        assertEquals(live.size(), t.size());
        for (Prefix p : live) {
            assertEquals(p, t.get(p).prefix());
        }
        RouteNode[] sorted = t.sorted();
        for (int i = 1; i < sorted.length; i++) {
            assertTrue(sorted[i - 1].prefix().compareTo(sorted[i].prefix()) < 0);
        }
    }

    @Test
    void ipv6TableWorksTheSameWay() {
        RouteTable t = vrf.table(Afi.IPV6);
        RouteNode ll = t.getOrCreate(Prefix.parse("fe80::/64"));
        RouteNode host = t.getOrCreate(Prefix.parse("2001:db8:ffff::2/128"));
        assertSame(ll, t.longestMatch(IpAddress.parse("fe80::5c9f:80ff:fea5:91e5"), 128));
        assertSame(host, t.longestMatch(IpAddress.parse("2001:db8:ffff::2"), 128));
        assertNull(t.longestMatch(IpAddress.parse("2001:db8:ffff::3"), 128));
        assertEquals("2001:db8:ffff::2/128", host.prefix().toString());
        assertTrue(host.isHost());
        assertTrue(host.covers(IpAddress.parse("2001:db8:ffff::2")));
        assertTrue(ll.covers(IpAddress.parse("fe80::1")));
        assertFalse(ll.covers(IpAddress.parse("fe80:0:0:1::1")));
    }
}
