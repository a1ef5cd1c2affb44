package dev.ferry.zebra.rib.mpls;

import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.FibResultHandler;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.LspType;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RouteType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * The label forwarding table (FRR's lsp_table, `show mpls table`): label protocols add NHLFEs to incoming
 * labels; per label the lowest-distance NHLFEs with a directly connected gateway are selected and installed
 * as one kernel label route. Changes are processed with the RIB's batches; the kernel's answer marks the
 * entry installed, or keeps the reason it was refused (a kernel without MPLS answers EOPNOTSUPP).
 */
public final class Lfib implements FibResultHandler {
    private final Rib.LfibAccess rib;
    private final TreeMap<Integer, Lsp> lsps = new TreeMap<>();
    private final List<Lsp> dirty = new ArrayList<>();
    private boolean allDirty;
    private ResultListener resultListener = (label, r) -> { };

    /** Hears the kernel's answer for each label route installed or replaced (the zebra API's LSP results). */
    public interface ResultListener {
        void lspResult(int inLabel, FibResult result);
    }

    public void setResultListener(ResultListener l) {
        this.resultListener = l;
    }

    public Lfib(Rib.LfibAccess rib) {
        this.rib = rib;
    }

    /**
     * Adds or updates the NHLFE of {@code type} via {@code gateway} (and {@code ifindex}, 0 for any) for
     * {@code inLabel}, pushing {@code outLabels} (FRR's mpls_lsp_install).
     */
    public void add(LspType type, int inLabel, IpAddress gateway, int ifindex, int... outLabels) {
        Lsp lsp = lsps.computeIfAbsent(inLabel, Lsp::new);
        for (Nhlfe n : lsp.nhlfes) {
            if (n.sameTarget(type, gateway, ifindex)) {
                if (n.setOutLabels(outLabels)) {
                    markDirty(lsp);
                }
                return;
            }
        }
        lsp.nhlfes.addFirst(new Nhlfe(type, gateway, ifindex, outLabels));
        markDirty(lsp);
    }

    /** Removes the NHLFE of {@code type} via {@code gateway} for {@code inLabel}; all of that type if null. */
    public void delete(LspType type, int inLabel, IpAddress gateway, int ifindex) {
        Lsp lsp = lsps.get(inLabel);
        if (lsp != null && lsp.nhlfes.removeIf(n -> n.type() == type
                && (gateway == null || n.sameTarget(type, gateway, ifindex)))) {
            markDirty(lsp);
        }
    }

    /** Everything a label protocol added (its session ended). */
    public void removeAll(RouteType client) {
        LspType type = switch (client) {
            case LDP -> LspType.LDP;
            case BGP -> LspType.BGP;
            case STATIC -> LspType.STATIC;
            default -> LspType.NONE;
        };
        for (Lsp lsp : lsps.values()) {
            if (lsp.nhlfes.removeIf(n -> n.type() == type)) {
                markDirty(lsp);
            }
        }
    }

    public Collection<Lsp> lsps() {
        return List.copyOf(lsps.values());
    }

    public Lsp get(int inLabel) {
        return lsps.get(inLabel);
    }

    /** Connected routes changed: gateways may have become reachable or not. */
    public void routesChanged() {
        if (!lsps.isEmpty()) {
            allDirty = true;
            rib.schedule();
        }
    }

    public boolean hasPending() {
        return allDirty || !dirty.isEmpty();
    }

    private void markDirty(Lsp lsp) {
        if (!lsp.dirty) {
            lsp.dirty = true;
            dirty.add(lsp);
        }
        rib.schedule();
    }

    /** Selects and programs the changed entries (called at the end of each RIB batch). */
    public void process() {
        if (allDirty) {
            allDirty = false;
            for (Lsp lsp : lsps.values()) {
                if (!lsp.dirty) {
                    lsp.dirty = true;
                    dirty.add(lsp);
                }
            }
        }
        for (Lsp lsp : List.copyOf(dirty)) {
            lsp.dirty = false;
            processOne(lsp);
        }
        dirty.clear();
    }

    private void processOne(Lsp lsp) {
        int best = Integer.MAX_VALUE;
        for (Nhlfe n : lsp.nhlfes) {
            n.resolvedIfindex = n.gateway() != null ? rib.connectedInterface(n.gateway()) : 0;
            if (n.isActive()) {
                best = Math.min(best, n.distance());
            }
        }
        for (Nhlfe n : lsp.nhlfes) {
            n.selected = n.isActive() && n.distance() == best;
        }
        List<Nhlfe> after = lsp.selected();
        boolean programmed = lsp.installed || lsp.queued;
        if (after.isEmpty()) {
            if (programmed) {
                submit(lsp, FibOp.Action.DELETE, List.of());
            }
            lsp.installed = false;
            lsp.queued = false;
            lsp.failure = null;
            lsp.programmed = null;
            lsp.nhlfes.forEach(n -> n.installed = false);
            if (lsp.nhlfes.isEmpty()) {
                lsps.remove(lsp.inLabel());
            }
            return;
        }
        List<LspOp.Hop> hops = new ArrayList<>();
        StringBuilder signature = new StringBuilder();
        for (Nhlfe n : after) {
            hops.add(new LspOp.Hop(n.gateway(), n.ifindex(), n.outLabels()));
            signature.append(n.type()).append(n.gateway()).append('%').append(n.ifindex())
                    .append(java.util.Arrays.toString(n.outLabels())).append(';');
        }
        String sig = signature.toString();
        if (sig.equals(lsp.programmed) && (programmed || lsp.failure != null)) {
            return; // the kernel has (or refused) exactly this
        }
        lsp.programmed = sig;
        lsp.queued = true;
        submit(lsp, programmed ? FibOp.Action.REPLACE : FibOp.Action.INSTALL, hops);
    }

    private void submit(Lsp lsp, FibOp.Action action, List<LspOp.Hop> hops) {
        rib.submit(lsp.inLabel(), new LspOp(action, lsp, hops, this));
    }

    @Override
    public void fibResult(FibOp op, FibResult r) {
        LspOp l = (LspOp) op;
        if (!rib.takeIfLatest(l.inLabel(), op)) {
            return;
        }
        Lsp lsp = l.lsp;
        lsp.queued = false;
        if (op.action() == FibOp.Action.DELETE) {
            if (!r.isOk() && r.errno() != Errno.ESRCH && r.errno() != Errno.ENOENT) {
                rib.refused(op, r);
            }
            return;
        }
        if (r.isOk()) {
            lsp.installed = true;
            lsp.failure = null;
            for (Nhlfe n : lsp.nhlfes) {
                n.installed = n.selected;
            }
        } else {
            lsp.installed = false;
            lsp.failure = r;
            lsp.nhlfes.forEach(n -> n.installed = false);
            rib.refused(op, r);
            submit(lsp, FibOp.Action.DELETE, List.of()); // whatever the kernel kept for the label goes
        }
        resultListener.lspResult(l.inLabel(), r);
    }
}
