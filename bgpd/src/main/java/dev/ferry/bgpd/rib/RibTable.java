package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Prefix;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Loc-RIB of one address family: every path of every source per prefix, and the best path per prefix. A
 * change of a prefix's best path is reported to the {@link Listener} at once (install in zebra, advertise).
 * The learned paths are counted per next hop, so that a nexthop-tracking update for an address no path uses costs
 * nothing, and one for a used address re-runs the decision for exactly the prefixes whose paths use it (found by a
 * scan of the table: such an update is rare, a scan of a million prefixes takes milliseconds, and an index of
 * prefixes per next hop would cost a set entry per route). Runs on the daemon's event loop.
 */
public final class RibTable {

    /**
     * Hears best-path changes: {@code best} null means the prefix has no usable path any more. A change of the
     * multipath set alone is reported too, with the same best path.
     */
    @FunctionalInterface
    public interface Listener {
        /**
         * The best path of {@code d} changed from {@code oldBest} to {@code d.best()} (null: none now; the
         * destination is then out of the table if it has no path left).
         */
        void bestChanged(Destination d, BgpPath oldBest);
    }

    private final DestinationTable destinations = new DestinationTable();
    /** How many learned (not local) paths use each next hop: a few entries, whatever the table's size. */
    private final Map<NexthopKey, int[]> pathsByNexthop = new HashMap<>();
    private byte[] lastNexthop;
    private int[] lastCount;
    private final NexthopView nexthops;
    private final Listener listener;
    private Multipath multipath = Multipath.NONE;

    public RibTable(NexthopView nexthops, Listener listener) {
        this.nexthops = nexthops;
        this.listener = listener;
    }

    /** Sets the multipath limits; a change re-runs the decision everywhere (the sets may grow or shrink). */
    public void multipath(Multipath m) {
        if (m.equals(multipath)) {
            return;
        }
        multipath = m;
        for (Destination d : List.copyOf(destinations)) {
            reselect(d, d.best());
        }
    }

    /**
     * Adds or replaces the source's path to the prefix (a repeat of the same route changes nothing); returns
     * whether the source had no path to it before (its count of prefixes grows).
     */
    public boolean update(Prefix prefix, BgpPath path) {
        Destination d = destinations.getOrAdd(prefix);
        BgpPath old = d.path(path.source());
        if (path.sameRoute(old)) {
            return false;
        }
        BgpPath before = d.best();
        d.put(path.source(), path);
        uncount(old);
        count(path);
        reselect(d, before);
        return old == null;
    }

    /** Withdraws the source's path to the prefix; returns whether it had one. */
    public boolean withdraw(Prefix prefix, PathSource source) {
        Destination d = destinations.get(prefix);
        return d != null && withdraw(d, source);
    }

    private boolean withdraw(Destination d, PathSource source) {
        BgpPath before = d.best();
        BgpPath old = d.put(source, null);
        if (old == null) {
            return false;
        }
        uncount(old);
        reselect(d, before);
        return true;
    }

    /** Whether the source has a path to the prefix. */
    public boolean has(Prefix prefix, PathSource source) {
        Destination d = destinations.get(prefix);
        return d != null && d.path(source) != null;
    }

    /** Withdraws every path of a source (its session went down); returns how many. */
    public int withdrawAll(PathSource source) {
        int n = 0;
        for (Destination d : List.copyOf(destinations)) {
            if (withdraw(d, source)) {
                n++;
            }
        }
        return n;
    }

    /** Re-runs the decision for the prefixes whose paths go through {@code nexthop}, after zebra said it changed. */
    public void nexthopChanged(byte[] nexthop) {
        if (!pathsByNexthop.containsKey(NexthopKey.of(nexthop))) {
            return;
        }
        List<Destination> affected = new ArrayList<>();
        for (Destination d : destinations) {
            if (d.usesNexthop(nexthop)) {
                affected.add(d);
            }
        }
        for (Destination d : affected) {
            reselect(d, d.best());
        }
    }

    public Destination get(Prefix prefix) {
        return destinations.get(prefix);
    }

    /** Destinations in FRR's table order (family, address, length). */
    public List<Destination> sorted() {
        List<Destination> out = new ArrayList<>(destinations);
        out.sort(Comparator.comparing((Destination d) -> d.prefix().toIpPrefix(),
                dev.ferry.lib.net.IpPrefix.TABLE_ORDER));
        return out;
    }

    /** Every destination, in no particular order (a live view: do not change the table while iterating). */
    public Collection<Destination> destinations() {
        return Collections.unmodifiableCollection(destinations);
    }

    public int size() {
        return destinations.size();
    }

    /** Paths of all prefixes. */
    public int pathCount() {
        int n = 0;
        for (Destination d : destinations) {
            n += d.pathCount();
        }
        return n;
    }

    /** The next hops the table's learned paths use (to register with zebra's nexthop tracking). */
    public Set<String> nexthops() {
        Set<String> out = new HashSet<>();
        for (NexthopKey k : pathsByNexthop.keySet()) {
            out.add(k.toString());
        }
        return out;
    }

    /** Runs the decision for {@code d}, whose best path was {@code before} (taken before any put). */
    private void reselect(Destination d, BgpPath before) {
        boolean changed = d.reselect(nexthops, multipath);
        if (d.isEmpty()) {
            destinations.remove(d);
        }
        if (changed) {
            listener.bestChanged(d, before);
        }
    }

    private void count(BgpPath p) {
        if (p != null && !p.isLocal()) {
            counter(p.nextHopBytes(), true)[0]++;
        }
    }

    private void uncount(BgpPath p) {
        if (p == null || p.isLocal()) {
            return;
        }
        int[] n = counter(p.nextHopBytes(), false);
        if (n != null && --n[0] == 0) {
            pathsByNexthop.remove(NexthopKey.of(p.nextHopBytes()));
            lastNexthop = null;
        }
    }

    /** A next hop's count of paths; the last one found is kept by the bytes' identity (an UPDATE's paths share them). */
    private int[] counter(byte[] nexthop, boolean create) {
        if (nexthop == lastNexthop) {
            return lastCount;
        }
        NexthopKey k = NexthopKey.of(nexthop);
        int[] n = create ? pathsByNexthop.computeIfAbsent(k, x -> new int[1]) : pathsByNexthop.get(k);
        if (n != null) {
            lastNexthop = nexthop;
            lastCount = n;
        }
        return n;
    }
}
