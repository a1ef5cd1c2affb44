package dev.ferry.zebra.rib;

import java.util.List;

/**
 * A nexthop after resolution, with FRR's nexthop flags: whether it is usable (ACTIVE), reached through
 * another route (RECURSIVE, with the nexthops of that route in {@link #resolved()}, labels stacked), installed
 * onlink, or a duplicate of an earlier one. The FIB flag is not stored: it is derived from the route's
 * installed state when shown (FRR sets it on every active, non-recursive nexthop of an installed route).
 */
public final class ResolvedNexthop {
    public static final int ACTIVE = 0x1;
    public static final int FIB = 0x2;
    public static final int RECURSIVE = 0x4;
    public static final int ONLINK = 0x8;
    public static final int DUPLICATE = 0x10;

    private final Nexthop nexthop;
    private final int flags;
    private final List<ResolvedNexthop> resolved;
    private final boolean resolver;

    ResolvedNexthop(Nexthop nexthop, int flags, List<ResolvedNexthop> resolved, boolean resolver) {
        this.nexthop = nexthop;
        this.flags = flags;
        this.resolved = List.copyOf(resolved);
        this.resolver = resolver;
    }

    static ResolvedNexthop inactive(Nexthop n) {
        return new ResolvedNexthop(n, n.onlink() ? ONLINK : 0, List.of(), false);
    }

    public Nexthop nexthop() {
        return nexthop;
    }

    public int flags() {
        return flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isActive() {
        return has(ACTIVE);
    }

    public boolean isRecursive() {
        return has(RECURSIVE);
    }

    /** The nexthops of the resolving route (recursive nexthops only), FRR's nexthop->resolved. */
    public List<ResolvedNexthop> resolved() {
        return resolved;
    }

    /** Whether this nexthop resolves a recursive parent (FRR's rparent; JSON "resolver"). */
    public boolean isResolver() {
        return resolver;
    }

    ResolvedNexthop withFlag(int flag) {
        return new ResolvedNexthop(nexthop, flags | flag, resolved, resolver);
    }

    ResolvedNexthop withResolved(List<ResolvedNexthop> children) {
        return new ResolvedNexthop(nexthop, flags, children, resolver);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedNexthop r && r.flags == flags && r.resolver == resolver
                && r.nexthop.equals(nexthop) && r.resolved.equals(resolved);
    }

    @Override
    public int hashCode() {
        return nexthop.hashCode() * 31 + flags * 7 + resolved.hashCode();
    }

    @Override
    public String toString() {
        return nexthop + " flags " + flags + (resolved.isEmpty() ? "" : " -> " + resolved);
    }
}
