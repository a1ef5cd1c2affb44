package dev.ferry.staticd.config;

import dev.ferry.lib.net.IpPrefix;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static routes of one VRF, in FRR's order (IPv4 before IPv6, then prefix length, then prefix).
 * Adding a nexthop the route already has replaces it, even at another distance; removing the last nexthop
 * of a path or route removes those too, as FRR's northbound does.
 */
public final class StaticVrf {
    private static final Comparator<IpPrefix> ROUTE_ORDER = IpPrefix.LENGTH_FIRST;

    private final String name;
    private final Map<IpPrefix, StaticRoute> routes = new TreeMap<>(ROUTE_ORDER);

    public StaticVrf(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<StaticRoute> routes() {
        return List.copyOf(routes.values());
    }

    public StaticRoute route(IpPrefix prefix) {
        return routes.get(prefix);
    }

    /** Configures {@code nexthop} for {@code prefix} at (table, distance), tagging that path with {@code tag}. */
    public void add(IpPrefix prefix, long table, int distance, long tag, StaticNexthop nexthop) {
        remove(prefix, table, nexthop);
        StaticRoute route = routes.computeIfAbsent(prefix, StaticRoute::new);
        StaticPath path = route.path(table, distance);
        path.tag(tag);
        path.add(nexthop);
    }

    /** Removes the nexthop like {@code like} from the route in {@code table}; false if there is none. */
    public boolean remove(IpPrefix prefix, long table, StaticNexthop like) {
        StaticRoute route = routes.get(prefix);
        StaticPath path = route == null ? null : route.pathHolding(table, like);
        if (path == null) {
            return false;
        }
        path.remove(path.find(like));
        route.removeEmptyPaths();
        if (route.isEmpty()) {
            routes.remove(prefix);
        }
        return true;
    }

    public boolean isEmpty() {
        return routes.isEmpty();
    }
}
