package dev.ferry.zebra.rib;

import java.util.List;

/**
 * Install, replace or delete the route to one prefix in one kernel table, with its resolved forwarding
 * nexthops (labels to push included). Ferry tags the routes it installs with the route type as rtm_protocol,
 * as FRR does, so a restart can find stale ones.
 */
public final class RouteOp extends FibOp {
    private final int vrfId;
    private final int tableId;
    private final Prefix prefix;
    private final RouteType type;
    private final int distance;
    private final int metric;
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
        this.vrfId = node.table.vrf().id();
        this.tableId = node.table.kernelTable();
        this.prefix = node.prefix();
        this.type = entry.type();
        this.distance = entry.distance();
        this.metric = entry.metric();
        this.nexthops = action == Action.DELETE || entry.nhe == null ? List.of() : entry.nhe.forwarding();
    }

    public int vrfId() {
        return vrfId;
    }

    /**
     * The kernel table: 254 (main) for the default VRF and namespace VRFs, the VRF's table otherwise, or the
     * table the route was added with (`table N`).
     */
    public int tableId() {
        return tableId;
    }

    public Prefix prefix() {
        return prefix;
    }

    public RouteType type() {
        return type;
    }

    public int distance() {
        return distance;
    }

    public int metric() {
        return metric;
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
        return "route " + prefix + " vrf " + node.table.vrf().name()
                + (node.table.isMain() ? "" : " table " + Integer.toUnsignedString(tableId));
    }

    @Override
    public String toString() {
        return action() + " " + describe() + " " + nexthops;
    }
}
