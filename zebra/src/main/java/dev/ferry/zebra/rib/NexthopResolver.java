package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which nexthops of a route are usable and how recursive ones are reached (FRR's zebra_nhg.c
 * nexthop_active / nexthop_set_resolved):
 * <ul>
 * <li>blackholes are always usable; interface nexthops when the interface is up;</li>
 * <li>a gateway is looked up in its VRF, longest match first, skipping prefixes without a FIB route and never
 * through the default route unless `ip nht resolve-via-default`; a route never resolves through itself;</li>
 * <li>a gateway covered by a connected route is directly reachable (the interface is taken from it);</li>
 * <li>otherwise, if the route allows recursion (static, iBGP, ...), the gateway is reached through the
 * nexthops of the covering route, labels stacked: the covering route's (transport) labels first, then the
 * route's own. A BGP VPN route via 2.2.2.2 label 146 through OSPF's 2.2.2.2/32 via 10.1.1.254 with LDP's
 * label 17 becomes 10.1.1.254 with the stack 17/146.</li>
 * </ul>
 * One deliberate difference from FRR: a covering route counts while its install is still in flight (FRR
 * waits for the kernel's answer and then re-resolves). Both end the same way; this saves a round when an
 * IGP route and the BGP routes over it arrive together. A refused covering route does not count.
 * <p>
 * Results are cached per (client nexthop group, resolution rules) so routes sharing nexthops share one
 * {@link ResolvedGroup}; the cache entry goes stale when a tracked address it used changes.
 */
final class NexthopResolver {
    /** Resolution rules that change the outcome: recursion allowed, route type is a system route. */
    private static final int CLASS_RECURSION = 1;
    private static final int CLASS_SYSTEM = 2;
    /** How deep a chain of recursive routes may be before it is treated as a loop. */
    private static final int MAX_DEPTH = 8;
    /** FRR's MPLS_MAX_LABELS: a longer stack is cut, as FRR's nexthop_set_resolved does. */
    static final int MAX_LABELS = 16;

    private record Key(NexthopGroup group, int resolutionClass) {
    }

    private final Rib rib;
    private final Map<Key, ResolvedGroup> cache = new HashMap<>();
    /** The cache entry found last: a client's routes come in runs sharing one group, found without a probe. */
    private ResolvedGroup lastHit;
    private int nextId = 1;

    NexthopResolver(Rib rib) {
        this.rib = rib;
    }

    static int resolutionClass(RouteEntry e) {
        return (e.hasFlag(RouteEntry.FLAG_ALLOW_RECURSION) ? CLASS_RECURSION : 0)
                | (e.type().isSystem() ? CLASS_SYSTEM : 0);
    }

    /**
     * The resolution of {@code e}'s nexthops for its place in {@code node}.
     * <p>
     * Lifecycle of a {@link ResolvedGroup}: it registers with the tracked addresses it used when computed, and
     * stays registered while routes hold it or the cache does ({@link #free} unregisters it after that), so a
     * change of any of those addresses always reaches it.
     */
    ResolvedGroup resolve(RouteEntry e, RouteNode node) {
        if (e.type() == RouteType.KERNEL) {
            return kernelRoute(e.group);
        }
        int resolutionClass = resolutionClass(e);
        ResolvedGroup cached = cached(e.group, resolutionClass);
        if (cached == null || cached.stale) {
            ResolvedGroup fresh = compute(e.group, resolutionClass, null);
            if (cached != null && cached.sameResolution(fresh)) {
                cached.stale = false;
                free(fresh);
            } else {
                if (cached != null) {
                    uncache(cached);
                }
                fresh.cached = true;
                cache.put(new Key(e.group, resolutionClass), fresh);
                cached = fresh;
            }
        }
        if (dependsOn(cached, node, 0)) {
            ResolvedGroup own = compute(e.group, resolutionClass, node);
            if (cached.sameResolution(own)) {
                free(own);
                return cached;
            }
            if (cached.refs == 0) {
                uncache(cached);
            }
            return own;
        }
        return cached;
    }

    /** The cached resolution of (group, class), or null; remembers it as the last hit. */
    private ResolvedGroup cached(NexthopGroup group, int resolutionClass) {
        ResolvedGroup g = lastHit;
        if (g != null && g.cached && g.group() == group && g.resolutionClass() == resolutionClass) {
            return g; // still the cache's entry for this key: a group leaves the cache only by uncache()
        }
        g = cache.get(new Key(group, resolutionClass));
        if (g != null) {
            lastHit = g;
        }
        return g;
    }

    /** Drops {@code g} from the cache (routes may still hold it). */
    void uncache(ResolvedGroup g) {
        if (g.cached) {
            cache.remove(new Key(g.group(), g.resolutionClass()), g);
            g.cached = false;
        }
        free(g);
    }

    /** Once neither routes nor the cache hold {@code g}: it stops listening to its tracked addresses. */
    void free(ResolvedGroup g) {
        if (g.refs > 0 || g.cached) {
            return;
        }
        for (Rnh r : g.rnhs) {
            if (r != null) {
                r.dependents.remove(g);
                rib.tracker.dropIfUnused(r);
            }
        }
    }

    /** Drops cached resolutions that used interface {@code ifindex}, and marks them stale for their routes. */
    void interfaceChanged(int ifindex) {
        for (ResolvedGroup g : List.copyOf(cache.values())) {
            if (g.usesInterface(ifindex)) {
                g.stale = true;
                uncache(g);
            }
        }
    }

    int cacheSize() {
        return cache.size();
    }

    /**
     * Whether resolving through {@code g} would make a route at {@code node} depend on itself: some address
     * {@code g} (or a route it resolves through, transitively) looks up is, or would be once this route is
     * installed, resolved by {@code node}. Such a route is not usable (RFC 4271 9.1.2.1: a route whose
     * nexthop would become unresolvable if it were installed is excluded); FRR instead lets routes keep each
     * other alive, and with labels their stacks grow on every round. A chain deeper than MAX_DEPTH counts
     * as circular too.
     */
    static boolean dependsOn(ResolvedGroup g, RouteNode node, int depth) {
        if (g == null) {
            return false;
        }
        if (depth > MAX_DEPTH) {
            return true;
        }
        for (Rnh r : g.rnhs) {
            if (r == null) {
                continue;
            }
            if (captures(node, r) || (r.entry != null && dependsOn(r.entry.nhe, node, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a route at {@code node} resolves, or would resolve, the tracked address. */
    private static boolean captures(RouteNode node, Rnh r) {
        if (node.table != r.vrf.table(r.address.afi()) || !node.covers(r.address)) {
            return false;
        }
        if (node.length() == 0 && !r.vrf.resolveViaDefault(r.address.afi())) {
            return false;
        }
        return r.node == null || node.length() >= r.node.length();
    }

    /** Kernel routes are trusted: a nexthop is usable when its interface is up (FRR skips resolution). */
    private ResolvedGroup kernelRoute(NexthopGroup group) {
        List<ResolvedNexthop> hops = new ArrayList<>(group.size());
        for (Nexthop n : group.nexthops()) {
            boolean up = n.kind() == Nexthop.Kind.BLACKHOLE || rib.interfaces.isOperative(n.vrfId(), n.ifindex());
            hops.add(new ResolvedNexthop(n, up ? ResolvedNexthop.ACTIVE : 0, List.of(), false));
        }
        return new ResolvedGroup(nextId++, group, CLASS_SYSTEM, hops, new Rnh[group.size()]);
    }

    private ResolvedGroup compute(NexthopGroup group, int resolutionClass, RouteNode self) {
        List<ResolvedNexthop> hops = new ArrayList<>(group.size());
        Rnh[] rnhs = new Rnh[group.size()];
        for (int i = 0; i < group.size(); i++) {
            hops.add(resolveOne(group.get(i), resolutionClass, self, rnhs, i));
        }
        ResolvedGroup g = new ResolvedGroup(nextId++, group, resolutionClass, markDuplicates(hops), rnhs);
        for (Rnh r : rnhs) {
            if (r != null) {
                r.dependents.add(g);
            }
        }
        return g;
    }

    private ResolvedNexthop resolveOne(Nexthop nh, int resolutionClass, RouteNode self, Rnh[] rnhs, int index) {
        nh = nh.unresolved();
        switch (nh.kind()) {
            case BLACKHOLE:
                return new ResolvedNexthop(nh, ResolvedNexthop.ACTIVE, List.of(), false);
            case IFINDEX:
                return interfaceOnly(nh);
            case IPV6_IFINDEX:
                if (nh.gateway().isLinkLocal()) {
                    return interfaceOnly(nh);
                }
                break;
            default:
                break;
        }
        if (nh.onlink()) {
            return interfaceOnly(nh);
        }
        IpAddress target = nh.gateway().isIpv4Mapped() ? nh.gateway().mappedIpv4() : nh.gateway();
        RibVrf vrf = rib.vrfs.byId(nh.vrfId());
        if (vrf == null) {
            return ResolvedNexthop.inactive(nh);
        }
        RouteTable table = vrf.table(target.afi());
        if (self != null && self.isHost() && self.table == table && self.covers(target)) {
            return ResolvedNexthop.inactive(nh); // a host route through itself
        }
        Rnh rnh = rib.tracker.acquire(vrf, target);
        rib.tracker.ensureFresh(rnh);
        rnhs[index] = rnh;
        if (self != null && captures(self, rnh)) {
            return ResolvedNexthop.inactive(nh); // would resolve through its own prefix
        }
        RouteEntry match = rnh.entry;
        if (match == null || match.nhe == null) {
            return ResolvedNexthop.inactive(nh);
        }
        if (match.type() == RouteType.CONNECTED
                || (match.type().isSystem() && (resolutionClass & CLASS_SYSTEM) != 0)) {
            return throughConnected(nh, rnh.node, match);
        }
        if ((resolutionClass & CLASS_RECURSION) == 0 || !match.isForwarding()) {
            return ResolvedNexthop.inactive(nh);
        }
        if (self != null && dependsOn(match.nhe, self, 0)) {
            return ResolvedNexthop.inactive(nh); // the covering route resolves (or would) through this one
        }
        return recursive(nh, target.afi(), match.nhe);
    }

    private ResolvedNexthop interfaceOnly(Nexthop nh) {
        boolean up = rib.interfaces.isOperative(nh.vrfId(), nh.ifindex());
        int flags = (up ? ResolvedNexthop.ACTIVE : 0) | (nh.onlink() ? ResolvedNexthop.ONLINK : 0);
        return new ResolvedNexthop(nh, flags, List.of(), false);
    }

    /** FRR's zebra_nhg_connected_ifindex: the connected route on the nexthop's interface, if it names one. */
    private static ResolvedNexthop throughConnected(Nexthop nh, RouteNode node, RouteEntry match) {
        RouteEntry conn = match;
        if (nh.ifindex() != 0) {
            for (RouteEntry e = node.head; e != null; e = e.next) {
                if (!e.isRemoved() && e.type() == RouteType.CONNECTED && e.group.size() > 0
                        && e.group.get(0).ifindex() == nh.ifindex()) {
                    conn = e;
                    break;
                }
            }
        }
        int ifindex = conn.group.size() > 0 ? conn.group.get(0).ifindex() : 0;
        if (!nh.kind().ifindexGiven()) {
            nh = nh.withResolvedIfindex(ifindex);
        } else if (nh.ifindex() != ifindex) {
            return ResolvedNexthop.inactive(nh);
        }
        return new ResolvedNexthop(nh, ResolvedNexthop.ACTIVE, List.of(), false);
    }

    /** The nexthop reached through the forwarding nexthops of the route covering its gateway. */
    private static ResolvedNexthop recursive(Nexthop nh, Afi afi, ResolvedGroup via) {
        List<ResolvedNexthop> children = new ArrayList<>();
        for (ResolvedNexthop top : via.hops()) {
            consider(nh, afi, top, children);
            for (ResolvedNexthop c : top.resolved()) {
                consider(nh, afi, c, children);
            }
        }
        if (children.isEmpty()) {
            return ResolvedNexthop.inactive(nh);
        }
        return new ResolvedNexthop(nh, ResolvedNexthop.ACTIVE | ResolvedNexthop.RECURSIVE, children, false);
    }

    /** FRR's nexthop_valid_resolve, then nexthop_set_resolved. */
    private static void consider(Nexthop nh, Afi afi, ResolvedNexthop newhop, List<ResolvedNexthop> out) {
        if (newhop.isRecursive() || !newhop.isActive() || newhop.has(ResolvedNexthop.DUPLICATE)) {
            return;
        }
        if ((nh.kind() == Nexthop.Kind.IPV4_IFINDEX || nh.kind() == Nexthop.Kind.IPV6_IFINDEX)
                && nh.ifindex() != newhop.nexthop().ifindex()) {
            return;
        }
        out.add(resolvedHop(nh, afi, newhop));
    }

    private static ResolvedNexthop resolvedHop(Nexthop nh, Afi afi, ResolvedNexthop newhop) {
        Nexthop via = newhop.nexthop();
        boolean onlink = newhop.has(ResolvedNexthop.ONLINK) || via.onlink();
        Nexthop r = switch (via.kind()) {
            case IPV4, IPV4_IFINDEX, IPV6, IPV6_IFINDEX -> via.ifindex() != 0
                    ? Nexthop.gateway(nh.vrfId(), via.gateway(), via.ifindex())
                    : Nexthop.gateway(nh.vrfId(), via.gateway());
            case IFINDEX -> {
                onlink = true;
                yield Nexthop.gateway(nh.vrfId(), nh.gateway(), via.ifindex());
            }
            case BLACKHOLE -> Nexthop.blackhole(nh.vrfId(), via.blackhole());
        };
        int[] stack = new int[Math.min(MAX_LABELS, via.labelCount() + nh.labelCount())];
        for (int i = 0; i < stack.length; i++) {
            stack[i] = i < via.labelCount() ? via.label(i) : nh.label(i - via.labelCount());
        }
        LspType type = via.labelCount() > 0 ? via.labelType() : nh.labelType();
        r = r.withLabels(type, stack).withWeight(1);
        if (nh.srv6() != null) {
            r = r.withSrv6(nh.srv6());
        }
        int flags = ResolvedNexthop.ACTIVE | (onlink ? ResolvedNexthop.ONLINK : 0);
        return new ResolvedNexthop(onlink ? r.withOnlink(true) : r, flags, List.of(), true);
    }

    /** Flags a forwarding nexthop equal to an earlier one (weights aside) as a duplicate, as FRR does. */
    private static List<ResolvedNexthop> markDuplicates(List<ResolvedNexthop> hops) {
        List<Nexthop> seen = new ArrayList<>();
        List<ResolvedNexthop> out = new ArrayList<>(hops.size());
        for (ResolvedNexthop h : hops) {
            if (!h.isActive()) {
                out.add(h);
            } else if (h.isRecursive()) {
                List<ResolvedNexthop> kids = new ArrayList<>(h.resolved().size());
                for (ResolvedNexthop c : h.resolved()) {
                    kids.add(duplicateCheck(c, seen));
                }
                out.add(h.withResolved(kids));
            } else {
                out.add(duplicateCheck(h, seen));
            }
        }
        return out;
    }

    private static ResolvedNexthop duplicateCheck(ResolvedNexthop h, List<Nexthop> seen) {
        Nexthop k = h.nexthop().withWeight(0);
        if (seen.contains(k)) {
            return h.withFlag(ResolvedNexthop.DUPLICATE);
        }
        seen.add(k);
        return h;
    }
}
