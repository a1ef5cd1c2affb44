package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.core.origin.AreaSettings;
import dev.ferry.ospfd.core.origin.ExternalPlanner;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.core.origin.Reachable;
import dev.ferry.ospfd.lsa.InterAreaPrefixLsa;
import dev.ferry.ospfd.lsa.InterAreaRouterLsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.shared.AreaId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Inter-Area-Prefix-LSAs (0x2003) and Inter-Area-Router-LSAs (0x2004) an OSPFv3 area border router originates
 * into each attached area (RFC 5340 4.4.3.4, 4.4.3.5, with RFC 2328 12.4.3's rules), as FRR 8.4 decides them
 * (ospf6_abr.c ospf6_abr_originate_summary_to_area):
 * <ul>
 * <li>an ABR is attached to the backbone and at least one other area;</li>
 * <li>intra-area networks go to every other area; those inside a range of their own area are hidden and the range
 * is announced instead (unless `not-advertise`), at its configured cost or the highest component cost;</li>
 * <li>inter-area networks (learnt over the backbone) go to the non-backbone areas;</li>
 * <li>nothing goes back into its own area, nothing at LSInfinity; PrefixOptions 0, host bits cleared;</li>
 * <li>Inter-Area-Router-LSAs (Link State ID = the ASBR's router id, its Router-LSA's options) for the preferred path
 * to each ASBR other than us, never into stub areas;</li>
 * <li>stub areas get a default ::/0 at {@link AreaSettings#defaultCost()} (FRR 8.4: {@link #stubDefaultMetric}),
 * and only that with no-summary.</li>
 * </ul>
 * The v2 {@link dev.ferry.ospfd.core.origin.SummaryPlanner} cannot be reused: it keeps IPv4 prefixes only, derives
 * Link State IDs from the addresses (RFC 2328 Appendix E) and calls any router with two areas an ABR; here the
 * decision is the same in shape, for IPv6, with FRR's ospf6d choices and per-area allocated Link State IDs.
 */
public final class V3SummaryPlanner {
    /** LSInfinity (RFC 5340 A.4.5: 24-bit metric). */
    public static final int LS_INFINITY = 0xffffff;
    private static final IpPrefix DEFAULT = new IpPrefix(new byte[16], 0);

    private V3SummaryPlanner() {
    }

    /**
     * @param self our router id (never announced as an ASBR)
     * @param networks our routing table's intra- and inter-area routes (IPv4 ones are ignored)
     * @param areas every attached area and its settings; the result has an entry (maybe empty) for each
     * @param ids the Link State IDs allocated so far; updated (new prefixes get IDs, withdrawn ones free theirs)
     * @return per area, Inter-Area-Prefix-LSAs in table order then Inter-Area-Router-LSAs by router id
     */
    public static Map<AreaId, List<PlannedLsa>> plan(int self, List<Reachable> networks, List<V3ReachableAsbr> asbrs,
                                                     Map<AreaId, AreaSettings> areas, V3SummaryIds ids) {
        Map<AreaId, List<PlannedLsa>> out = new LinkedHashMap<>();
        boolean abr = areas.size() >= 2 && areas.keySet().stream().anyMatch(AreaId::isBackbone);
        Map<RangeKey, Integer> activeRanges = abr ? activeRanges(networks, areas) : Map.of();
        for (Map.Entry<AreaId, AreaSettings> e : areas.entrySet()) {
            LinkStateIdAllocator<IpPrefix> areaIds = ids.area(e.getKey().value());
            out.put(e.getKey(), abr ? planArea(self, e.getKey(), e.getValue(), networks, asbrs, areas, activeRanges,
                    areaIds) : releaseAll(areaIds));
        }
        ids.retainAreas(areas.keySet().stream().map(AreaId::value).toList());
        return out;
    }

    /**
     * FRR 8.4's metric of the default summary into stub areas (ospf6_abr_defaults_to_stub uses metric_value of
     * the default route): the `default-information originate metric`, else 10 when following the RIB's default,
     * else 1 (`always`, or default-information not configured).
     */
    public static int stubDefaultMetric(DefaultOriginate defaultOriginate) {
        if (defaultOriginate == null) {
            return ExternalPlanner.DEFAULT_ALWAYS_METRIC;
        }
        Redistribution how = defaultOriginate.how() == null ? Redistribution.PLAIN : defaultOriginate.how();
        if (how.metric() >= 0) {
            return how.metric();
        }
        return defaultOriginate.always() ? ExternalPlanner.DEFAULT_ALWAYS_METRIC
                : ExternalPlanner.DEFAULT_ORIGINATE_METRIC;
    }

    private static List<PlannedLsa> releaseAll(LinkStateIdAllocator<IpPrefix> ids) {
        ids.retainOnly(List.of());
        return List.of();
    }

    /** A range of an area with at least one reachable component. */
    private record RangeKey(long area, AreaRange range) {
    }

    private static List<PlannedLsa> planArea(int self, AreaId target, AreaSettings settings, List<Reachable> networks,
                                             List<V3ReachableAsbr> asbrs, Map<AreaId, AreaSettings> areas,
                                             Map<RangeKey, Integer> activeRanges,
                                             LinkStateIdAllocator<IpPrefix> ids) {
        Map<IpPrefix, Integer> costs = new TreeMap<>(IpPrefix.TABLE_ORDER);
        if (!(settings.stub() && settings.noSummary())) {
            for (Reachable r : networks) {
                if (entersArea(r, target) && rangeOf(r, areas) == null) {
                    costs.merge(r.prefix().masked(), r.cost(), Math::min);
                }
            }
            activeRanges.forEach((key, cost) -> {
                if (key.range().advertise() && key.area() != target.value()) {
                    costs.merge(key.range().prefix().masked(), cost, Math::min);
                }
            });
        }
        if (settings.stub()) {
            costs.put(DEFAULT, settings.defaultCost());
        }
        ids.retainOnly(costs.keySet());
        List<PlannedLsa> planned = new ArrayList<>();
        costs.forEach((prefix, cost) -> planned.add(new PlannedLsa(LsaTypes.V3_INTER_AREA_PREFIX, ids.idFor(prefix),
                new InterAreaPrefixLsa(cost & LS_INFINITY, Ospf6Prefix.of(prefix, 0, 0)))));
        if (!settings.stub()) {
            for (V3ReachableAsbr a : preferredAsbrs(asbrs)) {
                if (a.routerId() != self && !a.area().sameArea(target) && a.cost() >= 0 && a.cost() < LS_INFINITY) {
                    planned.add(new PlannedLsa(LsaTypes.V3_INTER_AREA_ROUTER, a.routerId(),
                            new InterAreaRouterLsa(a.options() & 0xffffff, a.cost(), a.routerId())));
                }
            }
        }
        return planned;
    }

    private static boolean entersArea(Reachable r, AreaId target) {
        if (r.cost() < 0 || r.cost() >= LS_INFINITY || r.prefix().isIpv4() || r.area().sameArea(target)) {
            return false;
        }
        return r.intraArea() || (r.area().isBackbone() && !target.isBackbone());
    }

    /** FRR's range lookup_bestmatch: the most specific range of the route's own area covering it, or null. */
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
                if (!range.prefix().isIpv4() && covers(range.prefix(), r.prefix())
                        && (best == null || range.prefix().length() > best.prefix().length())) {
                    best = range;
                }
            }
        }
        return best;
    }

    private static boolean covers(IpPrefix range, IpPrefix p) {
        return p.length() >= range.length()
                && new IpPrefix(p.address(), range.length()).masked().equals(range.masked());
    }

    /**
     * Ranges and the cost to announce them with (ospf6_abr_range_compute_cost): the configured one, else the
     * highest cost of the intra-area routes they cover. As FRR, a range is active only when that highest cost is
     * not 0.
     */
    private static Map<RangeKey, Integer> activeRanges(List<Reachable> networks, Map<AreaId, AreaSettings> areas) {
        Map<RangeKey, Integer> highest = new HashMap<>();
        for (Reachable r : networks) {
            if (r.cost() < 0 || r.cost() >= LS_INFINITY || r.prefix().isIpv4()) {
                continue;
            }
            AreaRange range = rangeOf(r, areas);
            if (range != null) {
                highest.merge(new RangeKey(r.area().value(), range), r.cost(), Math::max);
            }
        }
        Map<RangeKey, Integer> active = new HashMap<>();
        highest.forEach((key, cost) -> {
            if (cost > 0) {
                active.put(key, key.range().cost() >= 0 ? (int) Math.min(key.range().cost(), LS_INFINITY) : cost);
            }
        });
        return active;
    }

    /** Only the preferred routing table entry of each ASBR is summarised: the cheapest, then the lowest area. */
    private static List<V3ReachableAsbr> preferredAsbrs(List<V3ReachableAsbr> asbrs) {
        Map<Integer, V3ReachableAsbr> best = new TreeMap<>(Integer::compareUnsigned);
        Comparator<V3ReachableAsbr> preference = Comparator.comparingInt(V3ReachableAsbr::cost)
                .thenComparing(a -> a.area().value());
        for (V3ReachableAsbr a : asbrs) {
            best.merge(a.routerId(), a, (x, y) -> preference.compare(y, x) < 0 ? y : x);
        }
        return List.copyOf(best.values());
    }
}
