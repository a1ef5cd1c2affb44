package dev.ferry.zebra.rib;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Turns the processor's FIB decisions into route ops and applies the kernel's answers: an installed route
 * is marked installed, its owner told and redistribution fed; a refused one is marked failed with the
 * reason `show` prints, the owner hears errno and message, the log says it once, and whatever the kernel
 * kept for the prefix is removed so the kernel holds what `show` says.
 */
final class RouteInstaller implements FibResultHandler {
    private final Rib rib;
    private final Map<RouteEntry, FibResult> failures = new IdentityHashMap<>();

    RouteInstaller(Rib rib) {
        this.rib = rib;
    }

    /** Installs {@code e} (replacing {@code replaced} if the kernel has it). */
    void install(RouteNode node, RouteEntry e, RouteEntry replaced) {
        FibOp.Action action = replaced != null ? FibOp.Action.REPLACE : FibOp.Action.INSTALL;
        e.setStatus(RouteEntry.QUEUED);
        rib.fib.submit(new RouteOp(action, node, e, replaced, this));
    }

    void uninstall(RouteNode node, RouteEntry e) {
        if (vrfAlive(node)) {
            rib.fib.submit(new RouteOp(FibOp.Action.DELETE, node, e, null, this));
        }
    }

    /** Removes whatever the kernel has for the prefix, without telling anyone (after a refusal). */
    private void cleanup(RouteNode node, RouteEntry e) {
        if (vrfAlive(node)) {
            RouteOp op = new RouteOp(FibOp.Action.DELETE, node, e, null, this);
            op.cleanup = true;
            rib.fib.submit(op);
        }
    }

    /** Whether the node's VRF still exists (when it is gone, so is its kernel table). */
    private boolean vrfAlive(RouteNode node) {
        return rib.vrfs.byId(node.table.vrf().id()) == node.table.vrf();
    }

    FibResult failure(RouteEntry e) {
        return failures.get(e);
    }

    /** The entry no longer goes to the kernel: a refusal of it is history. */
    void clearFailure(RouteEntry e) {
        failures.remove(e);
    }

    @Override
    public void fibResult(FibOp fibOp, FibResult r) {
        RouteOp op = (RouteOp) fibOp;
        boolean latest = rib.fib.isLatest(op);
        RouteEntry e = op.entry;
        if (op.action() == FibOp.Action.DELETE) {
            deleted(op, r);
            return;
        }
        if (!latest || e.isRemoved() || !e.isFibSelected()) {
            return; // superseded by a later op for the same prefix
        }
        e.clearStatus(RouteEntry.QUEUED);
        if (r.isOk()) {
            e.setStatus(RouteEntry.INSTALLED);
            e.clearStatus(RouteEntry.FAILED);
            failures.remove(e);
            rib.clients.notifyOwner(op.node, e, RouteNotice.Result.INSTALLED, 0, "");
            if (e.isSelected()) {
                rib.redistribution.update(op.node, e, op.replaced);
            }
        } else {
            e.setStatus(RouteEntry.FAILED);
            e.clearStatus(RouteEntry.INSTALLED);
            failures.put(e, r);
            rib.failureLog.refused(op, r);
            rib.clients.notifyOwner(op.node, e, RouteNotice.Result.FAIL_INSTALL, r.errno(), r.message());
            // The kernel keeps whatever it had for the prefix before (an earlier version, or a route whose
            // answer was superseded): take it out. ESRCH if there was none.
            cleanup(op.node, e);
        }
        op.node.table.counts.recount(op.node);
        rib.nodeFibChanged(op.node);
    }

    private void deleted(RouteOp op, FibResult r) {
        boolean absent = r.errno() == Errno.ESRCH || r.errno() == Errno.ENOENT;
        if (!r.isOk() && !absent) {
            rib.failureLog.refused(op, r);
        }
        if (!op.cleanup) {
            rib.clients.notifyOwner(op.node, op.entry, r.isOk() || absent ? RouteNotice.Result.REMOVED
                    : RouteNotice.Result.REMOVE_FAIL, r.errno(), r.message());
        }
    }
}
