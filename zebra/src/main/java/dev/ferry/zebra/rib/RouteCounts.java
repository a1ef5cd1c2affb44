package dev.ferry.zebra.rib;

/**
 * Entries and installed entries per route type in one table, kept as the entries change, so that `show ip
 * route summary` answers at once at any table size (FRR walks the whole table each time; polled under a full
 * table, that walk took a sixth of zebra's loop). An entry is counted once processed: its node's processing
 * and the kernel's answers {@link #recount} the node, and each entry remembers what it was counted as
 * ({@link RouteEntry#COUNTED_RIB}, {@link RouteEntry#COUNTED_FIB}), so a recount only applies differences.
 * iBGP routes are counted apart from eBGP ones, as FRR shows them.
 */
public final class RouteCounts {
    private static final RouteType[] TYPES = RouteType.values();
    private static final int IBGP = TYPES.length;

    private final long[] rib = new long[TYPES.length + 1];
    private final long[] fib = new long[TYPES.length + 1];

    /** Brings the node's entries' counts up to date: not removed, and installed among them. */
    void recount(RouteNode node) {
        for (RouteEntry e = node.head; e != null; e = e.next) {
            boolean inRib = !e.isRemoved();
            boolean inFib = inRib && e.isInstalled();
            int slot = e.type() == RouteType.BGP && e.hasFlag(RouteEntry.FLAG_IBGP) ? IBGP : e.type().ordinal();
            if (inRib != e.hasFlag(RouteEntry.COUNTED_RIB)) {
                rib[slot] += inRib ? 1 : -1;
                e.flags ^= RouteEntry.COUNTED_RIB;
            }
            if (inFib != e.hasFlag(RouteEntry.COUNTED_FIB)) {
                fib[slot] += inFib ? 1 : -1;
                e.flags ^= RouteEntry.COUNTED_FIB;
            }
        }
    }

    /** Entries of {@code type} (for BGP: eBGP ones) in the table. */
    public long rib(RouteType type) {
        return rib[type.ordinal()];
    }

    /** Of those, the entries in the kernel. */
    public long fib(RouteType type) {
        return fib[type.ordinal()];
    }

    public long ibgpRib() {
        return rib[IBGP];
    }

    public long ibgpFib() {
        return fib[IBGP];
    }
}
