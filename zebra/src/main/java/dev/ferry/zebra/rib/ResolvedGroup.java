package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A client nexthop group as resolved in the current RIB: FRR's nexthop hash entry (nhe) as a route uses it.
 * Routes with the same group and resolution rules share one object, so a million BGP routes through one
 * nexthop hold one of these; it is replaced (not changed) when the routes it resolved through change.
 */
public final class ResolvedGroup {
    private final int id;
    private final NexthopGroup group;
    private final int resolutionClass;
    private final List<ResolvedNexthop> hops;
    private final int count;
    private final int activeCount;
    /** The tracked gateways this resolution used (index = nexthop index; null for interfaces/blackholes). */
    final Rnh[] rnhs;
    int refs;
    /** Set when a route it resolved through changed: routes holding it must resolve again. */
    boolean stale;
    /** Whether the resolution cache holds it under (group, class). */
    boolean cached;
    private List<Nexthop> forwarding;

    ResolvedGroup(int id, NexthopGroup group, int resolutionClass, List<ResolvedNexthop> hops, Rnh[] rnhs) {
        this.id = id;
        this.group = group;
        this.resolutionClass = resolutionClass;
        this.hops = List.copyOf(hops);
        this.rnhs = rnhs;
        int n = 0;
        int active = 0;
        for (ResolvedNexthop h : this.hops) {
            n++;
            active += h.isActive() ? 1 : 0;
            for (ResolvedNexthop c : h.resolved()) {
                n++;
                active += c.isActive() ? 1 : 0;
            }
        }
        this.count = n;
        this.activeCount = active;
    }

    /** FRR's nexthop group id (JSON "nexthopGroupId"). */
    public int id() {
        return id;
    }

    public NexthopGroup group() {
        return group;
    }

    int resolutionClass() {
        return resolutionClass;
    }

    /** The client's nexthops with their resolution, in the client's order. */
    public List<ResolvedNexthop> hops() {
        return hops;
    }

    /** All nexthops, resolving ones included (JSON "internalNextHopNum"). */
    public int count() {
        return count;
    }

    /** Active nexthops, resolving ones included (JSON "internalNextHopActiveNum"). */
    public int activeCount() {
        return activeCount;
    }

    /** Whether the route can be selected: some nexthop is usable. */
    public boolean isUsable() {
        return activeCount > 0;
    }

    /** The nexthops the kernel gets: active, non-duplicate, with recursive ones replaced by what resolves them. */
    public List<Nexthop> forwarding() {
        if (forwarding == null) {
            forwarding = computeForwarding();
        }
        return forwarding;
    }

    private List<Nexthop> computeForwarding() {
        List<Nexthop> out = new ArrayList<>(hops.size());
        for (ResolvedNexthop h : hops) {
            if (!h.isActive()) {
                continue;
            }
            if (h.isRecursive()) {
                for (ResolvedNexthop c : h.resolved()) {
                    if (c.isActive() && !c.has(ResolvedNexthop.DUPLICATE)) {
                        out.add(c.nexthop());
                    }
                }
            } else if (!h.has(ResolvedNexthop.DUPLICATE)) {
                out.add(h.nexthop());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Whether some nexthop (or resolving nexthop) pushes MPLS labels. */
    public boolean hasLabels() {
        for (Nexthop n : forwarding()) {
            if (n.labelCount() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether this resolution looked at interface {@code ifindex}. */
    boolean usesInterface(int ifindex) {
        if (group.usesInterface(ifindex)) {
            return true;
        }
        for (ResolvedNexthop h : hops) {
            if (h.nexthop().ifindex() == ifindex) {
                return true;
            }
        }
        return false;
    }

    boolean sameResolution(ResolvedGroup o) {
        return o != null && o.group == group && o.hops.equals(hops);
    }

    @Override
    public String toString() {
        return "nhg " + id + " " + hops;
    }
}
