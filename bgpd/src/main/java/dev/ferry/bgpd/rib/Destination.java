package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Prefix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One prefix of the Loc-RIB: its paths (one per source, arrival order), the best one and why it won. Compact,
 * because a full table has a million of them: the one path most prefixes have is held as is, several in a small
 * array in arrival order, and the selection in fields (the multipath list shared and empty without ECMP).
 */
public final class Destination {
    private static final BgpPath[] NO_PATHS = {};

    private final Prefix prefix;
    /** Null, one {@link BgpPath}, or a {@code BgpPath[]} of two or more in arrival order. */
    private Object paths;
    private BgpPath best;
    private SelectionReason reason = SelectionReason.NONE;
    private List<BgpPath> multipaths = List.of();

    Destination(Prefix prefix) {
        this.prefix = prefix;
    }

    public Prefix prefix() {
        return prefix;
    }

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
        return reason;
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
            reason = valid ? SelectionReason.FIRST : SelectionReason.NONE;
            multipaths = List.of();
        } else {
            DecisionProcess.Selection s = DecisionProcess.select(Arrays.asList(array()), nexthops, multipath);
            best = s.best();
            reason = s.reason();
            multipaths = s.multipaths();
        }
        return beforeBest != best || !beforeMultipaths.equals(multipaths);
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
