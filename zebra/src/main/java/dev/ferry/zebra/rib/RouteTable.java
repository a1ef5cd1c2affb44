package dev.ferry.zebra.rib;

import dev.ferry.lib.net.PrefixHash;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * The prefixes of one (VRF, AFI): an open-addressing hash table of nodes plus a count of prefixes per
 * length. Chosen over FRR's binary trie for memory: a trie needs up to one glue node per prefix on top of the
 * prefix nodes (a million /24s: ~2M nodes), this costs one array slot per prefix. Longest-prefix match probes
 * only the lengths present (few in practice; at most 33 for IPv4). The walk in FRR's order (for `show`) sorts
 * the nodes, which is cheap next to printing them.
 *
 * <p>Each slot has a tag byte: 0 when empty, else seven more bits of its node's hash. A probe reads the tags,
 * which lie side by side, and opens a node only when its tag matches. Without them, adding a new prefix to a
 * table of a million opened ~3 nodes, each a cache miss: a fifth of zebra's loop in a full-table ingest.
 */
public final class RouteTable {
    private static final int MIN_CAPACITY = 16;
    private static final Comparator<RouteNode> TABLE_ORDER = (a, b) -> {
        int c = Long.compareUnsigned(a.hi(), b.hi());
        if (c == 0) {
            c = Long.compareUnsigned(a.lo(), b.lo());
        }
        return c != 0 ? c : Integer.compare(a.length(), b.length());
    };

    private final RibVrf vrf;
    private final Afi afi;
    private final int kernelTable;
    private RouteNode[] slots = new RouteNode[MIN_CAPACITY];
    private byte[] tags = new byte[MIN_CAPACITY];
    private int size;
    private final int[] lengthCounts;
    final RouteCounts counts = new RouteCounts();

    /** The VRF's own table of {@code afi}. */
    RouteTable(RibVrf vrf, Afi afi) {
        this(vrf, afi, 0);
    }

    /**
     * @param kernelTable the kernel table of routes added with a table id (`ip route ... table N`); 0 for the
     *     VRF's own table
     */
    RouteTable(RibVrf vrf, Afi afi, int kernelTable) {
        this.vrf = vrf;
        this.afi = afi;
        this.kernelTable = kernelTable;
        this.lengthCounts = new int[afi.bits() + 1];
    }

    /** Entries and installed entries per route type, kept up to date as nodes are processed. */
    public RouteCounts counts() {
        return counts;
    }

    /** The kernel table its routes go to (JSON "table"): the VRF's, or the one the routes were added with. */
    public int kernelTable() {
        return kernelTable != 0 ? kernelTable : vrf.tableId();
    }

    /**
     * Whether this is the VRF's own table, the one selection across protocols, nexthop resolution and tracking,
     * redistribution and the LFIB look at; false for a table of routes added with a table id (FRR's "other
     * tables", which only hold and install their own routes).
     */
    public boolean isMain() {
        return kernelTable == 0;
    }

    public RibVrf vrf() {
        return vrf;
    }

    public Afi afi() {
        return afi;
    }

    /** Number of prefixes. */
    public int size() {
        return size;
    }

    public RouteNode get(Prefix p) {
        return get(p.hi(), p.lo(), p.length());
    }

    RouteNode get(long hi, long lo, int len) {
        int h = hash(hi, lo, len);
        byte tag = tag(h);
        int mask = slots.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            byte t = tags[i];
            if (t == 0) {
                return null;
            }
            if (t == tag && slots[i].is(hi, lo, len)) {
                return slots[i];
            }
        }
    }

    RouteNode getOrCreate(Prefix p) {
        long hi = p.hi();
        long lo = p.lo();
        int len = p.length();
        int h = hash(hi, lo, len);
        byte tag = tag(h);
        int mask = slots.length - 1;
        int i = h & mask;
        for (byte t; (t = tags[i]) != 0; i = (i + 1) & mask) {
            if (t == tag && slots[i].is(hi, lo, len)) {
                return slots[i];
            }
        }
        RouteNode n = RouteNode.of(this, hi, lo, len);
        if ((size + 1) * 4 > slots.length * 3) {
            resize(slots.length * 2);
            insert(slots, tags, n, h);
        } else {
            slots[i] = n; // the free slot that ended the probe: no second probe for a new prefix
            tags[i] = tag;
        }
        size++;
        lengthCounts[p.length()]++;
        return n;
    }

    void remove(RouteNode node) {
        int mask = slots.length - 1;
        int i = hash(node.hi(), node.lo(), node.length()) & mask;
        while (slots[i] != node) {
            if (slots[i] == null) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = null;
        tags[i] = 0;
        size--;
        lengthCounts[node.length()]--;
        // Backward-shift deletion keeps every probe chain unbroken.
        for (int j = (i + 1) & mask; slots[j] != null; j = (j + 1) & mask) {
            int home = hash(slots[j]) & mask;
            boolean movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
            if (movable) {
                slots[i] = slots[j];
                tags[i] = tags[j];
                slots[j] = null;
                tags[j] = 0;
                i = j;
            }
        }
        if (slots.length > MIN_CAPACITY && size * 8 < slots.length) {
            resize(slots.length / 2);
        }
    }

    /**
     * The longest prefix of at most {@code maxLength} bits covering {@code a}, or null. Walking up from a
     * match is {@code longestMatch(a, match.length() - 1)}.
     */
    public RouteNode longestMatch(IpAddress a, int maxLength) {
        for (int len = Math.min(maxLength, afi.bits()); len >= 0; len--) {
            if (lengthCounts[len] == 0) {
                continue;
            }
            RouteNode n = get(a.hi() & Prefix.maskHi(len), a.lo() & Prefix.maskLo(len), len);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** Every node, in no particular order. */
    public void forEach(Consumer<RouteNode> action) {
        for (RouteNode n : slots.clone()) {
            if (n != null) {
                action.accept(n);
            }
        }
    }

    /** The nodes in FRR's table order (route_top / route_next). */
    public RouteNode[] sorted() {
        RouteNode[] out = new RouteNode[size];
        int k = 0;
        for (RouteNode n : slots) {
            if (n != null) {
                out[k++] = n;
            }
        }
        Arrays.sort(out, TABLE_ORDER);
        return out;
    }

    private void resize(int capacity) {
        RouteNode[] biggerSlots = new RouteNode[capacity];
        byte[] biggerTags = new byte[capacity];
        for (RouteNode n : slots) {
            if (n != null) {
                insert(biggerSlots, biggerTags, n, hash(n));
            }
        }
        slots = biggerSlots;
        tags = biggerTags;
    }

    private static void insert(RouteNode[] slots, byte[] tags, RouteNode n, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        while (tags[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = n;
        tags[i] = tag(hash);
    }

    private static int hash(long hi, long lo, int len) {
        return PrefixHash.of(hi, lo, len);
    }

    private static int hash(RouteNode n) {
        return hash(n.hi(), n.lo(), n.length());
    }

    /** The slot's tag for a node of this hash: never 0 (empty); its top bits, which no table size indexes by. */
    private static byte tag(int hash) {
        return (byte) (hash >>> 25 | 0x80);
    }

    @Override
    public String toString() {
        return "table " + vrf.name() + (isMain() ? "" : " table " + Integer.toUnsignedString(kernelTable)) + " "
                + afi.label() + " (" + size + " prefixes)";
    }
}
