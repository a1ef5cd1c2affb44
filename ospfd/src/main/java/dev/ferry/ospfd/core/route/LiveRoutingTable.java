package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.Lsa;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing table between two SPF runs: the full calculation's result, whose AS-external routes are then
 * recalculated one destination at a time as AS-external LSAs arrive, change or are flushed (RFC 2328 16.6, FRR's
 * {@code ospf_ase_incremental_update}): 16.4 for that prefix alone, against the intra/inter-area routes and ASBR
 * routes of the last full run, which stay as they were. So a flood of externals needs no SPF run, and the table
 * stays the one a full calculation over the same databases would give.
 */
public final class LiveRoutingTable {
    private final int selfRouterId;
    private final Set<Long> stubAreas;
    /** RFC 2328 16.4 applies: some attached area is not a stub (through a stub area no ASBR is reached). */
    private final boolean externalsApply;
    /** The intra-area, inter-area and router routes: read, never written, after the full run. */
    private final TableBuilder internal;
    private final Map<IpPrefix, OspfRoute> externals;
    private RoutingTable snapshot;

    private LiveRoutingTable(int selfRouterId, Set<Long> stubAreas, boolean externalsApply, TableBuilder internal,
                             Map<IpPrefix, OspfRoute> externals) {
        this.selfRouterId = selfRouterId;
        this.stubAreas = stubAreas;
        this.externalsApply = externalsApply;
        this.internal = internal;
        this.externals = externals;
    }

    /** The full calculation (RFC 2328 16.1-16.4); see {@link RouteCalculator#calculate}. */
    public static LiveRoutingTable calculate(int selfRouterId, boolean selfIsAbr, List<AreaInput> areas,
                                             Iterable<Lsa> asExternal) {
        TableBuilder internal = RouteCalculator.internal(selfRouterId, selfIsAbr, areas);
        Set<Long> stubAreas = new HashSet<>();
        boolean anyTransitCapable = false;
        for (AreaInput area : areas) {
            if (area.stub()) {
                stubAreas.add(area.area().value());
            } else {
                anyTransitCapable = true;
            }
        }
        Map<IpPrefix, OspfRoute> externals = anyTransitCapable
                ? ExternalStage.routes(selfRouterId, stubAreas, asExternal, internal) : new HashMap<>();
        return new LiveRoutingTable(selfRouterId, stubAreas, anyTransitCapable, internal, externals);
    }

    /**
     * The destination an AS-external LSA (v2 type 5, v3 0x4005) advertises, whatever its age or metric; null for
     * another type or a body that names none.
     */
    public static IpPrefix externalPrefix(Lsa lsa) {
        ExternalAdvert advert = LsaReader.of(lsa.version()).external(lsa);
        return advert == null ? null : advert.prefix();
    }

    /**
     * RFC 2328 16.6: recalculates the AS-external route to {@code prefix}.
     *
     * @param advertisers the AS-external LSAs that may advertise {@code prefix} (every one that does must be
     *     among them; others are skipped)
     * @return whether the table's route to {@code prefix} changed
     */
    public boolean updateExternal(IpPrefix prefix, Iterable<Lsa> advertisers) {
        OspfRoute now = externalsApply
                ? ExternalStage.routes(selfRouterId, stubAreas, advertisers, internal, prefix).get(prefix) : null;
        OspfRoute before = now == null ? externals.remove(prefix) : externals.put(prefix, now);
        boolean changed = now == null ? before != null : !now.equals(before);
        if (changed) {
            snapshot = null;
        }
        return changed;
    }

    /** The route to {@code prefix}: intra- or inter-area, else AS-external; null if there is none. */
    public OspfRoute route(IpPrefix prefix) {
        OspfRoute r = internal.networks.get(prefix);
        return r != null ? r : externals.get(prefix);
    }

    /** Every network route, in no particular order. */
    public Map<IpPrefix, OspfRoute> networks() {
        Map<IpPrefix, OspfRoute> all = new HashMap<>(internal.networks);
        all.putAll(externals);
        return Collections.unmodifiableMap(all);
    }

    /** The table in FRR's order, built when first asked for after a change. */
    public RoutingTable table() {
        if (snapshot == null) {
            snapshot = internal.build(externals);
        }
        return snapshot;
    }
}
