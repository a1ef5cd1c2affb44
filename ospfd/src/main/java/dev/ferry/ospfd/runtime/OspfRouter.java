package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.RouteSource;
import dev.ferry.ospfd.core.fsm.NeighborEvent;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.core.origin.Redistributed;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.packet.DatabaseDescription;
import dev.ferry.ospfd.packet.Hello;
import dev.ferry.ospfd.packet.LinkStateAck;
import dev.ferry.ospfd.packet.LinkStateRequest;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One OSPFv2 instance (`router ospf [vrf NAME]`) at run time: its router id, areas with their databases, the
 * AS-external database, its interfaces, and the machinery that ties them (packet I/O, flooding, origination,
 * aging, SPF and routes to zebra). Everything runs on the daemon's event loop.
 */
public final class OspfRouter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OspfRouter.class.getName());
    private static final String[] EVENT_NAMES = {"HelloReceived", "Start", "2-WayReceived", "NegotiationDone",
        "ExchangeDone", "BadLSReq", "LoadingDone", "AdjOK?", "SeqNumberMismatch", "1-WayReceived", "KillNbr",
        "InactivityTimer", "LLDown"};

    private final ScheduledExecutorService loop;
    final OspfInstance instance;
    private final LongSupplier clock = System::currentTimeMillis;
    private final int routerId;
    private final long startedMillis = System.currentTimeMillis();
    private final Map<AreaId, Area> areas = new LinkedHashMap<>();
    private final Lsdb external = new Lsdb(OspfVersion.V2, clock);
    private final Map<LinkKey, Link> links = new LinkedHashMap<>();
    private final PacketIo io;
    final Flooding flooding = new Flooding(this);
    final Origination origination;
    final RouteInstaller routes;
    private final LoopTimer agingTimer;
    private final Map<IpPrefix, Redistributed> redistributed = new LinkedHashMap<>();
    private final Map<IpPrefix, RouteSource> redistributedFrom = new HashMap<>();
    private final Predicate<String> debugs;
    private boolean haveDefaultRoute;

    /** Where a link is: the kernel interface and its address (FRR makes one OSPF interface per address). */
    record LinkKey(int ifindex, int address) {
    }

    OspfRouter(ScheduledExecutorService loop, OspfInstance instance, int routerId, String vrfDevice,
            RouteInstaller.Sink sink, Predicate<String> debugs) throws IOException {
        this.loop = loop;
        this.debugs = debugs;
        this.instance = instance;
        this.routerId = routerId;
        this.origination = new Origination(this);
        this.routes = new RouteInstaller(this, sink);
        this.io = new PacketIo(this, vrfDevice, loop, this::receive);
        this.agingTimer = new LoopTimer(loop, this::ageTick);
        agingTimer.startPeriodic(1000, 1000);
    }

    ScheduledExecutorService loop() {
        return loop;
    }

    public int routerId() {
        return routerId;
    }

    long startedMillis() {
        return startedMillis;
    }

    PacketIo io() {
        return io;
    }

    Collection<Area> areas() {
        return areas.values();
    }

    Lsdb external() {
        return external;
    }

    Collection<Link> links() {
        return links.values();
    }

    Area area(AreaId id) {
        return areas.computeIfAbsent(id, a -> new Area(a, clock));
    }

    Link link(LinkKey key) {
        return links.get(key);
    }

    void addLink(LinkKey key, Link link) {
        links.put(key, link);
        if (!link.settings.passive() && link.kind() != dev.ferry.ospfd.core.fsm.InterfaceKind.LOOPBACK) {
            io.membership(link.ifindex, Link.ALL_SPF_ROUTERS, true);
        }
        link.up();
    }

    void removeLink(LinkKey key) {
        Link link = links.remove(key);
        if (link == null) {
            return;
        }
        link.down();
        if (links.values().stream().noneMatch(l -> l.ifindex == link.ifindex)) {
            io.membership(link.ifindex, Link.ALL_SPF_ROUTERS, false);
        }
        originationNeeded(link.area);
    }

    /** Routes redistributed into OSPF (from zebra, per `redistribute ...`), by prefix. */
    Map<IpPrefix, Redistributed> redistributed() {
        return redistributed;
    }

    void redistribute(IpPrefix prefix, RouteSource source, Redistributed how) {
        if (how == null) {
            redistributedFrom.remove(prefix);
        } else {
            redistributedFrom.put(prefix, source);
        }
        if (how == null ? redistributed.remove(prefix) != null : !how.equals(redistributed.put(prefix, how))) {
            origination.schedule();
        }
    }

    /** A `redistribute` line went away: its routes leave OSPF. */
    void forgetRedistributed(RouteSource source) {
        for (Map.Entry<IpPrefix, RouteSource> e : List.copyOf(redistributedFrom.entrySet())) {
            if (e.getValue() == source) {
                redistribute(e.getKey(), source, null);
            }
        }
    }

    boolean debugOn(String flag) {
        return debugs.test(flag);
    }

    boolean haveDefaultRoute() {
        return haveDefaultRoute;
    }

    void haveDefaultRoute(boolean have) {
        if (have != haveDefaultRoute) {
            haveDefaultRoute = have;
            origination.schedule();
        }
    }

    /** An AS boundary router: it announces external routes (RFC 2328 3.3). */
    boolean isAsbr() {
        return !redistributed.isEmpty() || instance.defaultOriginate() != null;
    }

    boolean isAbr() {
        return areas.values().stream().filter(a -> links.values().stream().anyMatch(l -> l.area == a)).count() > 1;
    }

    // ---- receiving ----

    private void receive(Datagram d) {
        Link link = linkFor(d.ifindex(), Ipv4.toInt(d.source()));
        if (link == null) {
            io.counters.count("NO_OSPF_INTERFACE");
            return;
        }
        link.counters.received++;
        OspfPacket packet = io.decode(link, d);
        if (packet == null) {
            return;
        }
        int sender = packet.header().routerId();
        if (sender == routerId) {
            io.counters.count("OWN_ROUTER_ID");
            return;
        }
        if (packet.header().areaId() != (int) link.area.id.value()) {
            io.counters.count("AREA_MISMATCH");
            LOG.log(System.Logger.Level.WARNING, "Packet from " + RouterIds.format(sender) + " on " + link.label()
                    + ": area " + RouterIds.format(packet.header().areaId()) + ", ours " + link.area.label());
            return;
        }
        if (java.util.Arrays.equals(d.destination(), Link.ALL_D_ROUTERS) && !link.isDrOrBackup()) {
            io.counters.count("ALL_D_ROUTERS_NOT_DR");
            return;
        }
        PacketDebug.received(this, link, packet);
        if (packet.body() instanceof Hello h) {
            link.receiveHello(Ipv4.toInt(d.source()), sender, h);
            return;
        }
        Neighbor nbr = link.neighbor(sender);
        if (nbr == null) {
            link.counters.unknownNeighbor++;
            return;
        }
        switch (packet.body()) {
            case DatabaseDescription dd -> nbr.exchange.receive(dd);
            case LinkStateRequest lsr -> flooding.receiveRequest(nbr, lsr);
            case LinkStateUpdate lsu -> flooding.receiveUpdate(nbr, lsu);
            case LinkStateAck ack -> flooding.receiveAck(nbr, ack);
            default -> {
                // Hello handled above
            }
        }
    }

    /** The link a packet belongs to: on its interface, the one whose subnet holds the source. */
    private Link linkFor(int ifindex, int source) {
        Link fallback = null;
        for (Link l : links.values()) {
            if (l.ifindex != ifindex) {
                continue;
            }
            if (l.prefixLength > 0 && ((l.address ^ source) & l.mask()) == 0) {
                return l;
            }
            fallback = fallback == null ? l : fallback;
        }
        return fallback;
    }

    // ---- the databases ----

    /** The database an LSA of this type belongs to, as seen from {@code area}. */
    private Lsdb scope(Area area, int type) {
        return type == LsaTypes.V2_AS_EXTERNAL ? external : area.lsdb;
    }

    Lsa lookup(Area area, LsaKey key) {
        return scope(area, key.type()).lookup(key);
    }

    /** Router, network, summary and ASBR-summary LSAs; AS-external ones except in stub areas. */
    boolean knowsType(Area area, int type) {
        if (type == LsaTypes.V2_AS_EXTERNAL) {
            return !area.stub();
        }
        return type >= LsaTypes.V2_ROUTER && type <= LsaTypes.V2_ASBR_SUMMARY;
    }

    /** What a neighbor on a link of {@code area} must learn in the Exchange state. */
    List<Lsa> lsasFor(Area area) {
        List<Lsa> all = new ArrayList<>();
        area.lsdb.all().forEach(all::add);
        if (!area.stub()) {
            external.all().forEach(all::add);
        }
        return all;
    }

    long installedMillisAgo(Area area, LsaKey key) {
        var at = scope(area, key.type()).installedAt(key);
        return at.isEmpty() ? Long.MAX_VALUE : clock.getAsLong() - at.getAsLong();
    }

    /**
     * Installs a received LSA (RFC 2328 13 step 5d). One claiming to be ours but newer than what we hold
     * (left from before a restart) is taken over: re-originated above it or flushed (13.4).
     */
    void install(Area area, Lsa lsa, Neighbor from) {
        Lsdb db = scope(area, lsa.header().type());
        var result = db.install(lsa);
        if (origination.isSelfOriginated(lsa)) {
            origination.receivedSelfOriginated(area, lsa);
            return;
        }
        if (result.contentChanged()) {
            routes.scheduleSpf();
        }
    }

    /** Installs and floods an LSA this router originated (or flushes, when it is at MaxAge). */
    void originate(Area area, Lsa lsa) {
        Lsdb db = scope(area, lsa.header().type());
        var result = db.install(lsa);
        removeFromRetransmissions(area, lsa.key());
        flooding.flood(lsa, null, area);
        if (result.contentChanged()) {
            routes.scheduleSpf();
        }
    }

    /** Ends the retransmission of an LSA to the neighbors of its flooding scope. */
    void removeFromRetransmissions(Area area, LsaKey key) {
        for (Link l : links.values()) {
            if (!inScope(l, area, key.type())) {
                continue;
            }
            for (Neighbor n : l.neighbors()) {
                n.retransmissions.remove(key);
            }
        }
    }

    boolean anyNeighborExchanging() {
        for (Link l : links.values()) {
            for (Neighbor n : l.neighbors()) {
                if (n.state() == NeighborState.EXCHANGE || n.state() == NeighborState.LOADING) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The links an LSA floods over: its area's, or for AS-external LSAs those of every non-stub area. */
    List<Link> linksInScope(Area area, Lsa lsa) {
        List<Link> out = new ArrayList<>();
        for (Link l : links.values()) {
            if (inScope(l, area, lsa.header().type())) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean inScope(Link l, Area area, int type) {
        return type == LsaTypes.V2_AS_EXTERNAL ? !l.area.stub() : l.area == area;
    }

    /** Once a second (RFC 2328 14): flood what reached MaxAge, drop flushed LSAs nobody waits for, refresh ours. */
    private void ageTick() {
        boolean changed = false;
        for (Area a : List.copyOf(areas.values())) {
            changed |= age(a, a.lsdb);
        }
        Area any = areas.values().stream().findFirst().orElse(null);
        if (any != null) {
            changed |= age(any, external);
        }
        if (changed) {
            routes.scheduleSpf();
        }
        origination.refresh();
    }

    private boolean age(Area area, Lsdb db) {
        boolean changed = false;
        for (Lsa expired : db.ageOut()) {
            flooding.flood(expired, null, area);
            changed = true;
        }
        if (anyNeighborExchanging()) {
            return changed;
        }
        for (Lsa lsa : db.maxAged()) {
            if (!onAnyRetransmissionList(area, lsa.key())) {
                db.remove(lsa.key());
            }
        }
        return changed;
    }

    private boolean onAnyRetransmissionList(Area area, LsaKey key) {
        for (Link l : links.values()) {
            if (!inScope(l, area, key.type())) {
                continue;
            }
            for (Neighbor n : l.neighbors()) {
                if (n.retransmissions.containsKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- state changes that concern the whole instance ----

    void originationNeeded(Area area) {
        origination.schedule();
    }

    void adjacencyChanged(Neighbor nbr, NeighborState old, NeighborState next, NeighborEvent e) {
        var logging = instance.adjacencyLogging();
        boolean worthIt = logging.detail() || next == NeighborState.FULL || next.ordinal() < old.ordinal();
        String line = "AdjChg: Nbr " + nbr.label() + "(" + instance.vrf() + ") on " + nbr.link.label() + ": "
                + old.frrName() + " -> " + (next == NeighborState.DOWN ? "Deleted" : next.frrName()) + " ("
                + EVENT_NAMES[e.ordinal()] + ")";
        LOG.log(logging.changes() && worthIt ? System.Logger.Level.INFO : System.Logger.Level.DEBUG, line);
    }

    /** Stops the instance: neighbors are told nothing (FRR flushes nothing either); routes leave zebra. */
    @Override
    public void close() {
        agingTimer.cancel();
        for (LinkKey k : List.copyOf(links.keySet())) {
            removeLink(k);
        }
        origination.cancel();
        routes.withdrawAll();
        io.close();
    }
}
