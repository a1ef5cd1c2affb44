package dev.ferry.ospfd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.ospfd.core.fsm.Candidate;
import dev.ferry.ospfd.core.fsm.Election;
import dev.ferry.ospfd.core.fsm.ElectionInput;
import dev.ferry.ospfd.core.fsm.InterfaceEvent;
import dev.ferry.ospfd.core.fsm.InterfaceFsm;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.InterfaceTransition;
import dev.ferry.ospfd.core.fsm.NeighborEvent;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.packet.Hello;
import dev.ferry.ospfd.packet.LinkStateAck;
import dev.ferry.ospfd.packet.PacketBody;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One OSPF interface (RFC 2328 9, RFC 5340 4.1.2): for OSPFv2 an IPv4 address of a kernel interface in an area,
 * for OSPFv3 the kernel interface itself with its link-local address; its state machine, its neighbors, DR and
 * BDR, the hello timer, the delayed acknowledgements and (v3) the link-scope LSAs. State changes go through
 * {@link #event}, the one place that applies them.
 *
 * <p>{@link #address} is the identity DR election and the DR/BDR fields use: v2 the interface address, v3 the
 * router ID (RFC 5340 4.2.1.1). {@link #sourceAddress()} is the address packets leave from.
 */
final class Link {
    private static final System.Logger LOG = System.getLogger(Link.class.getName());
    private static final int ACK_DELAY_MILLIS = 1000;

    final OspfRouter router;
    final Area area;
    final String name;
    /** The kernel interface; for a virtual link the transit-area interface its packets leave by. */
    int ifindex;
    /** The interface address; for a virtual link the transit-area interface address toward its far end. */
    int address;
    int prefixLength;
    final LinkSettings settings;
    /** OSPFv3: the interface's link-local address, the source of its packets; null for OSPFv2 and loopbacks. */
    final byte[] linkLocal;
    /** OSPFv3: the Link-LSAs of this link (link-local flooding scope, RFC 5340 4.4.2). */
    final Lsdb lsdb;
    /** OSPFv3: the interface's global IPv6 addresses, with their lengths, for its Link-LSA and prefixes. */
    List<dev.ferry.lib.net.IpPrefix> prefixes = List.of();
    int mtu;
    /** A virtual link's far end while it is reachable (RFC 2328 15); null for every other link or when down. */
    VirtualEnd virtualEnd;
    private InterfaceState state = InterfaceState.DOWN;
    private int dr;
    private int bdr;
    private boolean joinedDrouters;
    private final Map<Integer, Neighbor> neighbors = new LinkedHashMap<>();
    private final List<LsaHeader> delayedAcks = new ArrayList<>();
    private final LoopTimer helloTimer;
    private final LoopTimer waitTimer;
    private final LoopTimer ackTimer;
    final LinkCounters counters = new LinkCounters();

    Link(OspfRouter router, Area area, String name, int ifindex, int address, int prefixLength, int mtu,
            LinkSettings settings) {
        this(router, area, name, ifindex, address, prefixLength, mtu, settings, null);
    }

    /**
     * An OSPFv3 link: identified by the router ID, sending from {@code linkLocal} (null on a loopback, which
     * sends nothing).
     */
    static Link v3(OspfRouter router, Area area, String name, int ifindex, byte[] linkLocal, int mtu,
            LinkSettings settings) {
        return new Link(router, area, name, ifindex, router.routerId(), 0, mtu, settings,
                linkLocal == null ? null : linkLocal.clone());
    }

    private Link(OspfRouter router, Area area, String name, int ifindex, int address, int prefixLength, int mtu,
            LinkSettings settings, byte[] linkLocal) {
        this.router = router;
        this.linkLocal = linkLocal;
        this.lsdb = new Lsdb(router.version(), router.clock());
        this.area = area;
        this.name = name;
        this.ifindex = ifindex;
        this.address = address;
        this.prefixLength = prefixLength;
        this.mtu = mtu;
        this.settings = settings;
        this.helloTimer = new LoopTimer(router.loop(), this::sendHello);
        this.waitTimer = new LoopTimer(router.loop(), () -> event(InterfaceEvent.WAIT_TIMER));
        this.ackTimer = new LoopTimer(router.loop(), this::sendDelayedAcks);
    }

    InterfaceState state() {
        return state;
    }

    InterfaceKind kind() {
        return settings.kind();
    }

    boolean isVirtual() {
        return settings.kind() == InterfaceKind.VIRTUAL_LINK;
    }

    /**
     * Where a virtual link leads while up: the far end's address (from its Router-LSA in the transit area),
     * and the cost, the intra-area distance to it there.
     */
    record VirtualEnd(int peerAddress, int cost) {
    }

    /** The Interface MTU of our DDs: 0 on a virtual link (RFC 2328 10.6), else the interface's. */
    int ddMtu() {
        return isVirtual() ? 0 : mtu;
    }

    /** The link's cost in our Router-LSA: configured, or a virtual link's transit distance (RFC 2328 15). */
    int cost() {
        return virtualEnd != null ? virtualEnd.cost() : settings.cost();
    }

    int dr() {
        return dr;
    }

    int bdr() {
        return bdr;
    }

    int mask() {
        return Ipv4.mask(prefixLength);
    }

    boolean isV3() {
        return router.version() == dev.ferry.ospfd.wire.OspfVersion.V3;
    }

    /** The address our packets on this link leave from: the interface address (v2) or link-local (v3). */
    byte[] sourceAddress() {
        return isV3() ? linkLocal.clone() : Ipv4.toBytes(address);
    }

    /** OSPFv3's Interface ID (RFC 5340 4.1.2): the ifindex, as FRR. */
    int interfaceId() {
        return ifindex;
    }

    boolean isDrOrBackup() {
        return state == InterfaceState.DR || state == InterfaceState.BACKUP;
    }

    Collection<Neighbor> neighbors() {
        return neighbors.values();
    }

    long helloDueMillis() {
        return helloTimer.remainingMillis();
    }

    /** "eth0:10.0.0.1", as FRR's ospfd names an OSPF interface in logs; ospf6d uses the interface name. */
    String label() {
        return isV3() || isVirtual() ? name : name + ":" + RouterIds.format(address);
    }

    void up() {
        event(settings.kind() == InterfaceKind.LOOPBACK ? InterfaceEvent.LOOP_IND : InterfaceEvent.INTERFACE_UP);
    }

    void down() {
        event(InterfaceEvent.INTERFACE_DOWN);
        helloTimer.cancel();
        waitTimer.cancel();
        ackTimer.cancel();
    }

    /** Applies an interface event (RFC 2328 9.3) and everything that follows from the new state. */
    void event(InterfaceEvent e) {
        InterfaceState old = state;
        int oldDr = dr;
        int oldBdr = bdr;
        InterfaceTransition t = InterfaceFsm.apply(state, e, settings.kind(), settings.priority(), electionInput());
        state = t.next();
        Election election = t.election();
        if (election != null) {
            dr = election.dr();
            bdr = election.bdr();
        }
        if (state == InterfaceState.DOWN || state == InterfaceState.LOOPBACK) {
            dr = 0;
            bdr = 0;
            for (Neighbor n : List.copyOf(neighbors.values())) {
                n.event(NeighborEvent.KILL_NBR);
            }
            neighbors.clear();
        }
        if (old == state && oldDr == dr && oldBdr == bdr) {
            return;
        }
        if (old != state) {
            LOG.log(System.Logger.Level.DEBUG, "ISM " + label() + ": " + old.frrName() + " -> " + state.frrName()
                    + " (" + e + ")");
        }
        applyTimers(old);
        updateDroutersMembership();
        if (election != null && (oldDr != dr || oldBdr != bdr)) {
            for (Neighbor n : List.copyOf(neighbors.values())) {
                if (n.state().ordinal() >= NeighborState.TWO_WAY.ordinal()) {
                    n.event(NeighborEvent.ADJ_OK);
                }
            }
        }
        router.originationNeeded(area);
    }

    private void applyTimers(InterfaceState old) {
        boolean sends = state != InterfaceState.DOWN && state != InterfaceState.LOOPBACK && !settings.passive();
        if (sends && !helloTimer.running()) {
            helloTimer.startPeriodic(0, settings.helloInterval() * 1000L);
        } else if (!sends) {
            helloTimer.cancel();
        }
        if (state == InterfaceState.WAITING && old != InterfaceState.WAITING) {
            waitTimer.start(settings.deadInterval() * 1000L);
        } else if (state != InterfaceState.WAITING) {
            waitTimer.cancel();
        }
    }

    private void updateDroutersMembership() {
        boolean want = isDrOrBackup() && !settings.passive() && settings.kind() == InterfaceKind.BROADCAST;
        if (want != joinedDrouters) {
            router.io().membership(ifindex, router.io().allDRouters(), want);
            joinedDrouters = want;
        }
    }

    /** What DR election needs: this router and every neighbor in state 2-Way or higher (RFC 2328 9.4). */
    private ElectionInput electionInput() {
        Candidate self = new Candidate(router.routerId(), address, settings.priority(), dr, bdr);
        List<Candidate> others = new ArrayList<>();
        for (Neighbor n : neighbors.values()) {
            if (n.state().ordinal() >= NeighborState.TWO_WAY.ordinal()) {
                others.add(new Candidate(n.routerId, n.address, n.priority, n.declaredDr, n.declaredBdr));
            }
        }
        return new ElectionInput(self, others);
    }

    // ---- receiving ----

    /**
     * A Hello (RFC 2328 10.5, RFC 5340 4.2.2.1); the header's area and authentication were checked.
     *
     * @param source the sender's identity in DR/BDR fields: its address (v2) or router ID (v3)
     * @param sourceAddress the packet's source address
     */
    void receiveHello(int source, byte[] sourceAddress, int routerId, Hello h) {
        String mismatch = helloMismatch(h);
        if (mismatch != null) {
            counters.helloMismatches++;
            LOG.log(System.Logger.Level.WARNING, "Packet " + RouterIds.format(routerId) + " [Hello:RECV]: "
                    + mismatch + " on " + label());
            return;
        }
        Neighbor n = neighbors.get(routerId);
        if (n == null) {
            n = new Neighbor(this, routerId, source);
            neighbors.put(routerId, n);
        }
        int oldPriority = n.priority;
        int oldDr = n.declaredDr;
        int oldBdr = n.declaredBdr;
        n.address = source;
        n.sourceAddress = sourceAddress.clone();
        n.interfaceId = h.interfaceId();
        n.priority = h.priority();
        n.options = h.options();
        n.declaredDr = h.designatedRouter();
        n.declaredBdr = h.backupDesignatedRouter();
        n.event(NeighborEvent.HELLO_RECEIVED);
        if (!h.neighbors().contains(router.routerId())) {
            n.event(NeighborEvent.ONE_WAY_RECEIVED);
            return;
        }
        n.event(NeighborEvent.TWO_WAY_RECEIVED);
        if (settings.kind() != InterfaceKind.BROADCAST) {
            return;
        }
        if (oldPriority != n.priority) {
            event(InterfaceEvent.NEIGHBOR_CHANGE);
        }
        boolean declaresDr = n.declaredDr == source;
        boolean declaresBdr = n.declaredBdr == source;
        if (state == InterfaceState.WAITING && (declaresBdr || (declaresDr && n.declaredBdr == 0))) {
            event(InterfaceEvent.BACKUP_SEEN);
        } else if (declaresDr != (oldDr == source) || declaresBdr != (oldBdr == source)) {
            event(InterfaceEvent.NEIGHBOR_CHANGE);
        }
    }

    private String helloMismatch(Hello h) {
        if (!isV3() && settings.kind() == InterfaceKind.BROADCAST && h.networkMask() != mask()) {
            return "NetworkMask mismatch, received " + RouterIds.format(h.networkMask()) + ", ours "
                    + RouterIds.format(mask());
        }
        if (h.helloInterval() != settings.helloInterval()) {
            return "HelloInterval mismatch, received " + h.helloInterval() + ", ours " + settings.helloInterval();
        }
        if (h.deadInterval() != settings.deadInterval()) {
            return "RouterDeadInterval mismatch, received " + h.deadInterval() + ", ours "
                    + settings.deadInterval();
        }
        boolean externalCapable = (h.options() & Options.E) != 0;
        if (externalCapable == area.stub()) {
            return "E-bit mismatch, received " + externalCapable + ", area " + area.label()
                    + (area.stub() ? " is stub" : " is not stub");
        }
        return null;
    }

    /** The neighbor that sent a packet: by Router ID, as long as the source address agrees on broadcast links. */
    Neighbor neighbor(int routerId) {
        return neighbors.get(routerId);
    }

    void neighborGone(Neighbor n) {
        neighbors.remove(n.routerId, n);
    }

    // ---- sending ----

    private void sendHello() {
        List<Integer> seen = new ArrayList<>();
        for (Neighbor n : neighbors.values()) {
            if (n.state().ordinal() >= NeighborState.INIT.ordinal()) {
                seen.add(n.routerId);
            }
        }
        int helloDr = settings.kind() == InterfaceKind.BROADCAST ? dr : 0;
        int helloBdr = settings.kind() == InterfaceKind.BROADCAST ? bdr : 0;
        if (isV3()) {
            send(router.io().allSpfRouters(), Hello.v3(interfaceId(), settings.helloInterval(), area.options(),
                    settings.priority(), settings.deadInterval(), helloDr, helloBdr, seen));
            return;
        }
        // RFC 2328 9.5: point-to-point links and virtual links send mask 0
        int helloMask = settings.kind() == InterfaceKind.POINT_TO_POINT || isVirtual() ? 0 : mask();
        send(router.io().allSpfRouters(), Hello.v2(helloMask, settings.helloInterval(), area.options(),
                settings.priority(), settings.deadInterval(), helloDr, helloBdr, seen));
    }

    /** Where flooded updates and delayed acks go on this link (RFC 2328 13.3 step 5). */
    byte[] floodDestination() {
        if (settings.kind() != InterfaceKind.BROADCAST || isDrOrBackup()) {
            return router.io().allSpfRouters();
        }
        return router.io().allDRouters();
    }

    void send(byte[] destination, PacketBody body) {
        if (settings.passive() || state == InterfaceState.DOWN || state == InterfaceState.LOOPBACK) {
            return;
        }
        router.io().send(this, destination, body);
    }

    /** Queues an acknowledgement to go out within a second with others (RFC 2328 13.5 delayed ack). */
    void delayedAck(LsaHeader header) {
        delayedAcks.add(header);
        ackTimer.startIfIdle(ACK_DELAY_MILLIS);
    }

    private void sendDelayedAcks() {
        int perPacket = router.io().maxLsaHeaders(this);
        for (int i = 0; i < delayedAcks.size(); i += perPacket) {
            send(floodDestination(), new LinkStateAck(delayedAcks.subList(i, Math.min(delayedAcks.size(),
                    i + perPacket))));
        }
        delayedAcks.clear();
    }

    /** The interface settings changed in the config; intervals apply from the next timer run. */
    boolean sameSettings(LinkSettings other) {
        return settings.equals(other);
    }
}
