package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One prefix of the Loc-RIB: its paths (one per source, arrival order), the best one and why it won. */
public final class Destination {
    private final Prefix prefix;
    private final Map<PathSource, BgpPath> paths = new LinkedHashMap<>();
    private DecisionProcess.Selection selection = DecisionProcess.Selection.NONE;

    Destination(Prefix prefix) {
        this.prefix = prefix;
    }

    public Prefix prefix() {
        return prefix;
    }

    public List<BgpPath> paths() {
        return new ArrayList<>(paths.values());
    }

    public BgpPath path(PathSource source) {
        return paths.get(source);
    }

    public BgpPath best() {
        return selection.best();
    }

    public SelectionReason reason() {
        return selection.reason();
    }

    /** The paths used with the best one for ECMP (empty without multipath). */
    public List<BgpPath> multipaths() {
        return selection.multipaths();
    }

    /** Whether {@code p} is part of the prefix's multipath set (FRR's "=" and "multipath"). */
    public boolean isMultipath(BgpPath p) {
        return selection.isMultipath(p);
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Puts or (with null) removes the source's path; a replaced path moves to the end (it is the newest). */
    BgpPath put(PathSource source, BgpPath path) {
        BgpPath old = paths.remove(source);
        if (path != null) {
            paths.put(source, path);
        }
        return old;
    }

    /** Runs the decision process; returns whether the best path or its multipath set changed. */
    boolean reselect(NexthopView nexthops, Multipath multipath) {
        DecisionProcess.Selection before = selection;
        selection = DecisionProcess.select(List.copyOf(paths.values()), nexthops, multipath);
        return before.best() != selection.best() || !before.multipaths().equals(selection.multipaths());
    }
}
