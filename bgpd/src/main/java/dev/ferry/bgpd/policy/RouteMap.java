package dev.ferry.bgpd.policy;

import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * A route-map: entries by sequence number, evaluated as FRR's route_map_apply_ext. The first entry whose
 * clauses all match decides: deny denies; permit runs its sets, then its `call` (a deny there denies), then
 * its exit policy: stop with permit, go on with the next entry (`on-match next`) or the first later entry at
 * or after N (`on-match goto N`). When evaluation runs off the end, the route is permitted if a permit entry
 * matched on the way and denied otherwise (the implicit deny). An empty map denies.
 */
public final class RouteMap {
    /** FRR's RMAP_RECURSION_LIMIT for `call` chains. */
    static final int RECURSION_LIMIT = 10;

    private final String name;
    private final TreeMap<Integer, RouteMapEntry> entries = new TreeMap<>();
    private long invoked;

    public RouteMap(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Collection<RouteMapEntry> entries() {
        return List.copyOf(entries.values());
    }

    public RouteMapEntry entry(int seq) {
        return entries.get(seq);
    }

    /** The entry of {@code seq}, created with {@code action} or switched to it. */
    public RouteMapEntry entry(int seq, PolicyAction action) {
        RouteMapEntry e = entries.computeIfAbsent(seq, s -> new RouteMapEntry(s, action));
        e.action(action);
        return e;
    }

    public void remove(int seq) {
        entries.remove(seq);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long invoked() {
        return invoked;
    }

    /** `clear route-map counters`. */
    public void clearCounters() {
        invoked = 0;
        entries.values().forEach(RouteMapEntry::clearCounters);
    }

    /** Runs the map over {@code route} (editing it through its setters); true when the route is permitted. */
    public boolean permits(PolicyRoute route, Policies policies) {
        return apply(route, policies, 0);
    }

    boolean apply(PolicyRoute route, Policies policies, int depth) {
        if (depth > RECURSION_LIMIT || entries.isEmpty()) {
            return false;
        }
        invoked++;
        boolean permit = true;
        Integer seq = entries.firstKey();
        while (seq != null) {
            RouteMapEntry e = entries.get(seq);
            e.countInvocation();
            if (!e.matches(route, policies)) {
                permit = false;
                seq = entries.higherKey(seq);
                continue;
            }
            if (e.action() == PolicyAction.DENY) {
                return false;
            }
            permit = true;
            e.applySets(route);
            if (e.call() != null) {
                RouteMap called = policies.routeMap(e.call());
                if (called != null && !called.apply(route, policies, depth + 1)) {
                    return false;
                }
            }
            switch (e.exitPolicy()) {
                case EXIT -> {
                    return true;
                }
                case NEXT -> seq = entries.higherKey(seq);
                case GOTO -> seq = entries.ceilingKey(Math.max(e.gotoSeq(), seq + 1));
            }
        }
        return permit;
    }
}
