package dev.ferry.zebra.rib.mpls;

import dev.ferry.zebra.rib.FibResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A label switching entry: an incoming label and its NHLFEs, newest first (FRR's zebra_lsp). The NHLFEs of
 * the lowest distance with a reachable gateway are selected and installed together.
 */
public final class Lsp {
    private final int inLabel;
    final List<Nhlfe> nhlfes = new ArrayList<>();
    boolean installed;
    boolean queued;
    boolean dirty;
    FibResult failure;
    /** What was last sent to the kernel, to skip identical updates. */
    String programmed;

    Lsp(int inLabel) {
        this.inLabel = inLabel;
    }

    public int inLabel() {
        return inLabel;
    }

    public List<Nhlfe> nhlfes() {
        return List.copyOf(nhlfes);
    }

    public boolean isInstalled() {
        return installed;
    }

    public boolean isQueued() {
        return queued;
    }

    /** Why the kernel refused it, or null. */
    public FibResult failure() {
        return failure;
    }

    List<Nhlfe> selected() {
        List<Nhlfe> l = new ArrayList<>();
        for (Nhlfe n : nhlfes) {
            if (n.selected) {
                l.add(n);
            }
        }
        return l;
    }
}
