package dev.ferry.ospfd.core.route;

import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.spf.SpfResult;

/**
 * RFC 2328 16.1 as the routing table sees it: every area's SPF prefixes become intra-area routes, and the area
 * border and AS boundary routers it reached become router routes of that area. A prefix reached in several areas
 * keeps the cheapest path; at equal cost a directly connected one, then the paths of one area merge, and between
 * areas the largest area ID wins (as RFC 2328 16.4.1 breaks ties). The B and E bits sit at the same place in the
 * Router-LSAs of both versions.
 */
final class IntraAreaStage {
    private IntraAreaStage() {
    }

    static void run(AreaInput area, TableBuilder table) {
        for (SpfResult.PrefixRoute p : area.intra().prefixes().values()) {
            offer(table, new OspfRoute(p.prefix(), PathType.INTRA_AREA, p.cost(), 0, area.area(), p.nextHops(),
                    p.connected()));
        }
        for (SpfResult.RouterPath r : area.intra().routers().values()) {
            boolean abr = (r.flags() & RouterLsaV2.FLAG_B) != 0;
            boolean asbr = (r.flags() & RouterLsaV2.FLAG_E) != 0;
            if (abr || asbr) {
                table.offerRouter(new RouterRoute(r.routerId(), r.cost(), area.area(), abr, asbr, r.nextHops(),
                        PathType.INTRA_AREA));
            }
        }
    }

    private static void offer(TableBuilder table, OspfRoute route) {
        OspfRoute old = table.networks.get(route.prefix());
        if (old == null || route.cost() < old.cost()) {
            table.networks.put(route.prefix(), route);
        } else if (route.cost() == old.cost() && !old.connected()) {
            if (route.connected()) {
                table.networks.put(route.prefix(), route);
            } else if (old.area().sameArea(route.area())) {
                table.networks.put(route.prefix(), old.withNextHops(route.nextHops()));
            } else if (Long.compareUnsigned(route.area().value(), old.area().value()) > 0) {
                table.networks.put(route.prefix(), route);
            }
        }
    }
}
