package dev.ferry.zebra.rib;

/**
 * One request to the kernel FIB, as the RIB hands it to the dataplane ({@link FibPort}). Every op gets
 * exactly one {@link FibResult}. Subclasses carry the data to program: {@link RouteOp} for IP routes,
 * dev.ferry.zebra.rib.mpls.LspOp for label switching entries.
 */
public abstract class FibOp {
    /** What to do with the entry. */
    public enum Action {
        /** Add a route the kernel does not have. */
        INSTALL,
        /** Replace the route to the same destination (NLM_F_REPLACE). */
        REPLACE,
        /** Remove it. */
        DELETE
    }

    private final Action action;
    private final FibResultHandler handler;

    protected FibOp(Action action, FibResultHandler handler) {
        this.action = action;
        this.handler = handler;
    }

    public Action action() {
        return action;
    }

    /** Where the RIB wants this op's result; the dataplane does not call it (see FibResultSink). */
    FibResultHandler handler() {
        return handler;
    }

    /** Whether the kernel needs MPLS support for this op (label pushes, label routes). */
    public abstract boolean needsMpls();

    /** For logs: "route 10.0.0.0/24 vrf default", "LSP 16". */
    public abstract String describe();
}
