package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The tracked nexthop addresses of all VRFs and the re-evaluation that follows route changes (FRR's
 * zebra_rnh.c). After the RIB processes a node whose FIB state changed, every tracked address under that
 * prefix is marked dirty; at the end of the batch the dirty ones are looked up again. When the RIB view of
 * one changes, the nexthop groups resolved through it become stale and the routes holding them are queued
 * to resolve again; when the client view changes, the registered clients are told.
 */
final class NexthopTracker {
    private final Rib rib;
    /** Per (VRF id, AFI): address to tracked entry, ordered so a prefix finds the addresses it covers. */
    private final Map<Long, NavigableMap<IpAddress, Rnh>> byVrf = new HashMap<>();
    private final List<Rnh> dirty = new ArrayList<>();
    private boolean staleGroups;
    /**
     * The {@link #byVrf} entry of {@code lastKey} as {@link #nodeChanged} looked it up last (null: none tracked
     * there), while {@code lastValid}: every route install asks, nearly always about one (VRF, AFI).
     */
    private boolean lastValid;
    private long lastKey;
    private NavigableMap<IpAddress, Rnh> lastMap;

    NexthopTracker(Rib rib) {
        this.rib = rib;
    }

    private static long key(int vrfId, Afi afi) {
        return ((long) vrfId << 1) | afi.ordinal();
    }

    /** The tracked entry of {@code address} in {@code vrf}, created (and looked up) if new. */
    Rnh acquire(RibVrf vrf, IpAddress address) {
        NavigableMap<IpAddress, Rnh> m = byVrf.computeIfAbsent(key(vrf.id(), address.afi()), k -> new TreeMap<>());
        lastValid = false;
        Rnh r = m.get(address);
        if (r == null) {
            r = new Rnh(vrf, address);
            r.evaluateRib();
            r.evaluateClients();
            m.put(address, r);
        }
        return r;
    }

    Rnh find(int vrfId, IpAddress address) {
        NavigableMap<IpAddress, Rnh> m = byVrf.get(key(vrfId, address.afi()));
        return m == null ? null : m.get(address);
    }

    /** Forgets the entry once nothing depends on it and no client tracks it. */
    void dropIfUnused(Rnh r) {
        if (!r.isUnused()) {
            return;
        }
        NavigableMap<IpAddress, Rnh> m = byVrf.get(key(r.vrf.id(), r.address.afi()));
        if (m != null && m.get(r.address) == r) {
            m.remove(r.address);
            if (m.isEmpty()) {
                byVrf.remove(key(r.vrf.id(), r.address.afi()));
                lastValid = false;
            }
        }
    }

    /** A node's FIB state changed: the tracked addresses it covers must be looked up again. */
    void nodeChanged(RouteNode n) {
        long key = key(n.table.vrf().id(), n.table.afi());
        if (!lastValid || key != lastKey) {
            lastMap = byVrf.get(key);
            lastKey = key;
            lastValid = true;
        }
        NavigableMap<IpAddress, Rnh> m = lastMap;
        if (m == null || m.isEmpty() || !mayCover(n, m.firstKey(), m.lastKey())) {
            return;
        }
        IpAddress first = new IpAddress(n.table.afi(), n.hi(), n.lo());
        IpAddress covered = m.ceilingKey(first);
        if (covered == null || !n.covers(covered)) {
            return;
        }
        Prefix p = n.prefix();
        for (Rnh r : m.subMap(first, true, p.lastAddress(), true).values()) {
            if (!r.dirty) {
                r.dirty = true;
                dirty.add(r);
            }
        }
    }

    /**
     * Whether the node's prefix overlaps the range of tracked addresses at all: mostly not (a full table's
     * prefixes against a few next hops), and then this answer costs no object, where the lookup below costs an
     * address per node change (two per route installed; a sixth of zebra's allocation in a 1M ingest).
     */
    private static boolean mayCover(RouteNode n, IpAddress lowest, IpAddress highest) {
        int len = n.length();
        long lastHi = n.hi() | ~Prefix.maskHi(len);
        long lastLo = n.lo() | ~Prefix.maskLo(len);
        return compare(n.hi(), n.lo(), highest) <= 0 && compare(lastHi, lastLo, lowest) >= 0;
    }

    private static int compare(long hi, long lo, IpAddress a) {
        int c = Long.compareUnsigned(hi, a.hi());
        return c != 0 ? c : Long.compareUnsigned(lo, a.lo());
    }

    /** Looks a dirty entry up again now (before a resolution uses it), with the usual consequences. */
    void ensureFresh(Rnh r) {
        if (r.dirty) {
            reevaluate(r);
        }
    }

    boolean hasPending() {
        return !dirty.isEmpty() || staleGroups;
    }

    /**
     * Re-evaluates the dirty entries: stale nexthop groups send their routes back to the work queue, clients
     * hear about changed addresses.
     */
    void flush() {
        while (!dirty.isEmpty()) {
            List<Rnh> batch = new ArrayList<>(dirty);
            dirty.clear();
            for (Rnh r : batch) {
                if (r.dirty) {
                    reevaluate(r);
                }
            }
        }
        if (staleGroups) {
            staleGroups = false;
            rib.requeueStaleRoutes();
        }
    }

    private void reevaluate(Rnh r) {
        r.dirty = false;
        if (r.evaluateRib() && !r.dependents.isEmpty()) {
            for (ResolvedGroup g : r.dependents) {
                if (!g.stale) {
                    g.stale = true;
                    staleGroups = true;
                }
            }
        }
        if (!r.clients.isEmpty() && r.evaluateClients()) {
            notifyClients(r);
        }
    }

    /** Sends the current client view to every registered client that was told something else. */
    void notifyClients(Rnh r) {
        NhtUpdate now = r.clientUpdate();
        for (ClientId c : List.copyOf(r.clients.keySet())) {
            if (r.clients.containsKey(c) && !now.equals(r.clients.get(c))) {
                r.clients.put(c, now);
                rib.clients.listener(c).nexthopUpdate(now);
            }
        }
    }

    /** Every tracked entry whose VRF is {@code vrfId} (for `resolve-via-default` changes). */
    List<Rnh> inVrf(int vrfId) {
        List<Rnh> l = new ArrayList<>();
        for (Afi afi : Afi.values()) {
            NavigableMap<IpAddress, Rnh> m = byVrf.get(key(vrfId, afi));
            if (m != null) {
                l.addAll(m.values());
            }
        }
        return l;
    }

    void markDirty(Rnh r) {
        if (!r.dirty) {
            r.dirty = true;
            dirty.add(r);
        }
    }

    List<Rnh> all() {
        List<Rnh> l = new ArrayList<>();
        byVrf.values().forEach(m -> l.addAll(m.values()));
        return l;
    }

    int size() {
        int n = 0;
        for (NavigableMap<IpAddress, Rnh> m : byVrf.values()) {
            n += m.size();
        }
        return n;
    }
}
