package dev.ferry.ospfd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.ospfd.config.InstanceSettings;
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
 * One OSPF instance (`router ospf [vrf NAME]` or `router ospf6 [vrf NAME]`) at run time: its router id, areas
 * with their databases, the AS-scope database, its interfaces (with, in OSPFv3, their link-scope databases), and
 * the machinery that ties them (packet I/O, flooding, origination, aging, SPF and routes to zebra). The two
 * versions differ in packets, LSA types and flooding scopes; {@link #version} decides. Everything runs on the
 * daemon's event loop.
 */
public final class OspfRouter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OspfRouter.class.getName());
    private static final String[] EVENT_NAMES = {"HelloReceived", "Start", "2-WayReceived", "NegotiationDone",
        "ExchangeDone", "BadLSReq", "LoadingDone", "AdjOK?", "SeqNumberMismatch", "1-WayReceived", "KillNbr",
        "InactivityTimer", "LLDown"};

    private final ScheduledExecutorService loop;
    final OspfVersion version;
    final InstanceSettings instance;
    /**
     * Milliseconds on a monotonic clock, for LSA ages, MinLSArrival and MinLSInterval: a step of the wall clock
     * (NTP, a VM's clock catching up) must neither age every LSA out at once nor, stepping back, have every newer
     * instance discarded as arriving within MinLSArrival until the clock caught up again.
     */
    private final LongSupplier clock = () -> System.nanoTime() / 1_000_000;
    private final int routerId;
    private final long startedMillis = System.currentTimeMillis();
    private final Map<AreaId, Area> areas = new LinkedHashMap<>();
    private final Lsdb external;
    private final Map<LinkKey, Link> links = new LinkedHashMap<>();
    private final PacketIo io;
    final Flooding flooding = new Flooding(this);
    final Origination origination;
    final RouteInstaller routes;
    final VirtualLinks virtualLinks;
    private final LoopTimer agingTimer;
    private final Map<IpPrefix, Redistributed> redistributed = new LinkedHashMap<>();
    private final Map<IpPrefix, RouteSource> redistributedFrom = new HashMap<>();
    private final Predicate<String> debugs;
    private boolean haveDefaultRoute;

    /** Where a link is: the kernel interface and its address (FRR makes one OSPF interface per address). */
    record LinkKey(int ifindex, int address) {
    }

    OspfRouter(ScheduledExecutorService loop, OspfVersion version, InstanceSettings instance, int routerId,
            String vrfDevice, RouteInstaller.Sink sink, Predicate<String> debugs) throws IOException {
        this(loop, version, instance, routerId, vrfDevice, sink, debugs, RawPacketTransport::open);
    }

    /** @param transports where packets go: the raw socket in the daemon, an in-memory wire in tests */
    OspfRouter(ScheduledExecutorService loop, OspfVersion version, InstanceSettings instance, int routerId,
            String vrfDevice, RouteInstaller.Sink sink, Predicate<String> debugs, PacketTransport.Factory transports)
            throws IOException {
        this.loop = loop;
        this.version = version;
        this.debugs = debugs;
        this.instance = instance;
        this.routerId = routerId;
        this.external = new Lsdb(version, clock);
        this.origination = new Origination(this);
        this.routes = new RouteInstaller(this, sink);
        this.io = new PacketIo(this, version, vrfDevice, loop, this::receive, transports);
        this.virtualLinks = new VirtualLinks(this);
        this.agingTimer = new LoopTimer(loop, this::ageTick);
        agingTimer.startPeriodic(1000, 1000);
    }

    ScheduledExecutorService loop() {
        return loop;
    }

    OspfVersion version() {
        return version;
    }

    LongSupplier clock() {
        return clock;
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

    /** Every interface: those on kernel interfaces, then the virtual links (RFC 2328 15). */
    Collection<Link> links() {
        if (virtualLinks.isEmpty()) {
            return links.values();
        }
        List<Link> all = new ArrayList<>(links.values());
        all.addAll(virtualLinks.all());
        return all;
    }

    /** The interfaces on kernel interfaces, without the virtual links. */
    Collection<Link> physicalLinks() {
        return links.values();
    }

    Area area(AreaId id) {
        return areas.computeIfAbsent(id, a -> new Area(a, version, clock));
    }

    Link link(LinkKey key) {
        return links.get(key);
    }

    void addLink(LinkKey key, Link link) {
        links.put(key, link);
        if (!link.settings.passive() && link.kind() != dev.ferry.ospfd.core.fsm.InterfaceKind.LOOPBACK) {
            io.membership(link.ifindex, io.allSpfRouters(), true);
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
            io.membership(link.ifindex, io.allSpfRouters(), false);
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
        return areas.values().stream().filter(a -> links().stream().anyMatch(l -> l.area == a)).count() > 1;
    }

    // ---- receiving ----

    private void receive(Datagram d) {
        Link link = version == OspfVersion.V2 ? linkFor(d.ifindex(), Ipv4.toInt(d.source())) : linkV3(d.ifindex());
        if (link == null) {
            io.counters.count("NO_OSPF_INTERFACE");
            return;
        }
        Link virtual = version == OspfVersion.V2 ? virtualLinkOf(link, d.payload()) : null;
        if (virtual != null) {
            link = virtual;
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
        if (version == OspfVersion.V3 && packet.header().instanceId() != link.settings.instanceId()) {
            io.counters.count("INSTANCE_MISMATCH");
            return;
        }
        if (java.util.Arrays.equals(d.destination(), io.allDRouters()) && !link.isDrOrBackup()) {
            io.counters.count("ALL_D_ROUTERS_NOT_DR");
            return;
        }
        PacketDebug.received(this, link, packet);
        if (packet.body() instanceof Hello h) {
            link.receiveHello(version == OspfVersion.V2 ? Ipv4.toInt(d.source()) : sender, d.source(), sender, h);
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

    /**
     * RFC 2328 8.2: a packet for the backbone (area 0 in its header) that arrived on an interface of another
     * area belongs to the virtual link through that area to its sender, if one is up; else null.
     */
    private Link virtualLinkOf(Link arrivedOn, byte[] packet) {
        if (virtualLinks.isEmpty() || arrivedOn.area.isBackbone() || packet.length < 12) {
            return null;
        }
        int sender = (packet[4] & 0xff) << 24 | (packet[5] & 0xff) << 16 | (packet[6] & 0xff) << 8 | packet[7] & 0xff;
        int area = (packet[8] & 0xff) << 24 | (packet[9] & 0xff) << 16 | (packet[10] & 0xff) << 8 | packet[11] & 0xff;
        return area == 0 ? virtualLinks.receiving(arrivedOn.area, sender) : null;
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

    /** The OSPFv3 link of an interface: one per interface. */
    private Link linkV3(int ifindex) {
        for (Link l : links.values()) {
            if (l.ifindex == ifindex) {
                return l;
            }
        }
        return null;
    }

    // ---- the databases ----

    /**
     * The database an LSA of this type belongs to: the AS's, the area's, or (OSPFv3 link scope) the link's.
     *
     * @param link the link the LSA was received on or is originated for; only read for link-scope types
     */
    private Lsdb scope(Area area, Link link, int type) {
        return switch (LsaScope.of(version, type)) {
            case AS -> external;
            case AREA -> area.lsdb;
            case LINK -> link.lsdb;
        };
    }

    Lsa lookup(Link link, LsaKey key) {
        return lookup(link.area, link, key);
    }

    Lsa lookup(Area area, Link link, LsaKey key) {
        return scope(area, link, key.type()).lookup(key);
    }

    /** Whether an LSA of this type may be in the databases of this link's area (AS scope: not in stub areas). */
    boolean knowsType(Link link, int type) {
        if (link.isVirtual() && LsaScope.of(version, type) == LsaScope.AS) {
            return false;
        }
        return LsaScope.knows(version, type, link.area.stub());
    }

    /** What a neighbor on this link must learn in the Exchange state. */
    List<Lsa> lsasFor(Link link) {
        List<Lsa> all = new ArrayList<>();
        link.lsdb.all().forEach(all::add);
        link.area.lsdb.all().forEach(all::add);
        if (!link.area.stub() && !link.isVirtual()) {
            // RFC 2328 10.3: AS-external-LSAs are left out of a virtual link's database summary
            external.all().forEach(all::add);
        }
        return all;
    }

    long installedMillisAgo(Link link, LsaKey key) {
        var at = scope(link.area, link, key.type()).installedAt(key);
        return at.isEmpty() ? Long.MAX_VALUE : clock.getAsLong() - at.getAsLong();
    }

    /**
     * Installs a received LSA (RFC 2328 13 step 5d). One claiming to be ours but newer than what we hold
     * (left from before a restart) is taken over: re-originated above it or flushed (13.4).
     */
    void install(Link link, Lsa lsa, Neighbor from) {
        Lsdb db = scope(link.area, link, lsa.header().type());
        var result = db.install(lsa);
        if (origination.isSelfOriginated(lsa)) {
            origination.receivedSelfOriginated(link.area, link, lsa);
            return;
        }
        if (result.contentChanged()) {
            routeInputChanged(result.previous(), lsa);
        }
    }

    /**
     * What an LSA with new contents asks of the routes: an AS-external one the recalculation of its prefix alone
     * (RFC 2328 16.6), any other an SPF run.
     */
    private void routeInputChanged(Lsa previous, Lsa now) {
        int type = now.header().type();
        if (type == LsaTypes.V2_AS_EXTERNAL && version == OspfVersion.V2
                || type == LsaTypes.V3_AS_EXTERNAL && version == OspfVersion.V3) {
            routes.externalChanged(previous, now);
        } else {
            routes.scheduleSpf();
        }
    }

    /**
     * Installs and floods an LSA this router originated (or flushes, when it is at MaxAge).
     *
     * @param link the link of a link-scope LSA, else null
     */
    void originate(Area area, Link link, Lsa lsa) {
        Lsdb db = scope(area, link, lsa.header().type());
        var result = db.install(lsa);
        removeFromRetransmissions(area, link, lsa.key());
        flooding.flood(lsa, null, area, link);
        if (result.contentChanged()) {
            routeInputChanged(result.previous(), lsa);
        }
    }

    /** Ends the retransmission of an LSA to the neighbors of its flooding scope. */
    void removeFromRetransmissions(Area area, Link link, LsaKey key) {
        for (Link l : links()) {
            if (!inScope(l, area, link, key.type())) {
                continue;
            }
            for (Neighbor n : l.neighbors()) {
                n.retransmissions.remove(key);
            }
        }
    }

    boolean anyNeighborExchanging() {
        for (Link l : links()) {
            for (Neighbor n : l.neighbors()) {
                if (n.state() == NeighborState.EXCHANGE || n.state() == NeighborState.LOADING) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The links an LSA floods over: its area's, for AS-scope LSAs those of every non-stub area, for link-scope
     * ones its link.
     */
    List<Link> linksInScope(Area area, Link link, Lsa lsa) {
        List<Link> out = new ArrayList<>();
        for (Link l : links()) {
            if (inScope(l, area, link, lsa.header().type())) {
                out.add(l);
            }
        }
        return out;
    }

    private boolean inScope(Link l, Area area, Link link, int type) {
        return switch (LsaScope.of(version, type)) {
            case AS -> !l.area.stub() && !l.isVirtual(); // RFC 2328 13.3: never over virtual links
            case AREA -> l.area == area;
            case LINK -> l == link;
        };
    }

    /** Once a second (RFC 2328 14): flood what reached MaxAge, drop flushed LSAs nobody waits for, refresh ours. */
    private void ageTick() {
        for (Area a : List.copyOf(areas.values())) {
            age(a, null, a.lsdb);
        }
        Area any = areas.values().stream().findFirst().orElse(null);
        if (any != null) {
            age(any, null, external);
        }
        for (Link l : List.copyOf(links())) {
            age(l.area, l, l.lsdb);
        }
        origination.refresh();
    }

    private void age(Area area, Link link, Lsdb db) {
        for (Lsa expired : db.ageOut()) {
            flooding.flood(expired, null, area, link);
            routeInputChanged(null, expired);
        }
        if (anyNeighborExchanging()) {
            return;
        }
        for (Lsa lsa : db.maxAged()) {
            if (!onAnyRetransmissionList(area, link, lsa.key())) {
                db.remove(lsa.key());
            }
        }
    }

    private boolean onAnyRetransmissionList(Area area, Link link, LsaKey key) {
        for (Link l : links()) {
            if (!inScope(l, area, link, key.type())) {
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
        virtualLinks.close();
        origination.cancel();
        routes.withdrawAll();
        io.close();
    }
}
