package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.SummaryLsaV2;

/**
 * RFC 2328 16.2 (RFC 5340 4.8.2): inter-area routes from the summary LSAs of one area. A summary is ignored when it
 * is at MaxAge, its metric is LSInfinity or this router originated it; otherwise its originating ABR must be
 * reachable in the area, and the route costs the distance to that ABR plus the advertised metric, through the
 * ABR's nexthops. Intra-area routes are never replaced; cheaper inter-area paths replace dearer ones and equal
 * costs merge their nexthops (ECMP).
 */
final class InterAreaStage {
    private InterAreaStage() {
    }

    static void run(int selfRouterId, AreaInput area, TableBuilder table) {
        for (Lsa lsa : area.areaLsas()) {
            InterAreaAdvert advert = LsaReader.of(lsa.version()).interArea(lsa);
            if (advert == null || lsa.header().isMaxAge() || advert.metric() >= SummaryLsaV2.LS_INFINITY
                    || lsa.header().advertisingRouter() == selfRouterId) {
                continue;
            }
            RouterRoute abr = table.router(lsa.header().advertisingRouter(), area.area());
            if (abr == null || !abr.abr() || abr.type() != PathType.INTRA_AREA) {
                continue;
            }
            int cost = TableBuilder.addCosts(abr.cost(), advert.metric());
            if (advert.toRouter()) {
                offerAsbr(selfRouterId, area, table, advert.asbr(), cost, abr);
            } else {
                offerNetwork(area, table, advert.prefix(), cost, abr);
            }
        }
    }

    private static void offerNetwork(AreaInput area, TableBuilder table, IpPrefix prefix, int cost, RouterRoute abr) {
        OspfRoute old = table.networks.get(prefix);
        if (old != null && old.type() == PathType.INTRA_AREA) {
            return;
        }
        if (old == null || cost < old.cost()) {
            table.networks.put(prefix, new OspfRoute(prefix, PathType.INTER_AREA, cost, 0, area.area(),
                    abr.nextHops(), false));
        } else if (cost == old.cost()) {
            table.networks.put(prefix, old.withNextHops(abr.nextHops()));
        }
    }

    private static void offerAsbr(int selfRouterId, AreaInput area, TableBuilder table, int asbr, int cost,
                                  RouterRoute abr) {
        RouterRoute old = table.router(asbr, area.area());
        if (asbr == selfRouterId || old != null && old.type() == PathType.INTRA_AREA) {
            return;
        }
        table.offerRouter(new RouterRoute(asbr, cost, area.area(), false, true, abr.nextHops(),
                PathType.INTER_AREA));
    }
}
