package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.origin.InterfaceView;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.core.origin.v3.AttachedLinkLsa;
import dev.ferry.ospfd.core.origin.v3.IntraAreaPrefixBuilder;
import dev.ferry.ospfd.core.origin.v3.LinkLsaBuilder;
import dev.ferry.ospfd.core.origin.v3.V3InterfaceView;
import dev.ferry.ospfd.core.origin.v3.V3Neighbor;
import dev.ferry.ospfd.core.origin.v3.V3NetworkLsaBuilder;
import dev.ferry.ospfd.core.origin.v3.V3RouterLsaBuilder;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.core.origin.AreaSettings;
import dev.ferry.ospfd.core.origin.Reachable;
import dev.ferry.ospfd.core.origin.v3.LinkStateIdAllocator;
import dev.ferry.ospfd.core.origin.v3.V3ExternalPlanner;
import dev.ferry.ospfd.core.origin.v3.V3ReachableAsbr;
import dev.ferry.ospfd.core.origin.v3.V3SummaryIds;
import dev.ferry.ospfd.core.origin.v3.V3SummaryPlanner;
import dev.ferry.ospfd.core.route.RouterRoute;
import dev.ferry.ospfd.core.route.RoutingTable;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.shared.AreaId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an OSPFv3 router should be saying now (RFC 5340 4.4.3): per area its Router-LSA, Network-LSAs where it
 * is DR, Intra-Area-Prefix-LSAs for its stub prefixes and its transit links, (ABR) Inter-Area-Prefix and
 * Inter-Area-Router LSAs, per link its Link-LSA, and AS-External-LSAs for redistributed routes. The Link State
 * IDs of summaries and externals are allocated here and kept for the life of the instance, as FRR's.
 */
final class SelfLsaPlansV3 implements Origination.Plans {
    private final OspfRouter router;
    private final V3SummaryIds summaryIds = new V3SummaryIds();
    private final LinkStateIdAllocator<IpPrefix> externalIds = LinkStateIdAllocator.sequential();

    SelfLsaPlansV3(OspfRouter router) {
        this.router = router;
    }

    @Override
    public void plan(Map<Origination.Slot, Origination.Planned> want) {
        Map<AreaId, List<PlannedLsa>> summaries = summaryPlan();
        for (Area area : router.areas()) {
            areaLsas(area, want);
            if (router.links().stream().anyMatch(l -> l.area == area)) {
                for (PlannedLsa p : summaries.getOrDefault(area.id, List.of())) {
                    put(want, area, null, p);
                }
            }
        }
        externalLsas(want);
    }

    private void externalLsas(Map<Origination.Slot, Origination.Planned> want) {
        Area any = null;
        for (Area a : router.areas()) {
            if (!a.stub() && router.links().stream().anyMatch(l -> l.area == a)) {
                any = a;
                break;
            }
        }
        List<PlannedLsa> plan = V3ExternalPlanner.plan(List.copyOf(router.redistributed().values()),
                router.instance.defaultOriginate(), router.haveDefaultRoute(), externalIds);
        if (any == null) {
            return;
        }
        for (PlannedLsa p : plan) {
            put(want, any, null, p);
        }
    }

    /** ABR summaries per attached area, from the routing table of the last SPF run. */
    private Map<AreaId, List<PlannedLsa>> summaryPlan() {
        RoutingTable table = router.routes.table();
        Map<AreaId, AreaSettings> settings = new LinkedHashMap<>();
        for (Area a : router.areas()) {
            if (router.links().stream().anyMatch(l -> l.area == a)) {
                OspfArea conf = router.instance.findArea(a.id);
                List<AreaRange> ranges = conf == null ? List.of() : conf.ranges();
                settings.put(a.id, a.stub() ? new AreaSettings(true, false,
                        V3SummaryPlanner.stubDefaultMetric(router.instance.defaultOriginate()), ranges)
                        : AreaSettings.normal(ranges));
            }
        }
        if (table == null) {
            return Map.of();
        }
        for (Area a : router.areas()) {
            summaryIds.area(a.id.value()).avoid(ourIds(a, LsaTypes.V3_INTER_AREA_PREFIX));
        }
        List<Reachable> reachable = SelfLsaPlans.reachable(table);
        List<V3ReachableAsbr> asbrs = new ArrayList<>();
        for (List<RouterRoute> paths : table.routers().values()) {
            for (RouterRoute r : paths) {
                if (r.asbr()) {
                    asbrs.add(new V3ReachableAsbr(r.routerId(), r.area(), r.cost(), routerOptions(r)));
                }
            }
        }
        return V3SummaryPlanner.plan(router.routerId(), reachable, asbrs, settings, summaryIds);
    }

    /** The Link State IDs of our LSAs of that type in the area's database, MaxAge ones included. */
    private Set<Integer> ourIds(Area area, int type) {
        Set<Integer> ids = new HashSet<>();
        for (Lsa lsa : area.lsdb.all()) {
            if (lsa.header().type() == type && lsa.header().advertisingRouter() == router.routerId()) {
                ids.add(lsa.header().linkStateId());
            }
        }
        return ids;
    }

    /** The options of an ASBR's Router-LSA in the area it was reached through (its Inter-Area-Router-LSAs carry them). */
    private int routerOptions(RouterRoute r) {
        for (Area a : router.areas()) {
            if (a.id.equals(r.area())) {
                Lsa lsa = a.lsdb.lookup(new LsaKey(LsaTypes.V3_ROUTER, 0, r.routerId()));
                if (lsa != null && lsa.body() instanceof RouterLsaV3 body) {
                    return body.options();
                }
            }
        }
        return 0;
    }

    private void areaLsas(Area area, Map<Origination.Slot, Origination.Planned> want) {
        int self = router.routerId();
        List<Link> links = new ArrayList<>();
        List<V3InterfaceView> views = new ArrayList<>();
        for (Link l : router.links()) {
            if (l.area == area) {
                links.add(l);
                views.add(view(l));
            }
        }
        if (views.isEmpty()) {
            return;
        }
        int options = area.options();
        boolean asbr = !area.stub() && router.isAsbr();
        for (PlannedLsa p : V3RouterLsaBuilder.plan(views, options, router.isAbr(), asbr)) {
            put(want, area, null, p);
        }
        for (PlannedLsa p : IntraAreaPrefixBuilder.routerReferenced(self, views)) {
            put(want, area, null, p);
        }
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            V3InterfaceView v = views.get(i);
            PlannedLsa linkLsa = LinkLsaBuilder.plan(v, options);
            if (linkLsa != null && l.state() != InterfaceState.DOWN) {
                put(want, area, l, linkLsa);
            }
            if (l.state() != InterfaceState.DR || v.adjacent().isEmpty()) {
                continue;
            }
            List<AttachedLinkLsa> attached = linkLsas(l);
            List<LinkLsa> bodies = new ArrayList<>();
            attached.forEach(a -> bodies.add(a.body()));
            put(want, area, null, new PlannedLsa(LsaTypes.V3_NETWORK, l.interfaceId(),
                    V3NetworkLsaBuilder.build(self, V3NetworkLsaBuilder.options(bodies), v.adjacent())));
            IntraAreaPrefixBuilder.transit(self, v, attached).ifPresent(p -> put(want, area, null, p));
        }
    }

    private void put(Map<Origination.Slot, Origination.Planned> want, Area area, Link link, PlannedLsa p) {
        LsaKey key = new LsaKey(p.type(), p.linkStateId(), router.routerId());
        want.put(Origination.Slot.of(OspfVersion.V3, area, link, key), new Origination.Planned(area, 0, p.body()));
    }

    /** The Link-LSAs of a link not at MaxAge, ours included once originated. */
    private static List<AttachedLinkLsa> linkLsas(Link l) {
        List<AttachedLinkLsa> out = new ArrayList<>();
        for (Lsa lsa : l.lsdb.all()) {
            if (!lsa.header().isMaxAge() && lsa.body() instanceof LinkLsa body) {
                out.add(new AttachedLinkLsa(lsa.header().advertisingRouter(), lsa.header().linkStateId(), body));
            }
        }
        return out;
    }

    private static V3InterfaceView view(Link l) {
        InterfaceView.Kind kind = switch (l.kind()) {
            case LOOPBACK -> InterfaceView.Kind.LOOPBACK;
            case POINT_TO_POINT -> InterfaceView.Kind.POINT_TO_POINT;
            default -> InterfaceView.Kind.BROADCAST;
        };
        InterfaceView.State state = InterfaceView.State.valueOf(l.state().name());
        boolean isDr = l.state() == InterfaceState.DR;
        int drInterfaceId = isDr ? l.interfaceId() : 0;
        boolean fullWithDr = false;
        List<V3Neighbor> full = new ArrayList<>();
        for (Neighbor n : l.neighbors()) {
            if (n.routerId == l.dr() && !isDr) {
                drInterfaceId = n.interfaceId;
            }
            if (n.state() != NeighborState.FULL) {
                continue;
            }
            full.add(new V3Neighbor(n.routerId, n.interfaceId));
            if (n.routerId == l.dr() && !isDr) {
                fullWithDr = true;
            }
        }
        return new V3InterfaceView(l.name, l.interfaceId(), kind, state, l.settings.cost(), l.settings.passive(),
                l.settings.priority(), l.linkLocal, l.prefixes, l.dr(), drInterfaceId, fullWithDr, full);
    }
}
