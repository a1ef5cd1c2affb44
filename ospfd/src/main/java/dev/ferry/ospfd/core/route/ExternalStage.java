package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.spf.NextHop;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * RFC 2328 16.4 (RFC 5340 4.8.4): AS-external routes. An LSA is ignored at MaxAge, at LSInfinity, when this router
 * originated it, or when its ASBR is reachable through no non-stub area. The path to the ASBR is chosen by 16.4.1
 * (RFC1583Compatibility disabled, FRR's default): intra-area paths through non-backbone areas first, then the lowest
 * cost, then the largest area ID. A non-zero forwarding address replaces the ASBR as the place to reach: it must
 * fall in an intra- or inter-area route (longest match) that has nexthops, whose cost and nexthops are used. Routes compare by
 * 16.4 (6): intra/inter-area first (an external never replaces them), E1 before E2, E2 by type 2 metric, then by
 * 16.4.1's preference of the path, then by cost; equal ones merge their nexthops (the area is that of the lowest
 * LSA key's path, so that the order the LSAs are read in does not matter).
 */
final class ExternalStage {
    /** A way to reach an ASBR or forwarding address: its cost, nexthops and 16.4.1 preference (0 best). */
    private record Reach(int cost, Set<NextHop> nextHops, RouterRoute via, int preference) {
    }

    /** A route on offer, with the key of the LSA that gave it (equal routes merge; the lowest key names the area). */
    private record Candidate(OspfRoute route, int preference, LsaKey from) {
    }

    private static final Comparator<LsaKey> KEY_ORDER = Comparator
            .comparing(LsaKey::advertisingRouter, Integer::compareUnsigned)
            .thenComparing(LsaKey::linkStateId, Integer::compareUnsigned);

    private ExternalStage() {
    }

    /** The AS-external routes of {@code asExternal}, against the intra/inter-area and router routes of {@code table}. */
    static Map<IpPrefix, OspfRoute> routes(int selfRouterId, Set<Long> stubAreas, Iterable<Lsa> asExternal,
                                           TableBuilder table) {
        return routes(selfRouterId, stubAreas, asExternal, table, null);
    }

    /** The same, for the LSAs that advertise {@code only} (all when null). */
    static Map<IpPrefix, OspfRoute> routes(int selfRouterId, Set<Long> stubAreas, Iterable<Lsa> asExternal,
                                           TableBuilder table, IpPrefix only) {
        Map<IpPrefix, Candidate> best = new HashMap<>();
        for (Lsa lsa : asExternal) {
            ExternalAdvert advert = LsaReader.of(lsa.version()).external(lsa);
            int asbr = lsa.header().advertisingRouter();
            if (advert == null || only != null && !only.equals(advert.prefix()) || lsa.header().isMaxAge()
                    || advert.metric() >= SummaryLsaV2.LS_INFINITY || asbr == selfRouterId
                    || table.networks.containsKey(advert.prefix())) {
                continue;
            }
            Reach reach = asbrPath(table, asbr, stubAreas);
            if (reach != null && advert.forwardingAddress() != null) {
                reach = forwardingPath(table, advert.forwardingAddress());
            }
            if (reach == null) {
                continue;
            }
            PathType type = advert.type2() ? PathType.EXTERNAL_2 : PathType.EXTERNAL_1;
            int cost = advert.type2() ? reach.cost() : TableBuilder.addCosts(reach.cost(), advert.metric());
            OspfRoute route = new OspfRoute(advert.prefix(), type, cost, advert.type2() ? advert.metric() : 0,
                    reach.via().area(), reach.nextHops(), false);
            offer(best, new Candidate(route, reach.preference(), lsa.key()));
        }
        Map<IpPrefix, OspfRoute> routes = new HashMap<>();
        best.forEach((prefix, c) -> routes.put(prefix, c.route()));
        return routes;
    }

    /** RFC 2328 16.4.1: the preferred router route to the ASBR among the non-stub areas, or null. */
    private static Reach asbrPath(TableBuilder table, int asbr, Set<Long> stubAreas) {
        return table.routers(asbr).stream()
                .filter(r -> r.asbr() && !stubAreas.contains(r.area().value()))
                .map(r -> new Reach(r.cost(), r.nextHops(), r, preference(r.type(), r)))
                .min(Comparator.comparingInt(Reach::preference).thenComparingInt(Reach::cost)
                        .thenComparing((a, b) -> Long.compareUnsigned(b.via().area().value(), a.via().area().value())))
                .orElse(null);
    }

    /**
     * RFC 2328 16.4 (3): the intra- or inter-area route that best matches the forwarding address, with the address
     * itself as gateway on directly attached networks; null if there is none, or if it is one of our own stub links
     * (SPF gives those no interface).
     */
    private static Reach forwardingPath(TableBuilder table, byte[] address) {
        for (int length = address.length * 8; length >= 0; length--) {
            OspfRoute r = table.networks.get(new IpPrefix(address, length).masked());
            if (r == null) {
                continue;
            }
            Set<NextHop> nextHops = new LinkedHashSet<>();
            for (NextHop nh : r.nextHops()) {
                nextHops.add(nh.isDirect() ? new NextHop(nh.outgoingInterface(), address) : nh);
            }
            if (nextHops.isEmpty()) {
                // a stub link of our own Router-LSA: SPF names no interface for it, so there is no way to send
                return null;
            }
            RouterRoute via = new RouterRoute(0, r.cost(), r.area(), false, false, nextHops, r.type());
            return new Reach(r.cost(), nextHops, via, preference(r.type(), via));
        }
        return null;
    }

    /** 16.4.1: 0 for an intra-area path through a non-backbone area, 1 for the others (of equal preference). */
    private static int preference(PathType type, RouterRoute via) {
        return type == PathType.INTRA_AREA && !via.area().isBackbone() ? 0 : 1;
    }

    private static void offer(Map<IpPrefix, Candidate> best, Candidate c) {
        Candidate old = best.get(c.route().prefix());
        int order = old == null ? -1 : compare(c, old);
        if (order < 0) {
            best.put(c.route().prefix(), c);
        } else if (order == 0) {
            // the merged route must not depend on the order the LSAs are read in: a prefix recalculated alone
            // (RFC 2328 16.6) gets what the full run gave
            Candidate first = KEY_ORDER.compare(c.from(), old.from()) < 0 ? c : old;
            Candidate second = first == c ? old : c;
            best.put(c.route().prefix(), new Candidate(first.route().withNextHops(second.route().nextHops()),
                    first.preference(), first.from()));
        }
    }

    /** RFC 2328 16.4 (6)(b)-(d): negative if {@code a} is preferred. */
    private static int compare(Candidate a, Candidate b) {
        OspfRoute ra = a.route();
        OspfRoute rb = b.route();
        if (ra.type() != rb.type()) {
            return ra.type() == PathType.EXTERNAL_1 ? -1 : 1;
        }
        if (ra.type() == PathType.EXTERNAL_2 && ra.type2Cost() != rb.type2Cost()) {
            return Integer.compare(ra.type2Cost(), rb.type2Cost());
        }
        if (a.preference() != b.preference()) {
            return Integer.compare(a.preference(), b.preference());
        }
        return Integer.compare(ra.cost(), rb.cost());
    }
}
