package dev.ferry.zebra.rib;

import static dev.ferry.zebra.rib.RibTestBed.p;
import static dev.ferry.zebra.rib.RibTestBed.via;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A route entry gives back every value it was added with, whether it is kept inline or in its shared extras
 * (metric, tag, instance, the high half of the operation id, the second it was added in), and so do the FIB
 * ops made from it.
 */
class RouteEntryTest {
    private final RouteExtras.Cache cache = new RouteExtras.Cache();
    private final NexthopGroup group = new NexthopGroup(List.of(via(0, "10.1.1.254")));

    private RouteEntry entry(int instance, int metric, int tag, long opId) {
        return new RouteEntry(RouteType.OSPF, instance, 255, metric, tag, RouteEntry.CLIENT_FLAGS, group, 42, opId,
                cache);
    }

    @Test
    void anEntryWithNoRareValuesReadsZeros() {
        RouteEntry e = entry(0, 0, 0, 7);
        assertEquals(0, e.metric());
        assertEquals(0, e.tag());
        assertEquals(0, e.instance());
        assertEquals(7, e.opId());
        assertEquals(RouteType.OSPF, e.type());
        assertEquals(255, e.distance());
        assertEquals(42, e.uptimeSeconds());
        assertEquals(RouteEntry.CLIENT_FLAGS, e.flags());
        assertSame(cache.of(0, 0, 0, 0, 42), cache.of(0, 0, 0, 0, 42), "entries of one second share their extras");
        assertEquals(43, new RouteEntry(RouteType.OSPF, 0, 255, 0, 0, 0, group, 43, 7, cache).uptimeSeconds());
    }

    @Test
    void rareValuesRoundTripAtTheirLimits() {
        RouteEntry e = entry(0xffff, -1, 0x80000000, -1L); // uint32 metric and tag, uint64 id, all bits set
        assertEquals(-1, e.metric());
        assertEquals(0x80000000, e.tag());
        assertEquals(0xffff, e.instance());
        assertEquals(-1L, e.opId());
        assertEquals(0xffffffffL, entry(0, 0, 0, 0xffffffffL).opId());
        assertEquals(1L << 32, entry(0, 0, 0, 1L << 32).opId());
        assertEquals(0x1_2345_6789L, entry(3, 20, 0, 0x1_2345_6789L).opId());
        assertEquals(0x2345, entry(0x12345, 0, 0, 0).instance(), "instances are 16 bits, as FRR's");
    }

    @Test
    void entriesWithTheSameRareValuesShareThem() {
        RouteExtras med = cache.of(100, 0, 0, 0, 42);
        assertSame(med, cache.of(100, 0, 0, 0, 42));
        assertNotSame(med, cache.of(100, 1, 0, 0, 42));
        assertNotSame(med, cache.of(100, 0, 0, 0, 43));
        for (int m = 1; m < 5000; m++) { // past the cache's slots: misses still give the right values
            RouteEntry e = entry(m % 7, m, m * 3, (long) m << 32 | m);
            assertEquals(m, e.metric());
            assertEquals(m * 3, e.tag());
            assertEquals(m % 7, e.instance());
            assertEquals((long) m << 32 | m, e.opId());
            assertEquals(42, e.uptimeSeconds());
        }
    }

    @Test
    void ferrysCountingFlagsAreNotShownAndClientsCannotSetThem() {
        RouteEntry e = new RouteEntry(RouteType.BGP, 0, 20, 0, 0, 0xffff, group, 0, 0, cache);
        assertEquals(RouteEntry.CLIENT_FLAGS, e.flags());
        e.setFlag(RouteEntry.COUNTED_RIB | RouteEntry.COUNTED_FIB | RouteEntry.FLAG_SELECTED);
        assertTrue(e.hasFlag(RouteEntry.COUNTED_RIB) && e.hasFlag(RouteEntry.COUNTED_FIB));
        assertEquals(RouteEntry.CLIENT_FLAGS | RouteEntry.FLAG_SELECTED, e.flags());
        e.clearFlag(RouteEntry.COUNTED_FIB);
        assertFalse(e.hasFlag(RouteEntry.COUNTED_FIB));
        assertTrue(e.isSelected());
    }

    @Test
    void aClientRouteKeepsItsValuesThroughTheRibAndIntoItsFibOps() {
        RibTestBed t = new RibTestBed();
        t.fib.keepLog(true);
        t.iface(0, 2, "eth0", "10.1.1.2/24", "2001:db8:1::2/64");
        t.rib.addRoute(new RouteUpdate(0, p("9.9.9.0/24"), RouteType.OSPF, 2, 110, 300, 77, 0,
                List.of(via(0, "10.1.1.254"))), 0x1_0000_0005L);
        t.rib.addRoute(new RouteUpdate(0, p("2001:db8:9::/48"), RouteType.OSPF6, 0, 110, 0, 0, 0,
                List.of(via(0, "2001:db8:1::1"))), 6);
        t.settle();

        RouteEntry e = t.rib.route(0, p("9.9.9.0/24")).selected();
        assertEquals(List.of(2, 300, 77, 110, 0x1_0000_0005L), List.of(e.instance(), e.metric(), e.tag(),
                e.distance(), e.opId()));
        RouteOp op = (RouteOp) t.fib.ops().stream().filter(o -> o instanceof RouteOp r
                && r.prefix().equals(p("9.9.9.0/24"))).findFirst().orElseThrow();
        assertEquals(List.of(0, 254, RouteType.OSPF, 110, 300), List.of(op.vrfId(), op.tableId(), op.type(),
                op.distance(), op.metric()));
        RouteOp op6 = (RouteOp) t.fib.ops().stream().filter(o -> o instanceof RouteOp r
                && r.prefix().equals(p("2001:db8:9::/48"))).findFirst().orElseThrow();
        assertEquals(List.of(RouteType.OSPF6, 0), List.of(op6.type(), op6.metric()));
        assertEquals(6, t.rib.route(0, p("2001:db8:9::/48")).selected().opId());

        assertFalse(t.rib.deleteRoute(0, p("9.9.9.0/24"), RouteType.OSPF, 0), "instance 2's route, not 0's");
        assertTrue(t.rib.deleteRoute(0, p("9.9.9.0/24"), RouteType.OSPF, 2));
        t.settle();
        assertNull(t.fib.route(254, p("9.9.9.0/24")));
        RouteOp delete = (RouteOp) t.fib.ops().getLast();
        assertEquals(List.of(FibOp.Action.DELETE, p("9.9.9.0/24"), 300), List.of(delete.action(), delete.prefix(),
                delete.metric()));
    }
}
