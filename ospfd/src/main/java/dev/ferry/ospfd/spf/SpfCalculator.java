package dev.ferry.ospfd.spf;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The intra-area shortest-path calculation of both versions (RFC 2328 16.1 with the nexthops of 16.1.1; RFC 5340
 * 4.8.1): Dijkstra over routers and transit networks with every equal-cost path kept, then the prefixes hung off
 * the tree (v2 stub links and networks, v3 Intra-Area-Prefix-LSAs). Pure: reads an {@link AreaLsdb}, returns an
 * {@link SpfResult}.
 */
public final class SpfCalculator {
    private SpfCalculator() {
    }

    /** Runs SPF for {@code rootRouterId} over the area's LSAs. */
    public static SpfResult calculate(AreaLsdb lsdb, int rootRouterId) {
        return calculate(lsdb, rootRouterId, Map.of());
    }

    /**
     * Runs SPF for the backbone with OSPFv2 virtual links (RFC 2328 16.1): {@code virtualNextHops} gives, by the
     * far end's router id, the nexthops the transit area's SPF found to it; a virtual link of ours to a router
     * not in it is not used.
     */
    public static SpfResult calculate(AreaLsdb lsdb, int rootRouterId, Map<Integer, Set<NextHop>> virtualNextHops) {
        Topology topology = lsdb.version() == OspfVersion.V2 ? new V2Topology(lsdb, rootRouterId, virtualNextHops)
                : new V3Topology(lsdb, rootRouterId);
        return calculate(topology);
    }

    /** Per-vertex state: the best distance found and the nexthops of every path at that distance. */
    private static final class State {
        final VertexId id;
        int cost;
        Set<NextHop> nextHops = new LinkedHashSet<>();
        boolean inTree;
        /** The first shortest path's previous vertex and the edge from it, for the router's address. */
        State parent;
        Edge parentEdge;

        State(VertexId id, int cost) {
            this.id = id;
            this.cost = cost;
        }
    }

    private record Candidate(State state, int cost) {
    }

    static SpfResult calculate(Topology topology) {
        VertexId root = topology.root();
        Map<VertexId, State> states = new HashMap<>();
        // RFC 2328 16.1 step 3: among equal distances, networks come off the candidate list before routers
        PriorityQueue<Candidate> candidates = new PriorityQueue<>((a, b) -> a.cost != b.cost
                ? Integer.compare(a.cost, b.cost)
                : Boolean.compare(!a.state.id.network(), !b.state.id.network()));
        State rootState = new State(root, 0);
        states.put(root, rootState);
        candidates.add(new Candidate(rootState, 0));
        List<State> tree = new ArrayList<>();
        while (!candidates.isEmpty()) {
            Candidate c = candidates.poll();
            State v = c.state;
            if (v.inTree || c.cost != v.cost) {
                continue;
            }
            v.inTree = true;
            tree.add(v);
            for (Edge e : topology.edges(v.id)) {
                State w = states.get(e.to());
                long total = (long) v.cost + e.cost();
                if (total > Integer.MAX_VALUE) {
                    continue;
                }
                int cost = (int) total;
                if (w == null) {
                    w = new State(e.to(), cost);
                    states.put(e.to(), w);
                    w.parent = v;
                    w.parentEdge = e;
                } else if (w.inTree || cost > w.cost) {
                    continue;
                } else if (cost < w.cost) {
                    w.cost = cost;
                    w.nextHops = new LinkedHashSet<>();
                    w.parent = v;
                    w.parentEdge = e;
                }
                addNextHops(topology, root, v, e, w.nextHops);
                candidates.add(new Candidate(w, cost));
            }
        }
        return result(topology, root, tree);
    }

    /** RFC 2328 16.1.1: the nexthops that the path through {@code v} over {@code e} gives. */
    private static void addNextHops(Topology topology, VertexId root, State v, Edge e, Set<NextHop> into) {
        if (v.id.equals(root) && e.virtual()) {
            into.addAll(topology.virtualNextHops(e));
            return;
        }
        if (v.id.equals(root)) {
            // directly attached: a network is reached on the interface, a router at its address on the link
            byte[] gateway = e.to().network() ? null : topology.gateway(root, e);
            if (e.to().network() || gateway != null) {
                into.add(new NextHop(e.localInterface(), gateway));
            }
            return;
        }
        for (NextHop parent : v.nextHops) {
            if (parent.isDirect() && v.id.network() && !e.to().network()) {
                // a router on a network the calculating router is attached to: its address on that network
                byte[] gateway = topology.gateway(v.id, e);
                if (gateway != null) {
                    into.add(new NextHop(parent.outgoingInterface(), gateway));
                }
            } else {
                into.add(parent);
            }
        }
    }

    private static SpfResult result(Topology topology, VertexId root, List<State> tree) {
        Map<Integer, SpfResult.RouterPath> routers = new LinkedHashMap<>();
        Map<IpPrefix, SpfResult.PrefixRoute> prefixes = new LinkedHashMap<>();
        for (State v : tree) {
            boolean isRoot = v.id.equals(root);
            if (!isRoot && v.nextHops.isEmpty()) {
                continue;
            }
            if (!v.id.network() && !isRoot) {
                byte[] address = v.parent == null ? null : topology.backlinkAddress(v.parent.id, v.parentEdge);
                routers.put(v.id.routerId(), new SpfResult.RouterPath(v.id.routerId(), v.cost,
                        Set.copyOf(v.nextHops), topology.routerFlags(v.id.routerId()), address));
            }
            boolean connected = isRoot || v.id.network() && v.nextHops.stream().allMatch(NextHop::isDirect);
            topology.prefixes(v.id, (prefix, metric) -> {
                int cost = (int) Math.min(Integer.MAX_VALUE, (long) v.cost + metric);
                SpfResult.PrefixRoute old = prefixes.get(prefix);
                if (old != null && (old.connected() || old.cost() < cost)) {
                    return;
                }
                if (old != null && old.cost() == cost && !connected) {
                    Set<NextHop> merged = new LinkedHashSet<>(old.nextHops());
                    merged.addAll(v.nextHops);
                    prefixes.put(prefix, new SpfResult.PrefixRoute(prefix, cost, Set.copyOf(merged), false));
                } else {
                    prefixes.put(prefix, new SpfResult.PrefixRoute(prefix, cost, Set.copyOf(v.nextHops), connected));
                }
            });
        }
        return new SpfResult(routers, prefixes);
    }
}
