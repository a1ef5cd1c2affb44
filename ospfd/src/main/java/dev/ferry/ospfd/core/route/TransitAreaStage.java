package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.shared.AreaId;

/**
 * RFC 2328 16.3, examining transit areas' summary-LSAs: an area border router attached to a transit area (one a
 * virtual link crosses) may find, through the transit area's border routers, a shorter way to a destination
 * than the backbone path it has. For each summary of the transit area (not ours, not at MaxAge or LSInfinity)
 * whose destination already has an intra- or inter-area route associated with the backbone, the path through the
 * summary's originator (reached intra-area in the transit area) replaces the route's cost and nexthops when
 * cheaper, and adds its nexthops at equal cost. The route stays a backbone route: only its way changes.
 */
final class TransitAreaStage {
    private static final AreaId BACKBONE = new AreaId(0, true);

    private TransitAreaStage() {
    }

    static void run(int selfRouterId, AreaInput transit, TableBuilder table) {
        for (Lsa lsa : transit.areaLsas()) {
            InterAreaAdvert advert = LsaReader.of(lsa.version()).interArea(lsa);
            if (advert == null || lsa.header().isMaxAge() || advert.metric() >= SummaryLsaV2.LS_INFINITY
                    || lsa.header().advertisingRouter() == selfRouterId) {
                continue;
            }
            RouterRoute border = table.router(lsa.header().advertisingRouter(), transit.area());
            if (border == null || border.type() != PathType.INTRA_AREA) {
                continue;
            }
            int cost = TableBuilder.addCosts(border.cost(), advert.metric());
            if (advert.toRouter()) {
                improveRouter(table, advert.asbr(), cost, border);
            } else {
                improveNetwork(table, advert.prefix(), cost, border);
            }
        }
    }

    private static void improveNetwork(TableBuilder table, IpPrefix prefix, int cost, RouterRoute border) {
        OspfRoute old = table.networks.get(prefix);
        if (old == null || !old.area().isBackbone() || old.connected()
                || old.type() != PathType.INTRA_AREA && old.type() != PathType.INTER_AREA) {
            return;
        }
        if (cost < old.cost()) {
            table.networks.put(prefix, new OspfRoute(prefix, old.type(), cost, 0, old.area(), border.nextHops(),
                    false));
        } else if (cost == old.cost()) {
            table.networks.put(prefix, old.withNextHops(border.nextHops()));
        }
    }

    private static void improveRouter(TableBuilder table, int asbr, int cost, RouterRoute border) {
        RouterRoute old = table.router(asbr, BACKBONE);
        if (old == null) {
            return;
        }
        if (cost < old.cost()) {
            table.replaceRouter(new RouterRoute(asbr, cost, old.area(), old.abr(), old.asbr(), border.nextHops(),
                    old.type()));
        } else if (cost == old.cost()) {
            table.replaceRouter(old.withNextHops(border.nextHops()));
        }
    }
}
