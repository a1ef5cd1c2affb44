package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of the routing table calculation (RFC 2328 11): the network routes, in FRR's table order, and the
 * router routes (ABRs and ASBRs), by increasing router id, each with one entry per area it is reached in.
 */
public record RoutingTable(Map<IpPrefix, OspfRoute> networks, Map<Integer, List<RouterRoute>> routers) {
    public RoutingTable {
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
        Map<Integer, List<RouterRoute>> copy = new LinkedHashMap<>();
        routers.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        routers = Collections.unmodifiableMap(copy);
    }
}
