package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Prefix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One prefix of the Loc-RIB: its paths (one per source, arrival order), the best one and why it won. Compact,
 * because a full table has a million of them: the one path most prefixes have is held as is, several in a small
 * array in arrival order, and the selection in fields (the multipath list shared and empty without ECMP). An IPv4
 * destination holds its prefix as two fields rather than an {@link dev.ferry.bgpd.nlri.Ipv4Prefix} (32 bytes, not
 * 32 + 24); the other families hold their prefix object.
 */
public abstract sealed class Destination permits Ipv4Destination, PrefixDestination {
    private static final BgpPath[] NO_PATHS = {};
    private static final SelectionReason[] REASONS = SelectionReason.values();

    /** Null, one {@link BgpPath}, or a {@code BgpPath[]} of two or more in arrival order. */
    private Object paths;
    private BgpPath best;
    private List<BgpPath> multipaths = List.of();
    /** The {@link SelectionReason}'s ordinal: a byte, where a reference would make an IPv4 destination 40 bytes. */
    private byte reason = (byte) SelectionReason.NONE.ordinal();

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
        return switch (paths) {
            case null -> 0;
            case BgpPath p -> 1;
            case BgpPath[] a -> a.length;
            default -> throw new IllegalStateException();
        };
    }

    public BgpPath path(PathSource source) {
        if (paths instanceof BgpPath p) {
            return p.source() == source ? p : null;
        }
        if (paths instanceof BgpPath[] a) {
            for (BgpPath p : a) {
                if (p.source() == source) {
                    return p;
                }
            }
        }
        return null;
    }

    public BgpPath best() {
        return best;
    }

    public SelectionReason reason() {
        return REASONS[reason];
    }

    /** The paths used with the best one for ECMP (empty without multipath). */
    public List<BgpPath> multipaths() {
        return multipaths;
    }

    /** Whether {@code p} is part of the prefix's multipath set (FRR's "=" and "multipath"). */
    public boolean isMultipath(BgpPath p) {
        return !multipaths.isEmpty() && (p == best || multipaths.contains(p));
    }

    boolean isEmpty() {
        return paths == null;
    }

    /** Whether a learned (not local) path of the prefix has {@code nextHop} (the path's own bytes). */
    boolean usesNexthop(byte[] nextHop) {
        if (paths instanceof BgpPath p) {
            return !p.isLocal() && Arrays.equals(p.nextHopBytes(), nextHop);
        }
        if (paths instanceof BgpPath[] a) {
            for (BgpPath p : a) {
                if (!p.isLocal() && Arrays.equals(p.nextHopBytes(), nextHop)) {
                    return true;
                }
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
        if (now.length == 0 || (now.length == 1 && at == 0)) {
            paths = path;
            return old;
        }
        int n = now.length - (at < 0 ? 0 : 1) + (path == null ? 0 : 1);
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
        paths = n == 1 ? next[0] : next;
        return old;
    }

    /** Runs the decision process; returns whether the best path or its multipath set changed. */
    boolean reselect(NexthopView nexthops, Multipath multipath) {
        BgpPath beforeBest = best;
        List<BgpPath> beforeMultipaths = multipaths;
        if (paths instanceof BgpPath p) {
            // one candidate: no comparison to make (the decision process would say the same)
            boolean valid = DecisionProcess.valid(p, nexthops);
            best = valid ? p : null;
            reason(valid ? SelectionReason.FIRST : SelectionReason.NONE);
            multipaths = List.of();
        } else {
            DecisionProcess.Selection s = DecisionProcess.select(Arrays.asList(array()), nexthops, multipath);
            best = s.best();
            reason(s.reason());
            multipaths = s.multipaths();
        }
        return beforeBest != best || !beforeMultipaths.equals(multipaths);
    }

    private void reason(SelectionReason r) {
        reason = (byte) r.ordinal();
    }

    private BgpPath[] array() {
        return switch (paths) {
            case null -> NO_PATHS;
            case BgpPath p -> new BgpPath[] {p};
            case BgpPath[] a -> a;
            default -> throw new IllegalStateException();
        };
    }
}
