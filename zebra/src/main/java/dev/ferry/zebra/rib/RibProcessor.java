package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.List;

/**
 * Processes one node of the work queue (FRR's rib_process): resolves the nexthops of changed entries,
 * selects the best entry, tells redistribution and owners, and turns the difference between what the FIB
 * has and what it should have into install / replace / delete ops. Kernel and connected routes are already
 * in the kernel: they are marked installed without an op (FRR's zebra_rib_fixup_system).
 */
final class RibProcessor {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.rib");

    private final Rib rib;
    /** Changed entries whose resolution came out identical: their FIB state needs no new op. */
    private final List<RouteEntry> unchangedNexthops = new ArrayList<>(2);

    RibProcessor(Rib rib) {
        this.rib = rib;
    }

    void process(RouteNode node) {
        unchangedNexthops.clear();
        RouteEntry beforeFib = node.fibEntry();
        ResolvedGroup beforeNhe = beforeFib != null ? beforeFib.nhe : null;
        boolean beforeForwarding = beforeFib != null && beforeFib.isForwarding();

        RouteEntry oldSelected = null;
        RouteEntry oldFib = null;
        RouteEntry newSelected = null;
        for (RouteEntry e = node.head; e != null; e = e.next) {
            if (e.isSelected()) {
                oldSelected = e;
            }
            if (e.isFibSelected()) {
                oldFib = e;
            }
            if (e.isRemoved()) {
                continue;
            }
            if (e.hasStatus(RouteEntry.CHANGED)) {
                ResolvedGroup before = e.nhe;
                rib.adopt(e, rib.resolver.resolve(e, node));
                if (before != null && before == e.nhe) {
                    unchangedNexthops.add(e);
                }
                if (!e.isUsable()) {
                    rib.clients.notifyOwner(node, e, RouteNotice.Result.FAIL_INSTALL, 0, "");
                    continue;
                }
            } else if (!e.isUsable()) {
                continue;
            }
            if (e.distance() == 255 && e.type() != RouteType.KERNEL) {
                e.clearStatus(RouteEntry.CHANGED);
                continue;
            }
            RouteSelection.Choice c = RouteSelection.choose(newSelected, e, rib.interfaces);
            if (newSelected != null && c.winner() != newSelected) {
                newSelected.clearStatus(RouteEntry.CHANGED);
            }
            if (newSelected != null && LOG.isLoggable(System.Logger.Level.DEBUG)) {
                RouteEntry loser = c.winner() == e ? newSelected : e;
                LOG.log(System.Logger.Level.DEBUG, node + ": " + c.winner() + " beats " + loser + " (" + c.reason()
                        + ")");
            }
            newSelected = c.winner();
            if (c.winner() != e) {
                e.clearStatus(RouteEntry.CHANGED);
            }
        }

        RouteEntry newFib = newSelected;
        boolean selectedChanged = newSelected != null && newSelected.hasStatus(RouteEntry.CHANGED);
        if (oldSelected != newSelected || selectedChanged) {
            if (newSelected != null) {
                newSelected.setFlag(RouteEntry.FLAG_SELECTED);
            }
            if (oldSelected != null) {
                if (newSelected == null || oldSelected.isRemoved()) {
                    rib.redistribution.delete(node, oldSelected, newSelected);
                }
                if (oldSelected != newSelected) {
                    oldSelected.clearFlag(RouteEntry.FLAG_SELECTED);
                }
            }
        }

        if (newFib != null && oldFib != null) {
            updateFib(node, oldFib, newFib);
        } else if (newFib != null) {
            addFib(node, newFib);
        } else if (oldFib != null) {
            deleteFib(node, oldFib);
        }

        fixupSystemRoutes(node);
        node.table.counts.recount(node);
        removeDeleted(node);
        if (node.isEmpty()) {
            node.table.remove(node);
        }

        RouteEntry afterFib = node.fibEntry();
        if (afterFib != beforeFib || (afterFib != null
                && (afterFib.nhe != beforeNhe || afterFib.isForwarding() != beforeForwarding))) {
            rib.nodeFibChanged(node);
        }
    }

    private void addFib(RouteNode node, RouteEntry e) {
        e.clearStatus(RouteEntry.CHANGED);
        if (!e.isUsable()) {
            return;
        }
        e.setStatus(RouteEntry.FIB_SELECTED);
        if (e.type().isSystem()) {
            markSystemInstalled(node, e, null);
        } else {
            rib.installer.install(node, e, null);
        }
    }

    private void updateFib(RouteNode node, RouteEntry old, RouteEntry e) {
        if (old == e && !e.hasStatus(RouteEntry.CHANGED)) {
            // Same route, unchanged: make sure it is in the kernel (FRR's housekeeping re-install).
            if (!e.type().isSystem() && !e.isInstalled() && !e.isQueued() && !e.isFailed()) {
                rib.installer.install(node, e, null);
            }
            return;
        }
        e.clearStatus(RouteEntry.CHANGED);
        if (old == e && unchangedNexthops.contains(e) && (e.isInstalled() || e.isQueued() || e.isFailed())) {
            return; // resolved again to the same nexthops: the kernel already has (or refused) exactly this
        }
        if (!e.isUsable()) {
            deleteFib(node, old);
            return;
        }
        if (isResend(old, e)) {
            // The client sent the installed route again, unchanged: the kernel already has it.
            releaseFib(old, e);
            e.setStatus(RouteEntry.FIB_SELECTED | RouteEntry.INSTALLED);
            rib.clients.notifyOwner(node, e, RouteNotice.Result.INSTALLED, 0, "");
            if (e.isSelected()) {
                rib.redistribution.update(node, e, old);
            }
            return;
        }
        if (old != e && old.type() != e.type()) {
            rib.clients.notifyOwner(node, old, RouteNotice.Result.BETTER_ADMIN_WON, 0, "");
        }
        if (e.type().isSystem()) {
            if (!old.type().isSystem() && (old.isInstalled() || old.isQueued())) {
                rib.installer.uninstall(node, old);
            }
            releaseFib(old, e);
            e.setStatus(RouteEntry.FIB_SELECTED);
            markSystemInstalled(node, e, old);
            return;
        }
        boolean replace = !old.type().isSystem() && (old.isInstalled() || old.isQueued());
        releaseFib(old, e);
        e.setStatus(RouteEntry.FIB_SELECTED);
        rib.installer.install(node, e, replace ? old : null);
    }

    /** Whether {@code e} replaces {@code old} with exactly what the kernel already has. */
    private static boolean isResend(RouteEntry old, RouteEntry e) {
        return old != e && old.nhe == e.nhe && old.isInstalled() && !old.isQueued() && !e.type().isSystem()
                && old.type() == e.type() && old.instance() == e.instance() && old.distance() == e.distance()
                && old.metric() == e.metric();
    }

    private void releaseFib(RouteEntry old, RouteEntry e) {
        if (old != e) {
            old.clearStatus(RouteEntry.FIB_SELECTED | RouteEntry.QUEUED | RouteEntry.FAILED);
            rib.installer.clearFailure(old);
            if (!old.type().isSystem()) {
                old.clearStatus(RouteEntry.INSTALLED);
            }
        }
    }

    private void deleteFib(RouteNode node, RouteEntry old) {
        if (!old.type().isSystem() && (old.isInstalled() || old.isQueued())) {
            rib.installer.uninstall(node, old);
        }
        old.clearStatus(RouteEntry.FIB_SELECTED | RouteEntry.QUEUED | RouteEntry.CHANGED | RouteEntry.FAILED);
        rib.installer.clearFailure(old);
        if (!old.type().isSystem()) {
            old.clearStatus(RouteEntry.INSTALLED);
        }
    }

    private void markSystemInstalled(RouteNode node, RouteEntry e, RouteEntry previous) {
        e.setStatus(RouteEntry.INSTALLED);
        e.clearStatus(RouteEntry.QUEUED | RouteEntry.FAILED);
        if (e.isSelected()) {
            rib.redistribution.update(node, e, previous);
        }
    }

    /** Kernel and connected routes are in the kernel whether selected or not (FRR shows them with '*'). */
    private static void fixupSystemRoutes(RouteNode node) {
        for (RouteEntry e = node.head; e != null; e = e.next) {
            if (e.type().isSystem() && !e.isRemoved() && e.isUsable()) {
                e.setStatus(RouteEntry.INSTALLED);
            }
        }
    }

    private void removeDeleted(RouteNode node) {
        RouteEntry e = node.head;
        while (e != null) {
            RouteEntry next = e.next;
            e.clearStatus(RouteEntry.CHANGED);
            if (e.isRemoved()) {
                node.unlink(e);
                rib.forget(e);
            }
            e = next;
        }
    }
}
