package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Prefix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One prefix of the Loc-RIB: its paths (one per source, arrival order), the best one and why it won. Compact,
 * because a full table has a million of them (an IPv4 destination is 24 bytes): the one path most prefixes have
 * is held as is, several in a small array in arrival order, the multipath set (ECMP only) at the end of that
 * array, the best path as its index and the reason as its ordinal. An IPv4 destination holds its prefix as two
 * fields rather than an {@link Ipv4Prefix}; the other families hold their prefix object.
 *
 * <p>Between {@link #put} and {@link #reselect} {@link #best()} is null when the best path was replaced or
 * withdrawn (or the multipath set lost its paths): take the best path before a put to know what it was.
 */
public abstract sealed class Destination permits Ipv4Destination, PrefixDestination {
    private static final SelectionReason[] REASONS = SelectionReason.values();
    private static final short NO_BEST = -1;
    /** The best path or the multipath set changed by a put: the next reselect reports a change. */
    private static final short STALE = -2;

    /**
     * Null, one {@link BgpPath}, a {@code BgpPath[]} of two or more in arrival order, or (with a multipath set)
     * an {@code Object[]} of those paths followed by the multipath {@code List<BgpPath>}.
     */
    private Object paths;
    /** The best path's index in the paths, {@link #NO_BEST} or {@link #STALE}. */
    private short best = NO_BEST;
    private byte reason = (byte) SelectionReason.NONE.ordinal();
    /** The next destination of its {@link DestinationTable} bucket; the table's own. */
    Destination next;

    /** The destination of a prefix, empty. */
    static Destination of(Prefix prefix) {
        return prefix instanceof Ipv4Prefix p ? new Ipv4Destination(p) : new PrefixDestination(prefix);
    }

    /** The prefix (made anew for an IPv4 destination: the table's own lookups use {@link #matches}). */
    public abstract Prefix prefix();

    /** Whether this is the destination of {@code p}, without making a prefix. */
    abstract boolean matches(Prefix p);

    /** {@code prefix().hashCode()}, without making a prefix. */
    abstract int prefixHash();

    /** The paths in arrival order (a copy). */
    public List<BgpPath> paths() {
        return new ArrayList<>(Arrays.asList(array()));
    }

    /** How many paths the prefix has. */
    public int pathCount() {
        // instanceof, not a pattern switch: that one is an invokedynamic C1 (bgpd runs C1 only) cannot inline,
        // and best() reads through here for every route (8% of bgpd's loop in a 1M ingest)
        if (paths == null) {
            return 0;
        } else if (paths instanceof BgpPath) {
            return 1;
        } else if (paths instanceof BgpPath[] a) {
            return a.length;
        }
        return ((Object[]) paths).length - 1; // the paths, then the multipath set
    }

    public BgpPath path(PathSource source) {
        for (int i = 0, n = pathCount(); i < n; i++) {
            BgpPath p = at(i);
            if (p.source() == source) {
                return p;
            }
        }
        return null;
    }

    public BgpPath best() {
        return best < 0 ? null : at(best);
    }

    public SelectionReason reason() {
        return REASONS[reason];
    }

    /** The paths used with the best one for ECMP (empty without multipath). */
    @SuppressWarnings("unchecked")
    public List<BgpPath> multipaths() {
        return paths instanceof Object[] o && !(o instanceof BgpPath[]) ? (List<BgpPath>) o[o.length - 1]
                : List.of();
    }

    /** Whether {@code p} is part of the prefix's multipath set (FRR's "=" and "multipath"). */
    public boolean isMultipath(BgpPath p) {
        List<BgpPath> multipaths = multipaths();
        return !multipaths.isEmpty() && (p == best() || multipaths.contains(p));
    }

    boolean isEmpty() {
        return paths == null;
    }

    /** Whether a learned (not local) path of the prefix has {@code nextHop} (the path's own bytes). */
    boolean usesNexthop(byte[] nextHop) {
        for (int i = 0, n = pathCount(); i < n; i++) {
            BgpPath p = at(i);
            if (!p.isLocal() && Arrays.equals(p.nextHopBytes(), nextHop)) {
                return true;
            }
        }
        return false;
    }

    /** Puts or (with null) removes the source's path; a replaced path moves to the end (it is the newest). */
    BgpPath put(PathSource source, BgpPath path) {
        BgpPath[] now = array();
        int at = -1;
        for (int i = 0; i < now.length; i++) {
            if (now[i].source() == source) {
                at = i;
                break;
            }
        }
        BgpPath old = at < 0 ? null : now[at];
        if (at < 0 && path == null) {
            return null;
        }
        List<BgpPath> multipaths = multipaths();
        if (at >= 0 && at == best) {
            best = STALE; // the old best is gone: the selection changes for sure
        } else if (at >= 0 && at < best) {
            best--;
        }
        int n = now.length - (at < 0 ? 0 : 1) + (path == null ? 0 : 1);
        if (n > Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " paths to one prefix");
        }
        if (n <= 1 && !multipaths.isEmpty()) {
            best = STALE; // the set empties at the reselect
        }
        if (now.length == 0 || (now.length == 1 && at == 0)) {
            paths = path;
            return old;
        }
        BgpPath[] next = new BgpPath[n];
        int j = 0;
        for (int i = 0; i < now.length; i++) {
            if (i != at) {
                next[j++] = now[i];
            }
        }
        if (path != null) {
            next[j] = path;
        }
        if (n == 1) {
            paths = next[0];
        } else {
            store(next, multipaths);
        }
        return old;
    }

    /** Runs the decision process; returns whether the best path or its multipath set changed. */
    boolean reselect(NexthopView nexthops, Multipath multipath) {
        boolean stale = best == STALE;
        BgpPath beforeBest = best();
        List<BgpPath> beforeMultipaths = multipaths();
        List<BgpPath> multipaths;
        if (paths instanceof BgpPath p) {
            // one candidate: no comparison to make (the decision process would say the same)
            boolean valid = DecisionProcess.valid(p, nexthops);
            best = valid ? 0 : NO_BEST;
            reason(valid ? SelectionReason.FIRST : SelectionReason.NONE);
            multipaths = List.of();
        } else {
            BgpPath[] all = array();
            DecisionProcess.Selection s = DecisionProcess.select(Arrays.asList(all), nexthops, multipath);
            best = (short) indexOf(all, s.best());
            reason(s.reason());
            multipaths = s.multipaths();
            if (all.length > 1) {
                store(all, multipaths);
            }
        }
        return stale || beforeBest != best() || !beforeMultipaths.equals(multipaths);
    }

    private static int indexOf(BgpPath[] all, BgpPath p) {
        for (int i = 0; i < all.length; i++) {
            if (all[i] == p) {
                return i;
            }
        }
        return NO_BEST;
    }

    /** Keeps two or more paths, and the multipath set after them when there is one. */
    private void store(BgpPath[] all, List<BgpPath> multipaths) {
        if (multipaths.isEmpty()) {
            paths = all;
            return;
        }
        Object[] withMultipaths = Arrays.copyOf(all, all.length + 1, Object[].class);
        withMultipaths[all.length] = multipaths;
        paths = withMultipaths;
    }

    private void reason(SelectionReason r) {
        reason = (byte) r.ordinal();
    }

    private BgpPath at(int i) {
        if (paths instanceof BgpPath p) { // instanceof for C1: see pathCount()
            return p;
        } else if (paths instanceof BgpPath[] a) {
            return a[i];
        }
        return (BgpPath) ((Object[]) paths)[i];
    }

    /** The paths in arrival order: the destination's own array when it has one without a multipath set. */
    private BgpPath[] array() {
        if (paths == null) { // instanceof for C1: see pathCount()
            return new BgpPath[0];
        } else if (paths instanceof BgpPath p) {
            return new BgpPath[] {p};
        } else if (paths instanceof BgpPath[] a) {
            return a;
        }
        Object[] withMultipaths = (Object[]) paths;
        return Arrays.copyOf(withMultipaths, withMultipaths.length - 1, BgpPath[].class);
    }
}
