package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.route.OspfRoute;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.ospf6.show.Ospf6DatabaseView;
import dev.ferry.ospfd.ospf6.show.Ospf6InstanceView;
import dev.ferry.ospfd.ospf6.show.Ospf6InterfaceView;
import dev.ferry.ospfd.ospf6.show.Ospf6NeighborView;
import dev.ferry.ospfd.ospf6.show.Ospf6PendingList;
import dev.ferry.ospfd.ospf6.show.Ospf6RouteView;
import dev.ferry.ospfd.spf.NextHop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** ospf6d's runtime state as the show formatters' views (built on the event loop). */
final class Ospf6Views {
    private static final int MAXIMUM_PATHS = 64;
    private static final int DISTANCE = 110;
    private static final byte[] UNSPECIFIED = new byte[16];

    private Ospf6Views() {
    }

    static Ospf6InstanceView instance(OspfRouter r) {
        var spf = r.instance.spfTimers();
        RouteInstaller routes = r.routes;
        Ospf6InstanceView.LastSpf last = routes.runs == 0 ? null : new Ospf6InstanceView.LastSpf(
                System.currentTimeMillis() - routes.lastRunMillis, 0, routes.lastDurationMicros);
        long spfAgoMicros = routes.runs == 0 ? -1 : (System.currentTimeMillis() - routes.lastRunMillis) * 1000;
        List<Ospf6InstanceView.Area> areas = new ArrayList<>();
        for (Area a : r.areas()) {
            List<String> names = new ArrayList<>();
            r.links().stream().filter(l -> l.area == a).forEach(l -> names.add(l.name));
            if (names.isEmpty()) {
                continue;
            }
            areas.add(new Ospf6InstanceView.Area(a.id, a.stub(), false, false, a.lsdb.size(),
                    Ospf6InstanceView.statistics(a.lsdb.all()), names, spfAgoMicros));
        }
        var logging = r.instance.adjacencyLogging();
        return new Ospf6InstanceView(r.routerId(), System.currentTimeMillis() - r.startedMillis(), 1000,
                MAXIMUM_PATHS, DISTANCE, (int) spf.delay(), (int) spf.hold(), (int) spf.maxHold(), 1, last, -1, false,
                r.external().size(), 0, 0, logging.changes(), logging.detail(), areas);
    }

    /** Neighbors in area, interface, then router-id order, as ospf6d walks them. */
    static List<Ospf6NeighborView> neighbors(OspfRouter r) {
        List<Link> links = new ArrayList<>(r.links());
        links.sort(Comparator.comparingLong((Link l) -> l.area.id.value()).thenComparing(l -> l.name));
        List<Ospf6NeighborView> out = new ArrayList<>();
        for (Link l : links) {
            List<Neighbor> nbrs = new ArrayList<>(l.neighbors());
            nbrs.sort(Comparator.comparing(n -> n.routerId, Integer::compareUnsigned));
            for (Neighbor n : nbrs) {
                out.add(new Ospf6NeighborView(n.routerId, n.priority, n.state(), n.declaredDr, n.declaredBdr,
                        n.deadMillis(), n.upMillis(), l.name, l.ifindex, l.state(),
                        l.kind() == InterfaceKind.POINT_TO_POINT, l.area.id, n.interfaceId,
                        n.sourceAddress == null ? UNSPECIFIED : n.sourceAddress, n.exchange.lastSentFlags(),
                        n.exchange.sequence(), n.exchange.summaryKeys(), List.copyOf(n.requests.keySet()),
                        List.copyOf(n.retransmissions.keySet()), Ospf6PendingList.IDLE, -1, Ospf6PendingList.IDLE,
                        Ospf6PendingList.IDLE, null));
            }
        }
        return out;
    }

    /** Every interface zebra knows in the router's VRF; those with an OSPFv3 link get its block. */
    static List<Ospf6InterfaceView> interfaces(OspfRouter r, KernelInterfaces kernel, String zebraVrf) {
        List<Ospf6InterfaceView> out = new ArrayList<>();
        for (KernelInterfaces.Entry e : kernel.all()) {
            if (e.name == null || !zebraVrf.equals(e.vrf)) {
                continue;
            }
            InterfaceKind kind = e.loopback() ? InterfaceKind.LOOPBACK
                    : e.pointToPoint() ? InterfaceKind.POINT_TO_POINT : InterfaceKind.BROADCAST;
            Link link = null;
            for (Link l : r.links()) {
                if (l.ifindex == e.ifindex) {
                    link = l;
                }
            }
            out.add(new Ospf6InterfaceView(e.name, e.ifindex, e.up, kind, link == null ? null : ospf(link, e)));
        }
        out.sort(Comparator.comparing(Ospf6InterfaceView::name));
        return out;
    }

    private static Ospf6InterfaceView.Ospf6 ospf(Link l, KernelInterfaces.Entry e) {
        List<IpPrefix> addresses = new ArrayList<>(e.addresses);
        addresses.addAll(e.addresses6);
        LinkSettings s = l.settings;
        long helloDue = l.state() == InterfaceState.DOWN || l.state() == InterfaceState.LOOPBACK || s.passive()
                ? -1 : l.helloDueMillis();
        return new Ospf6InterfaceView.Ospf6(s.kind(), addresses, l.area.id, s.instanceId(), l.mtu, e.mtu,
                s.mtuIgnore(), s.cost(), l.state(), s.transmitDelay(), s.priority(), s.helloInterval(),
                s.deadInterval(), s.retransmitInterval(), helloDue, l.dr(), l.bdr(), l.lsdb.size(),
                Ospf6PendingList.IDLE, Ospf6PendingList.IDLE, null, Ospf6InterfaceView.AuthTrailer.DISABLED);
    }

    static Ospf6DatabaseView database(OspfRouter r) {
        List<Ospf6DatabaseView.Area> areas = new ArrayList<>();
        for (Area a : r.areas()) {
            List<Ospf6DatabaseView.Link> links = new ArrayList<>();
            for (Link l : r.links()) {
                if (l.area == a) {
                    links.add(new Ospf6DatabaseView.Link(l.name, list(l.lsdb.all())));
                }
            }
            areas.add(new Ospf6DatabaseView.Area(a.id, list(a.lsdb.all()), links));
        }
        return new Ospf6DatabaseView(areas, list(r.external().all()));
    }

    private static List<Lsa> list(Iterable<Lsa> lsas) {
        List<Lsa> out = new ArrayList<>();
        lsas.forEach(out::add);
        return out;
    }

    /** The network routes of the last SPF run; an attached network goes through its own interface to "::". */
    static List<Ospf6RouteView> routes(OspfRouter r) {
        List<Ospf6RouteView> out = new ArrayList<>();
        var table = r.routes.table();
        if (table == null) {
            return out;
        }
        long since = System.currentTimeMillis() - r.routes.lastRunMillis;
        for (OspfRoute route : table.networks().values()) {
            List<Ospf6RouteView.NextHop> hops = new ArrayList<>();
            for (NextHop nh : route.nextHops()) {
                Link l = r.routes.outgoingLink(nh.outgoingInterface());
                hops.add(new Ospf6RouteView.NextHop(nh.gateway() == null ? UNSPECIFIED : nh.gateway(),
                        l == null ? "unknown" : l.name));
            }
            out.add(new Ospf6RouteView(Ospf6RouteView.DestinationType.NETWORK, route.prefix(), route.type(), true,
                    since, hops));
        }
        return out;
    }
}
