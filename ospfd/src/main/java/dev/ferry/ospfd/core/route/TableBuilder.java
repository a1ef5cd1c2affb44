package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AreaId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The routing table while the stages of RFC 2328 16 fill it in: network routes, and router routes per area. */
final class TableBuilder {
    final Map<IpPrefix, OspfRoute> networks = new HashMap<>();
    private final Map<Integer, Map<Long, RouterRoute>> routers = new HashMap<>();

    /** The route to router {@code id} associated with {@code area}, or null. */
    RouterRoute router(int id, AreaId area) {
        Map<Long, RouterRoute> byArea = routers.get(id);
        return byArea == null ? null : byArea.get(area.value());
    }

    /** Every route to router {@code id}, one per area it is reached in. */
    List<RouterRoute> routers(int id) {
        Map<Long, RouterRoute> byArea = routers.get(id);
        return byArea == null ? List.of() : List.copyOf(byArea.values());
    }

    /** Keeps the cheaper of {@code route} and the one already known for its (router, area); merges equal ones. */
    void offerRouter(RouterRoute route) {
        Map<Long, RouterRoute> byArea = routers.computeIfAbsent(route.routerId(), k -> new LinkedHashMap<>());
        RouterRoute old = byArea.get(route.area().value());
        if (old == null || route.cost() < old.cost()) {
            byArea.put(route.area().value(), route);
        } else if (route.cost() == old.cost() && route.type() == old.type()) {
            byArea.put(route.area().value(), old.withNextHops(route.nextHops()));
        }
    }

    /** Replaces the route to a router in its area (RFC 2328 16.3 improving a backbone path). */
    void replaceRouter(RouterRoute route) {
        routers.computeIfAbsent(route.routerId(), k -> new LinkedHashMap<>()).put(route.area().value(), route);
    }

    /** The table: these network routes and {@code externals} (none of whose prefixes is among them), sorted. */
    RoutingTable build(Map<IpPrefix, OspfRoute> externals) {
        Map<IpPrefix, OspfRoute> all = new HashMap<>(networks);
        all.putAll(externals);
        Map<IpPrefix, OspfRoute> sortedNetworks = new LinkedHashMap<>();
        all.keySet().stream().sorted(IpPrefix.TABLE_ORDER).forEach(p -> sortedNetworks.put(p, all.get(p)));
        Map<Integer, List<RouterRoute>> sortedRouters = new LinkedHashMap<>();
        routers.keySet().stream().sorted(Integer::compareUnsigned)
                .forEach(id -> sortedRouters.put(id, new ArrayList<>(routers.get(id).values())));
        return new RoutingTable(sortedNetworks, sortedRouters);
    }

    /** Saturating addition of costs (metrics are 24 bits, but paths add up). */
    static int addCosts(int a, int b) {
        return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
    }
}
