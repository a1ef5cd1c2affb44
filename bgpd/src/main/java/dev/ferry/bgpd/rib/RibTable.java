package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Loc-RIB of one address family: every path of every source per prefix, and the best path per prefix. A
 * change of a prefix's best path is reported to the {@link Listener} at once (install in zebra, advertise).
 * Next hops are indexed so that a nexthop-tracking update re-runs the decision for exactly the prefixes whose
 * paths use it. Runs on the daemon's event loop.
 */
public final class RibTable {

    /**
     * Hears best-path changes: {@code best} null means the prefix has no usable path any more. A change of the
     * multipath set alone is reported too, with the same best path.
     */
    @FunctionalInterface
    public interface Listener {
        void bestChanged(Prefix prefix, BgpPath oldBest, BgpPath best);
    }

    private final Map<Prefix, Destination> destinations = new HashMap<>();
    private final Map<String, Set<Prefix>> byNexthop = new HashMap<>();
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
        for (Destination d : List.copyOf(destinations.values())) {
            reselect(d);
        }
    }

    /** Adds or replaces the source's path to the prefix (a repeat of the same route changes nothing). */
    public void update(Prefix prefix, BgpPath path) {
        Destination d = destinations.computeIfAbsent(prefix, Destination::new);
        BgpPath old = d.path(path.source());
        if (path.sameRoute(old)) {
            return;
        }
        d.put(path.source(), path);
        unindex(prefix, old);
        index(prefix, path);
        reselect(d);
    }

    /** Withdraws the source's path to the prefix, if it had one. */
    public void withdraw(Prefix prefix, PathSource source) {
        Destination d = destinations.get(prefix);
        if (d == null) {
            return;
        }
        BgpPath old = d.put(source, null);
        if (old == null) {
            return;
        }
        unindex(prefix, old);
        reselect(d);
    }

    /** Withdraws every path of a source (its session went down); returns how many. */
    public int withdrawAll(PathSource source) {
        int n = 0;
        for (Destination d : List.copyOf(destinations.values())) {
            if (d.path(source) != null) {
                withdraw(d.prefix(), source);
                n++;
            }
        }
        return n;
    }

    /** Re-runs the decision for the prefixes whose paths go through {@code nexthop}, after zebra said it changed. */
    public void nexthopChanged(byte[] nexthop) {
        Set<Prefix> prefixes = byNexthop.get(IpAddresses.format(nexthop));
        if (prefixes == null) {
            return;
        }
        for (Prefix p : List.copyOf(prefixes)) {
            Destination d = destinations.get(p);
            if (d != null) {
                reselect(d);
            }
        }
    }

    public Destination get(Prefix prefix) {
        return destinations.get(prefix);
    }

    /** Destinations in FRR's table order (family, address, length). */
    public List<Destination> sorted() {
        List<Destination> out = new ArrayList<>(destinations.values());
        out.sort(Comparator.comparing((Destination d) -> d.prefix().toIpPrefix(),
                dev.ferry.lib.net.IpPrefix.TABLE_ORDER));
        return out;
    }

    public Collection<Destination> destinations() {
        return destinations.values();
    }

    public int size() {
        return destinations.size();
    }

    /** Paths of all prefixes. */
    public int pathCount() {
        int n = 0;
        for (Destination d : destinations.values()) {
            n += d.paths().size();
        }
        return n;
    }

    /** The next hops the table's learned paths use (to register with zebra's nexthop tracking). */
    public Set<String> nexthops() {
        return new HashSet<>(byNexthop.keySet());
    }

    private void reselect(Destination d) {
        BgpPath before = d.best();
        boolean changed = d.reselect(nexthops, multipath);
        if (d.isEmpty()) {
            destinations.remove(d.prefix());
        }
        if (changed) {
            listener.bestChanged(d.prefix(), before, d.best());
        }
    }

    private void index(Prefix prefix, BgpPath p) {
        if (p != null && !p.isLocal()) {
            byNexthop.computeIfAbsent(p.nextHopText(), k -> new HashSet<>()).add(prefix);
        }
    }

    private void unindex(Prefix prefix, BgpPath p) {
        if (p == null || p.isLocal()) {
            return;
        }
        Destination d = destinations.get(prefix);
        if (d != null) {
            for (BgpPath other : d.paths()) {
                if (!other.isLocal() && other.nextHopText().equals(p.nextHopText())) {
                    return;
                }
            }
        }
        Set<Prefix> s = byNexthop.get(p.nextHopText());
        if (s != null) {
            s.remove(prefix);
            if (s.isEmpty()) {
                byNexthop.remove(p.nextHopText());
            }
        }
    }
}
