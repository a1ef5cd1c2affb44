package dev.ferry.ospfd.core.route;

import dev.ferry.ospfd.lsa.Lsa;
import java.util.List;

/**
 * The OSPF routing table calculation (RFC 2328 16, RFC 5340 4.8), after each area's SPF: intra-area routes and
 * the ABR/ASBR router routes from the SPF results (16.1), inter-area routes from summaries (16.2; an ABR reads only
 * the backbone's), then AS-external routes (16.4). Pure: same inputs, same table. Version-neutral: LSAs are read
 * through a per-version {@link LsaReader}. An ABR with an active backbone then examines the summaries of its
 * transit areas (16.3, {@link TransitAreaStage}); the virtual links themselves are edges of the backbone's SPF.
 * {@link LiveRoutingTable} keeps the result so that AS-external LSAs can then change it one prefix at a time (16.6).
 * Not done: area address ranges suppressing summaries (16.2 (3)), NSSA (RFC 3101), TOS.
 */
public final class RouteCalculator {
    private RouteCalculator() {
    }

    /**
     * @param selfIsAbr whether this router is an area border router (attached to several areas, the backbone
     *     among them): then only backbone summaries are examined
     * @param asExternal the AS-scope database (AS-external LSAs; other types are skipped)
     */
    public static RoutingTable calculate(int selfRouterId, boolean selfIsAbr, List<AreaInput> areas,
                                         Iterable<Lsa> asExternal) {
        return LiveRoutingTable.calculate(selfRouterId, selfIsAbr, areas, asExternal).table();
    }

    /** RFC 2328 16.1-16.3: the intra-area, inter-area and router routes, before any AS-external route. */
    static TableBuilder internal(int selfRouterId, boolean selfIsAbr, List<AreaInput> areas) {
        TableBuilder table = new TableBuilder();
        for (AreaInput area : areas) {
            IntraAreaStage.run(area, table);
        }
        boolean activeBackbone = false;
        for (AreaInput area : areas) {
            if (!selfIsAbr || area.area().isBackbone()) {
                InterAreaStage.run(selfRouterId, area, table);
            }
            activeBackbone |= area.area().isBackbone() && !area.intra().routers().isEmpty();
        }
        if (selfIsAbr && activeBackbone) {
            for (AreaInput area : areas) {
                if (area.transitCapable() && !area.area().isBackbone()) {
                    TransitAreaStage.run(selfRouterId, area, table);
                }
            }
        }
        return table;
    }
}
