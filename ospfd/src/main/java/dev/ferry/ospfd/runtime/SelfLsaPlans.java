package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.origin.AreaSettings;
import dev.ferry.ospfd.core.origin.ExternalPlanner;
import dev.ferry.ospfd.core.origin.InterfaceView;
import dev.ferry.ospfd.core.origin.NetworkLsaBuilder;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.core.origin.Reachable;
import dev.ferry.ospfd.core.origin.ReachableAsbr;
import dev.ferry.ospfd.core.origin.RouterLsaBuilder;
import dev.ferry.ospfd.core.origin.SummaryPlanner;
import dev.ferry.ospfd.core.route.OspfRoute;
import dev.ferry.ospfd.core.route.PathType;
import dev.ferry.ospfd.core.route.RouterRoute;
import dev.ferry.ospfd.core.route.RoutingTable;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an OSPFv2 router should be saying now, LSA by LSA, from its links, routing table and redistributed
 * routes.
 */
final class SelfLsaPlans implements Origination.Plans {
    private final OspfRouter router;

    SelfLsaPlans(OspfRouter router) {
        this.router = router;
    }

    @Override
    public void plan(Map<Origination.Slot, Origination.Planned> want) {
        for (Area area : router.areas()) {
            areaLsas(area, want);
        }
        externalLsas(want);
    }

    private static Origination.Slot slot(Area area, LsaKey key) {
        return Origination.Slot.of(OspfVersion.V2, area, null, key);
    }

    /** The Router-LSA of the area, Network-LSAs of the links where we are DR, and (ABR) summaries into it. */
    private void areaLsas(Area area, Map<Origination.Slot, Origination.Planned> want) {
        int self = router.routerId();
        List<InterfaceView> views = new ArrayList<>();
        for (Link l : router.links()) {
            if (l.area == area) {
                views.add(view(l));
            }
        }
        if (views.isEmpty()) {
            return;
        }
        boolean asbr = !area.stub() && router.isAsbr();
        want.put(slot(area, new LsaKey(LsaTypes.V2_ROUTER, self, self)), new Origination.Planned(area, area.options(),
                RouterLsaBuilder.build(views, router.isAbr(), asbr, router.virtualLinks.fullThrough(area) > 0)));
        for (Link l : router.links()) {
            if (l.area != area || l.state() != InterfaceState.DR || l.kind() != InterfaceKind.BROADCAST) {
                continue;
            }
            List<NetworkLsaBuilder.Attached> full = new ArrayList<>();
            for (Neighbor n : l.neighbors()) {
                if (n.state() == NeighborState.FULL) {
                    full.add(new NetworkLsaBuilder.Attached(n.routerId, n.address));
                }
            }
            if (!full.isEmpty()) {
                want.put(slot(area, new LsaKey(LsaTypes.V2_NETWORK, l.address, self)), new Origination.Planned(area,
                        area.options(), NetworkLsaBuilder.buildInFrrOrder(l.mask(),
                                new NetworkLsaBuilder.Attached(self, l.address), full)));
            }
        }
        if (router.isAbr()) {
            List<PlannedLsa> summaries = summaryPlan().getOrDefault(area.id, List.of());
            for (PlannedLsa p : summaries) {
                want.put(slot(area, new LsaKey(p.type(), p.linkStateId(), self)), new Origination.Planned(area, area.options(),
                        p.body()));
            }
        }
    }

    /** AS-external LSAs for redistributed routes and `default-information originate`. */
    private void externalLsas(Map<Origination.Slot, Origination.Planned> want) {
        Area any = null;
        for (Area a : router.areas()) {
            if (!a.stub()) {
                any = a;
                break;
            }
        }
        if (any == null) {
            return;
        }
        List<PlannedLsa> plan = ExternalPlanner.plan(List.copyOf(router.redistributed().values()),
                router.instance.defaultOriginate(), router.haveDefaultRoute());
        for (PlannedLsa p : plan) {
            want.put(slot(any, new LsaKey(p.type(), p.linkStateId(), router.routerId())),
                    new Origination.Planned(any, Options.E, p.body()));
        }
    }

    /** The intra- and inter-area routes of the table, as the summary planners of both versions take them. */
    static List<Reachable> reachable(RoutingTable table) {
        return reachable(table, null);
    }

    /** @param router when given, each route carries the areas of its nexthops' interfaces (split horizon) */
    static List<Reachable> reachable(RoutingTable table, OspfRouter router) {
        List<Reachable> reachable = new ArrayList<>();
        for (OspfRoute r : table.networks().values()) {
            if (r.type() == PathType.INTRA_AREA || r.type() == PathType.INTER_AREA) {
                Set<Long> areas = new HashSet<>();
                if (router != null) {
                    for (var nh : r.nextHops()) {
                        Link out = router.routes.outgoingLink(nh.outgoingInterface());
                        if (out != null) {
                            areas.add(out.area.id.value());
                        }
                    }
                }
                reachable.add(new Reachable(r.prefix(), r.area(), r.type() == PathType.INTRA_AREA, r.cost(), areas));
            }
        }
        return reachable;
    }

    private Map<AreaId, List<PlannedLsa>> summaryPlan() {
        RoutingTable table = router.routes.table();
        if (table == null) {
            return Map.of();
        }
        List<Reachable> reachable = reachable(table, router);
        List<ReachableAsbr> asbrs = new ArrayList<>();
        for (List<RouterRoute> paths : table.routers().values()) {
            for (RouterRoute r : paths) {
                if (r.asbr()) {
                    asbrs.add(new ReachableAsbr(r.routerId(), r.area(), r.cost()));
                }
            }
        }
        Map<AreaId, AreaSettings> settings = new HashMap<>();
        for (Area a : router.areas()) {
            OspfArea conf = router.instance.findArea(a.id);
            settings.put(a.id, conf == null ? AreaSettings.NORMAL
                    : new AreaSettings(conf.stub(), conf.noSummary(), a.defaultCost(), conf.ranges()));
        }
        return SummaryPlanner.plan(reachable, asbrs, settings);
    }

    private static InterfaceView view(Link l) {
        InterfaceView.Kind kind = switch (l.kind()) {
            case LOOPBACK -> InterfaceView.Kind.LOOPBACK;
            case POINT_TO_POINT -> InterfaceView.Kind.POINT_TO_POINT;
            case VIRTUAL_LINK -> InterfaceView.Kind.VIRTUAL_LINK;
            default -> InterfaceView.Kind.BROADCAST;
        };
        InterfaceView.State state = InterfaceView.State.valueOf(l.state().name());
        boolean fullWithDr = false;
        List<Integer> fullIds = new ArrayList<>();
        for (Neighbor n : l.neighbors()) {
            if (n.state() != NeighborState.FULL) {
                continue;
            }
            fullIds.add(n.routerId);
            if (l.state() == InterfaceState.DR || n.address == l.dr()) {
                fullWithDr = true;
            }
        }
        return new InterfaceView(l.name, l.ifindex, kind, state, l.address, l.prefixLength, l.cost(),
                l.settings.passive(), l.dr(), fullWithDr, fullIds, false);
    }
}
