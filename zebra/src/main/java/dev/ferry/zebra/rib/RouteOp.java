package dev.ferry.zebra.rib;

import java.util.List;

/**
 * Install, replace or delete the route to one prefix in one kernel table, with its resolved forwarding
 * nexthops (labels to push included). Ferry tags the routes it installs with the route type as rtm_protocol,
 * as FRR does, so a restart can find stale ones. The prefix, table, type, distance and metric are read from
 * the node and entry, whose fields for them are final (so the dataplane's thread may read them too): one op
 * a route is made for every install, and copies would cost it a Prefix and 24 bytes more.
 */
public final class RouteOp extends FibOp {
    /** The entry's forwarding nexthops when the op was made: the entry's own change when it is resolved again. */
    private final List<Nexthop> nexthops;
    final RouteNode node;
    final RouteEntry entry;
    /** For installs: the entry it replaces in the FIB, if any. */
    final RouteEntry replaced;
    /** A delete after a refusal, to clear what the kernel kept: nobody is told of its result. */
    boolean cleanup;
    /** Its number among its node's ops, given on submit ({@link RouteNode#latestOp}). */
    short number;

    RouteOp(Action action, RouteNode node, RouteEntry entry, RouteEntry replaced, FibResultHandler handler) {
        super(action, handler);
        this.node = node;
        this.entry = entry;
        this.replaced = replaced;
        this.nexthops = action == Action.DELETE || entry.nhe == null ? List.of() : entry.nhe.forwarding();
    }

    public int vrfId() {
        return node.table.vrf().id();
    }

    /**
     * The kernel table: 254 (main) for the default VRF and namespace VRFs, the VRF's table otherwise, or the
     * table the route was added with (`table N`).
     */
    public int tableId() {
        return node.table.kernelTable();
    }

    /** A new Prefix on each call: callers wanting it more than once keep it. */
    public Prefix prefix() {
        return node.prefix();
    }

    /**
     * The prefix's network, left-aligned as {@link Prefix#hi()} and {@link Prefix#lo()} are, and its length: for
     * the dataplane's per-route encoding, which would otherwise make a Prefix and an address array per route.
     */
    public long prefixHi() {
        return node.hi();
    }

    public long prefixLo() {
        return node.lo();
    }

    public int prefixLength() {
        return node.length();
    }

    /** The address family of the prefix. */
    public Afi afi() {
        return node.table.afi();
    }

    public RouteType type() {
        return entry.type();
    }

    public int distance() {
        return entry.distance();
    }

    public int metric() {
        return entry.metric();
    }

    /** The resolved nexthops to program (empty for deletes). */
    public List<Nexthop> nexthops() {
        return nexthops;
    }

    @Override
    public boolean needsMpls() {
        for (Nexthop n : nexthops) {
            if (n.labelCount() > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return "route " + node + " vrf " + node.table.vrf().name()
                + (node.table.isMain() ? "" : " table " + Integer.toUnsignedString(tableId()));
    }

    @Override
    public String toString() {
        return action() + " " + describe() + " " + nexthops;
    }
}
