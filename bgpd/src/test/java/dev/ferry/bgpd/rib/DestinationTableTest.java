package dev.ferry.bgpd.rib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Ipv6Prefix;
import dev.ferry.bgpd.nlri.Prefix;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The chained table finds, adds and removes destinations as a HashMap would, through growth and through
 * removals at the head, middle and end of bucket chains, by prefix or by destination; IPv4 destinations, which
 * keep no prefix object, give back their prefix as it was added.
 */
class DestinationTableTest {

    @Test
    void randomAddsAndRemovesMatchAHashMap() {
        DestinationTable t = new DestinationTable();
        Map<Prefix, Destination> ref = new HashMap<>();
        Random r = new Random(9);
        for (int step = 0; step < 200_000; step++) {
            // few distinct prefixes, so that runs collide and removals hit the middle of runs
            Prefix p = r.nextInt(8) == 0 ? new Ipv6Prefix(0x20010db800000000L, r.nextInt(3000), 64)
                    : new Ipv4Prefix(0x0a000000 + (r.nextInt(3000) << 8), 24);
            if (r.nextInt(3) == 0) {
                Destination d = ref.remove(p);
                if (d != null && r.nextBoolean()) {
                    t.remove(d);
                } else {
                    t.remove(p);
                }
            } else {
                Destination d = t.getOrAdd(p);
                Destination was = ref.putIfAbsent(p, d);
                if (was != null) {
                    assertSame(was, d);
                }
            }
            if (step % 10_000 == 0) {
                check(t, ref);
            }
        }
        check(t, ref);
        for (Prefix p : new HashSet<>(ref.keySet())) {
            t.remove(p);
        }
        assertEquals(0, t.size());
        assertEquals(0, t.stream().count());
    }

    private static void check(DestinationTable t, Map<Prefix, Destination> ref) {
        assertEquals(ref.size(), t.size());
        assertEquals(new HashSet<>(ref.values()), new HashSet<>(t));
        for (Map.Entry<Prefix, Destination> e : ref.entrySet()) {
            assertSame(e.getValue(), t.get(e.getKey()));
        }
        assertNull(t.get(new Ipv4Prefix(0x0b000000, 24)));
    }

    @Test
    void aMillionConsecutivePrefixes() {
        DestinationTable t = new DestinationTable();
        for (int i = 0; i < 1_000_000; i++) {
            t.getOrAdd(new Ipv4Prefix(0x10000000 + (i << 8), 24));
        }
        assertEquals(1_000_000, t.size());
        for (int i = 0; i < 1_000_000; i += 2) {
            t.remove(new Ipv4Prefix(0x10000000 + (i << 8), 24));
        }
        assertEquals(500_000, t.size());
        for (int i = 0; i < 1_000_000; i++) {
            Destination d = t.get(new Ipv4Prefix(0x10000000 + (i << 8), 24));
            assertEquals(i % 2 == 1, d != null, "prefix " + i);
        }
    }

    @Test
    void destinationsGiveBackTheirPrefix() {
        DestinationTable t = new DestinationTable();
        Prefix hostBits = Ipv4Prefix.parse("10.0.0.1/24");
        Prefix v6 = Ipv6Prefix.parse("2001:db8::/32");
        Prefix vpnInner = new Ipv4Prefix(0xc0a80200, 32);
        for (Prefix p : new Prefix[] {hostBits, v6, vpnInner, new Ipv4Prefix(0, 0), new Ipv6Prefix(0, 0, 0)}) {
            Destination d = t.getOrAdd(p);
            assertEquals(p, d.prefix());
            assertEquals(p.hashCode(), d.prefixHash());
            assertTrue(d.matches(p));
        }
        assertEquals(5, t.size(), "::/0 and 0.0.0.0/0 are two destinations");
        assertSame(v6, t.get(v6).prefix(), "other families keep their prefix object");
        assertFalse(t.get(hostBits).matches(Ipv4Prefix.parse("10.0.0.0/24")));
        assertFalse(t.get(hostBits).matches(Ipv4Prefix.parse("10.0.0.1/25")));
        assertFalse(t.get(new Ipv4Prefix(0, 0)).matches(new Ipv6Prefix(0, 0, 0)));
        assertFalse(t.get(new Ipv6Prefix(0, 0, 0)).matches(new Ipv4Prefix(0, 0)));
        assertEquals(Set.of(hostBits, v6, vpnInner, new Ipv4Prefix(0, 0), new Ipv6Prefix(0, 0, 0)),
                t.stream().map(Destination::prefix).collect(Collectors.toSet()));
        t.remove(t.get(v6));
        t.remove(hostBits);
        assertNull(t.get(v6));
        assertNull(t.get(hostBits));
        assertEquals(3, t.size());
    }

    @Test
    void changingTheTableWhileIteratingFailsFast() {
        DestinationTable t = new DestinationTable();
        t.getOrAdd(Ipv4Prefix.parse("10.0.0.0/24"));
        t.getOrAdd(Ipv4Prefix.parse("10.0.1.0/24"));
        Iterator<Destination> it = t.iterator();
        it.next();
        t.remove(Ipv4Prefix.parse("10.0.0.0/24"));
        assertThrows(ConcurrentModificationException.class, it::next);
    }
}
