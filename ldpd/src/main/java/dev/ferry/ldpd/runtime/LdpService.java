package dev.ferry.ldpd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.ldpd.config.LdpAddressFamily;
import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.config.LdpFamily;
import dev.ferry.ldpd.config.LdpInterface;
import dev.ferry.ldpd.discovery.Adjacency;
import dev.ferry.ldpd.discovery.Discovery;
import dev.ferry.ldpd.label.FecNode;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.label.LabelAllocator;
import dev.ferry.ldpd.label.LabelBase;
import dev.ferry.ldpd.network.HelloSocket;
import dev.ferry.ldpd.network.SessionSocket;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.RouterIdUpdate;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ldpd at run time, on the daemon's event loop: keeps discovery, sessions and the LIB in step with the
 * configuration (the CLI's onConfigChange hook) and with zebra's interfaces, router-id, routes and labels.
 * <pre>
 *  hello socket reader --(datagram)--+                       +--> Hellos out (one timer per interface)
 *  accept thread ------(channel)-----+--> [ daemon loop ] ---+--> PDUs out (Neighbor.send)
 *  session readers ----(bytes)-------+     LdpService        +--> LSPs, label chunks (ZebraClient)
 *  zebra stream -------(updates)-----+     Neighbor, LIB
 *  timers: hello, expiry tick (1 s), KeepAlive timer and sender, reconnection
 * </pre>
 * LDP runs while {@code mpls ldp} and {@code address-family ipv4} are configured and an LSR id is known; a new
 * LSR id or transport address restarts it.
 */
public final class LdpService implements ZebraListener, NeighborHost, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LdpService.class.getName());
    /** FRR's DEFAULT_KEEPALIVE. */
    public static final int DEFAULT_KEEPALIVE = 180;
    private static final List<RouteType> FEC_SOURCES = List.of(RouteType.ROUTE_TYPE_KERNEL,
            RouteType.ROUTE_TYPE_CONNECTED, RouteType.ROUTE_TYPE_STATIC, RouteType.ROUTE_TYPE_OSPF);

    private final LdpConfig config;
    private final ScheduledExecutorService loop;
    private final InstantSource clock;
    private final KernelInterfaces kernel = new KernelInterfaces();
    private final Discovery discovery;
    private final LabelAllocator labels = new LabelAllocator();
    private final ZebraLib zebraLib = new ZebraLib(this);
    private final LabelBase lib = new LabelBase(labels, zebraLib);
    private final RouteFeed routes = new RouteFeed(lib);
    private final Map<LdpId, Neighbor> neighbors = new TreeMap<>(LabelBase.PEER_ORDER);
    private final Map<String, ActiveInterface> interfaces = new TreeMap<>(dev.ferry.lib.net.InterfaceNames.ORDER);
    private final AtomicInteger messageIds = new AtomicInteger();
    private final LoopTimer expiryTick;
    private ZebraClient zebra;
    private int zebraRouterId;
    private boolean routerIdSubscribed;
    private boolean redistributing;
    private LdpId localId;
    private int transport;
    private HelloSocket helloSocket;
    private SessionSocket sessionSocket;
    private List<Integer> advertised = List.of();
    private long configSequence = 1;
    private boolean reconcileQueued;

    /** An interface LDP sends Hellos on, and since when. */
    static final class ActiveInterface {
        final String name;
        int ifindex;
        final Instant since;
        final LoopTimer hello;
        int interval;
        int holdtime;

        ActiveInterface(String name, Instant since, LoopTimer hello) {
            this.name = name;
            this.since = since;
            this.hello = hello;
        }
    }

    public LdpService(LdpConfig config, ScheduledExecutorService loop, InstantSource clock) {
        this.config = config;
        this.loop = loop;
        this.clock = clock;
        this.discovery = new Discovery(clock);
        this.expiryTick = new LoopTimer(loop, this::expireAdjacencies);
    }

    public void attach(ZebraClient client) {
        this.zebra = client;
        zebraLib.attach(client);
        client.subscribeInterfaces();
    }

    // ---- what the show commands read -----------------------------------------------------------------

    boolean running() {
        return localId != null;
    }

    int transport() {
        return transport;
    }

    Discovery discovery() {
        return discovery;
    }

    LabelBase lib() {
        return lib;
    }

    Map<LdpId, Neighbor> neighbors() {
        return neighbors;
    }

    Map<String, ActiveInterface> activeInterfaces() {
        return interfaces;
    }

    InstantSource clock() {
        return clock;
    }

    /** The interfaces configured under address-family ipv4, in FRR's order. */
    List<LdpInterface> configuredInterfaces() {
        return config.family(LdpFamily.IPV4).enabledInterfaces();
    }

    // ---- zebra -------------------------------------------------------------------------------------------

    @Override
    public void onConnected(HelloAck ack) {
        LOG.log(System.Logger.Level.INFO, "connected to zebra (session " + ack.getSessionId() + ")");
        reconcile();
    }

    @Override
    public void onInterface(InterfaceUpdate u) {
        if (kernel.apply(u)) {
            reconcileSoon();
        }
    }

    @Override
    public void onAddress(AddressUpdate u) {
        if (kernel.apply(u)) {
            reconcileSoon();
        }
    }

    /**
     * zebra reports interfaces and addresses one by one, thousands at once on a big router: one reconcile (and one
     * round of Address messages) per burst, not per address. Per address it was quadratic: bench/ldp-fec.sh with
     * 10,000 addresses took ldpd's heap past 1 GB.
     */
    private void reconcileSoon() {
        if (reconcileQueued) {
            return;
        }
        reconcileQueued = true;
        try {
            loop.execute(() -> {
                reconcileQueued = false;
                reconcile();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            reconcileQueued = false;
        }
    }

    @Override
    public void onRouterId(RouterIdUpdate u) {
        if (!u.getVrf().isEmpty() || u.getAfi() != Afi.AFI_IPV4) {
            return;
        }
        int id = u.getRouterId().size() == 4 ? Ipv4.of(u.getRouterId().toByteArray()) : 0;
        if (id != zebraRouterId) {
            zebraRouterId = id;
            reconcile();
        }
    }

    @Override
    public void onRedistributedRoutes(RedistributedRouteBatch batch) {
        if (batch.getVrf().isEmpty() && batch.getAfi() == Afi.AFI_IPV4) {
            routes.apply(batch);
        }
    }

    @Override
    public void onLabelChunk(LabelChunk chunk) {
        if (chunk.getFailed()) {
            LOG.log(System.Logger.Level.ERROR, "label manager refused a chunk: " + chunk.getMessage());
            labels.requestFailed();
            return;
        }
        labels.addChunk(chunk.getStart(), chunk.getEnd());
        lib.labelsAvailable();
    }

    @Override
    public void onLspResult(int inLabel, Result result) {
        if (result.getStatus() == ResultStatus.RESULT_STATUS_FAILED) {
            LOG.log(System.Logger.Level.WARNING, "LSP of label " + inLabel + " not installed: "
                    + result.getMessage() + " (errno " + result.getKernelErrno() + ")");
        } else if (result.getStatus() == ResultStatus.RESULT_STATUS_REJECTED) {
            LOG.log(System.Logger.Level.WARNING, "zebra rejected the LSP of label " + inLabel + ": "
                    + result.getMessage());
        }
    }

    // ---- configuration -----------------------------------------------------------------------------------

    /** Brings LDP in step with the configuration and the kernel; called after every change. */
    public void reconcile() {
        LdpAddressFamily af = config.family(LdpFamily.IPV4);
        int routerId = config.routerId() != null ? Ipv4.parse(config.routerId()) : zebraRouterId;
        if (config.routerId() == null && zebra != null && !routerIdSubscribed) {
            routerIdSubscribed = true;
            zebra.subscribeRouterId("", Afi.AFI_IPV4);
        }
        boolean wanted = config.enabled() && af.enabled() && routerId != 0;
        int wantedTransport = af.transportAddress() != null ? Ipv4.parse(af.transportAddress()) : routerId;
        if (running() && (!wanted || Ipv4.of(localId.lsrId()) != routerId || wantedTransport != transport)) {
            stop();
        }
        if (!wanted) {
            return;
        }
        if (!running() && !start(routerId, wantedTransport)) {
            return;
        }
        reconcileInterfaces(af);
        lib.policy(af.explicitNull(), ldpIfindexes());
        if (zebra != null && !redistributing) {
            redistributing = true;
            for (RouteType t : FEC_SOURCES) {
                zebra.subscribeRedistribute(RedistributeSubscribe.newBuilder().setVrf("").setAfi(Afi.AFI_IPV4)
                        .setType(t).build());
            }
        }
        if (labels.wantsChunk()) {
            zebraLib.needLabels();
        }
        advertiseAddresses();
    }

    private boolean start(int routerId, int transportAddress) {
        try {
            helloSocket = HelloSocket.open(loop, this::helloReceived);
            sessionSocket = SessionSocket.open(loop, this::accepted);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "LDP cannot open its sockets: " + e.getMessage());
            closeSockets();
            return false;
        }
        localId = new LdpId(Ipv4.inet(routerId), 0);
        transport = transportAddress;
        advertised = List.of();
        expiryTick.startPeriodic(1000, 1000);
        routes.replay();
        LOG.log(System.Logger.Level.INFO, "LDP started: LSR id " + Ipv4.format(routerId) + ", transport address "
                + Ipv4.format(transportAddress));
        return true;
    }

    private void stop() {
        LOG.log(System.Logger.Level.INFO, "LDP stopped");
        for (Neighbor n : List.copyOf(neighbors.values())) {
            n.remove();
        }
        neighbors.clear();
        for (ActiveInterface ai : interfaces.values()) {
            ai.hello.cancel();
        }
        interfaces.clear();
        discovery.clear();
        zebraLib.removeAll(lib.installedLabels());
        lib.clear();
        expiryTick.cancel();
        closeSockets();
        localId = null;
        configSequence++;
    }

    private void closeSockets() {
        if (helloSocket != null) {
            helloSocket.close();
            helloSocket = null;
        }
        if (sessionSocket != null) {
            sessionSocket.close();
            sessionSocket = null;
        }
    }

    /** Hellos go out of every configured interface that is up with an IPv4 address. */
    private void reconcileInterfaces(LdpAddressFamily af) {
        Map<String, KernelInterfaces.Entry> want = new LinkedHashMap<>();
        for (LdpInterface li : af.enabledInterfaces()) {
            KernelInterfaces.Entry e = kernel.byName(li.name());
            if (e != null && e.up && !e.addresses.isEmpty()) {
                want.put(li.name(), e);
            }
        }
        for (String name : List.copyOf(interfaces.keySet())) {
            if (!want.containsKey(name)) {
                ActiveInterface ai = interfaces.remove(name);
                ai.hello.cancel();
                helloSocket.leave(name);
                discovery.removeInterface(name).forEach(this::adjacencyGone);
            }
        }
        for (Map.Entry<String, KernelInterfaces.Entry> w : want.entrySet()) {
            String name = w.getKey();
            LdpInterface li = af.findInterface(name);
            int interval = firstSet(li.hello().interval(), af.hello().interval(), config.hello().interval());
            int holdtime = firstSet(li.hello().holdtime(), af.hello().holdtime(), config.hello().holdtime());
            ActiveInterface ai = interfaces.get(name);
            if (ai == null) {
                try {
                    helloSocket.join(name);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "LDP cannot join 224.0.0.2 on " + name + ": "
                            + e.getMessage());
                    continue;
                }
                ai = new ActiveInterface(name, clock.instant(), new LoopTimer(loop, () -> sendHello(name)));
                interfaces.put(name, ai);
            }
            ai.ifindex = w.getValue().ifindex;
            if (ai.interval != interval || ai.holdtime != holdtime) {
                ai.interval = interval;
                ai.holdtime = holdtime;
                ai.hello.startPeriodic(0, 1000L * interval);
            }
        }
    }

    private static int firstSet(int... values) {
        for (int v : values) {
            if (v != 0) {
                return v;
            }
        }
        return 0;
    }

    private Set<Integer> ldpIfindexes() {
        Set<Integer> out = new HashSet<>();
        for (LdpInterface li : config.family(LdpFamily.IPV4).enabledInterfaces()) {
            KernelInterfaces.Entry e = kernel.byName(li.name());
            if (e != null) {
                out.add(e.ifindex);
            }
        }
        return out;
    }

    // ---- discovery ---------------------------------------------------------------------------------------

    private void sendHello(String ifname) {
        ActiveInterface ai = interfaces.get(ifname);
        if (ai == null || helloSocket == null) {
            return;
        }
        try {
            helloSocket.send(ifname, HelloPdus.link(localId, nextMessageId(), ai.holdtime, transport,
                    configSequence));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Hello on " + ifname + ": " + e.getMessage());
        }
    }

    private void helloReceived(InetSocketAddress from, byte[] payload) {
        if (!running()) {
            return;
        }
        HelloPdus.Received h = HelloPdus.parse(payload, from);
        if (h == null || h.peer().lsrId().equals(localId.lsrId()) || h.targeted()) {
            return;
        }
        ActiveInterface ai = interfaceFor(h.source());
        if (ai == null) {
            return;
        }
        var result = discovery.hello(ai.name, ai.ifindex, h.peer(), h.source(), h.transport(), h.holdtime(),
                ai.holdtime);
        if (result.isEmpty()) {
            return;
        }
        if (result.get().created()) {
            LOG.log(System.Logger.Level.INFO, "new adjacency with " + h.peer() + " on " + ai.name);
        }
        Neighbor n = neighbors.get(h.peer());
        if (n != null && n.transport != h.transport() && !n.state().hasSession()) {
            n.remove();
            neighbors.remove(h.peer());
            n = null;
        }
        if (n == null) {
            if (h.transport() == transport) {
                LOG.log(System.Logger.Level.WARNING, h.peer() + " uses this LSR's transport address");
                return;
            }
            n = new Neighbor(this, h.peer(), h.transport(), clock);
            neighbors.put(h.peer(), n);
        }
        n.tryConnect();
    }

    /** The active interface whose subnet holds a Hello's source address. */
    private ActiveInterface interfaceFor(int source) {
        for (ActiveInterface ai : interfaces.values()) {
            KernelInterfaces.Entry e = kernel.byName(ai.name);
            if (e != null && e.subnetOf(source) != null) {
                return ai;
            }
        }
        return null;
    }

    private void expireAdjacencies() {
        for (Adjacency a : discovery.expire()) {
            LOG.log(System.Logger.Level.INFO, "adjacency with " + a.peer() + " on " + a.ifname() + " timed out");
            adjacencyGone(a);
        }
    }

    /** A neighbor lives while one adjacency does (FRR's adj_del / nbr_del). */
    private void adjacencyGone(Adjacency a) {
        if (discovery.of(a.peer()).isEmpty()) {
            Neighbor n = neighbors.remove(a.peer());
            if (n != null) {
                n.remove();
            }
        }
    }

    // ---- sessions ----------------------------------------------------------------------------------------

    private void accepted(SocketChannel channel) {
        int remote;
        try {
            remote = Ipv4.of(((InetSocketAddress) channel.getRemoteAddress()).getAddress());
        } catch (IOException | RuntimeException e) {
            close(channel);
            return;
        }
        for (Neighbor n : neighbors.values()) {
            if (n.transport == remote && n.accept(channel)) {
                return;
            }
        }
        LOG.log(System.Logger.Level.DEBUG, "connection from " + Ipv4.format(remote) + " refused: no adjacency");
        close(channel);
    }

    private static void close(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // refused anyway
        }
    }

    @Override
    public LdpId localId() {
        return localId;
    }

    @Override
    public int localTransport() {
        return transport;
    }

    @Override
    public int keepaliveTime() {
        return DEFAULT_KEEPALIVE;
    }

    @Override
    public int nextMessageId() {
        return messageIds.incrementAndGet();
    }

    @Override
    public ScheduledExecutorService loop() {
        return loop;
    }

    @Override
    public void operational(Neighbor n) {
        LOG.log(System.Logger.Level.INFO, "session with " + n.id() + " is operational");
        AddressMessages.address(this::nextMessageId, advertised).forEach(n::send);
        lib.peerUp(n.id());
        n.sendEndOfLib();
    }

    @Override
    public void down(Neighbor n) {
        LOG.log(System.Logger.Level.INFO, "session with " + n.id() + " is down");
        lib.peerDown(n.id());
    }

    @Override
    public void message(Neighbor n, Message m) {
        SessionMessages.handle(this, n, m);
    }

    /** This LSR's addresses changed: tell every operational peer what was added and withdrawn. */
    private void advertiseAddresses() {
        List<Integer> now = kernel.advertisedAddresses();
        if (now.equals(advertised)) {
            return;
        }
        List<Integer> added = new ArrayList<>(now);
        added.removeAll(new HashSet<>(advertised));
        List<Integer> removed = new ArrayList<>(advertised);
        removed.removeAll(new HashSet<>(now));
        advertised = List.copyOf(now);
        for (Neighbor n : neighbors.values()) {
            if (n.state() == dev.ferry.ldpd.session.SessionState.OPERATIONAL) {
                AddressMessages.withdraw(this::nextMessageId, removed).forEach(n::send);
                AddressMessages.address(this::nextMessageId, added).forEach(n::send);
            }
        }
    }

    /** The neighbor with this id, for the LIB's messages; null when it has gone. */
    Neighbor neighbor(LdpId id) {
        return neighbors.get(id);
    }

    /** FECs with a local label, for Label Request answers. */
    FecNode fecNode(dev.ferry.ldpd.label.Fec fec) {
        return lib.node(fec);
    }

    @Override
    public void close() {
        if (running()) {
            stop();
        }
    }
}
