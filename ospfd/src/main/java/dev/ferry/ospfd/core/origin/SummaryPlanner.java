package dev.ferry.ospfd.core.origin;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary-LSAs an area border router originates into each attached area (RFC 2328 12.4.3):
 * <ul>
 * <li>intra-area networks go to every other area; those inside one of their own area's ranges are hidden and the
 * range is announced instead (unless `not-advertise`) with the configured cost or the highest component cost;</li>
 * <li>inter-area networks (learnt from the backbone) go to the non-backbone areas only;</li>
 * <li>nothing goes back into its own area, nor into an area its nexthops lie in (split horizon, as a backbone
 * route over a virtual link), nothing at LSInfinity;</li>
 * <li>ASBR-summaries (type 4) for the preferred path to each ASBR, never into stub areas;</li>
 * <li>stub areas get a default summary 0.0.0.0/0 at `default-cost` (12.4.3.1), and only that with no-summary.</li>
 * </ul>
 * A router attached to fewer than two areas is no ABR and originates no summaries.
 */
public final class SummaryPlanner {
    private static final IpPrefix DEFAULT = Ipv4.prefix(0, 0);

    private SummaryPlanner() {
    }

    /**
     * @param areas every attached area and its settings; the result has an entry (maybe empty) for each
     * @return per area, type-3 LSAs in table order then type-4 LSAs by router id
     */
    public static Map<AreaId, List<PlannedLsa>> plan(List<Reachable> networks, List<ReachableAsbr> asbrs,
                                                     Map<AreaId, AreaSettings> areas) {
        Map<AreaId, List<PlannedLsa>> out = new LinkedHashMap<>();
        boolean abr = areas.size() >= 2;
        Map<RangeKey, Integer> activeRanges = abr ? activeRanges(networks, areas) : Map.of();
        for (Map.Entry<AreaId, AreaSettings> e : areas.entrySet()) {
            out.put(e.getKey(), abr ? planArea(e.getKey(), e.getValue(), networks, asbrs, areas, activeRanges)
                    : List.of());
        }
        return out;
    }

    /** A range of an area with at least one reachable component, and the cost to announce it with. */
    private record RangeKey(long area, AreaRange range) {
    }

    private static List<PlannedLsa> planArea(AreaId target, AreaSettings settings, List<Reachable> networks,
                                             List<ReachableAsbr> asbrs, Map<AreaId, AreaSettings> areas,
                                             Map<RangeKey, Integer> activeRanges) {
        Map<IpPrefix, Integer> costs = new TreeMap<>(IpPrefix.TABLE_ORDER);
        if (!(settings.stub() && settings.noSummary())) {
            for (Reachable r : networks) {
                if (entersArea(r, target) && rangeOf(r, areas) == null) {
                    costs.merge(Ipv4.canonical(r.prefix()), r.cost(), Math::min);
                }
            }
            activeRanges.forEach((key, cost) -> {
                if (key.range().advertise() && key.area() != target.value()) {
                    costs.merge(Ipv4.canonical(key.range().prefix()), cost, Math::min);
                }
            });
        }
        if (settings.stub()) {
            costs.put(DEFAULT, settings.defaultCost());
        }
        List<PlannedLsa> planned = new ArrayList<>();
        Map<IpPrefix, Integer> ids = LinkStateIds.assign(costs.keySet());
        costs.forEach((prefix, cost) -> {
            Integer id = ids.get(prefix);
            if (id != null) {
                planned.add(new PlannedLsa(LsaTypes.V2_SUMMARY, id,
                        new SummaryLsaV2(Ipv4.mask(prefix.length()), cost)));
            }
        });
        if (!settings.stub()) {
            for (ReachableAsbr a : preferredAsbrs(asbrs)) {
                if (!a.area().sameArea(target) && a.cost() < SummaryLsaV2.LS_INFINITY && a.cost() >= 0) {
                    planned.add(new PlannedLsa(LsaTypes.V2_ASBR_SUMMARY, a.routerId(), new SummaryLsaV2(0, a.cost())));
                }
            }
        }
        return planned;
    }

    private static boolean entersArea(Reachable r, AreaId target) {
        if (r.cost() < 0 || r.cost() >= SummaryLsaV2.LS_INFINITY || !r.prefix().isIpv4() || r.area().sameArea(target)
                || r.nextHopAreas().contains(target.value())) {
            return false;
        }
        return r.intraArea() || (r.area().isBackbone() && !target.isBackbone());
    }

    /** The most specific range of the route's own area covering an intra-area route, or null. */
    private static AreaRange rangeOf(Reachable r, Map<AreaId, AreaSettings> areas) {
        if (!r.intraArea()) {
            return null;
        }
        AreaRange best = null;
        for (Map.Entry<AreaId, AreaSettings> e : areas.entrySet()) {
            if (!e.getKey().sameArea(r.area())) {
                continue;
            }
            for (AreaRange range : e.getValue().ranges()) {
                if (range.prefix().isIpv4() && Ipv4.contains(range.prefix(), r.prefix())
                        && (best == null || range.prefix().length() > best.prefix().length())) {
                    best = range;
                }
            }
        }
        return best;
    }

    /** Ranges with reachable components, with their configured cost or the highest component cost. */
    private static Map<RangeKey, Integer> activeRanges(List<Reachable> networks, Map<AreaId, AreaSettings> areas) {
        Map<RangeKey, Integer> active = new HashMap<>();
        for (Reachable r : networks) {
            if (r.cost() < 0 || r.cost() >= SummaryLsaV2.LS_INFINITY || !r.prefix().isIpv4()) {
                continue;
            }
            AreaRange range = rangeOf(r, areas);
            if (range != null) {
                active.merge(new RangeKey(r.area().value(), range), r.cost(), Math::max);
            }
        }
        active.replaceAll((key, cost) -> key.range().cost() >= 0
                ? (int) Math.min(key.range().cost(), SummaryLsaV2.LS_INFINITY - 1) : cost);
        return active;
    }

    /** RFC 2328 12.4.3: only the preferred (cheapest) routing table entry of each ASBR is summarised. */
    private static List<ReachableAsbr> preferredAsbrs(List<ReachableAsbr> asbrs) {
        Map<Integer, ReachableAsbr> best = new TreeMap<>(Integer::compareUnsigned);
        for (ReachableAsbr a : asbrs) {
            best.merge(a.routerId(), a, (x, y) -> y.cost() < x.cost() ? y : x);
        }
        return best.values().stream().sorted(Comparator.comparing(ReachableAsbr::routerId, Integer::compareUnsigned))
                .toList();
    }
}
