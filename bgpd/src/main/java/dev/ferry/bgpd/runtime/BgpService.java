package dev.ferry.bgpd.runtime;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpRouteSource;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.zclient.RouteKey;
import dev.ferry.lib.zclient.TableKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.RedistributedRoute;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.RouterIdUpdate;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import java.net.InetAddress;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspNexthop;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.proto.zebra.v1.VrfUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * bgpd at run time: the TCP transport, the default instance's {@link BgpRouter} and one per VRF instance
 * (`router bgp ASN vrf NAME`), kept in step with the configuration (the CLI's onConfigChange hook) and with zebra
 * (router-id, nexthop tracking, redistribution, route installation in each instance's VRF, VRF devices, label
 * chunks and the VRF labels' LSPs), and the L3VPN leaking between them ({@link VpnLeaking}). Views are
 * configuration only. Runs on the daemon's loop.
 */
public final class BgpService implements ZebraListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BgpService.class.getName());
    /** FRR's administrative distances of BGP routes. */
    public static final int EBGP_DISTANCE = 20;
    public static final int IBGP_DISTANCE = 200;

    private final BgpConfig config;
    private final ScheduledExecutorService loop;
    private final int port;
    private final List<InetAddress> listenOn;
    private final Supplier<String> hostname;
    private final Predicate<String> debugs;
    private BgpTransport transport;
    private ZebraClient zebra;
    private NexthopTable nexthops;
    private BgpRouter router;
    private int zebraRouterId;
    private boolean routerIdSubscribed;
    private final Set<RedistributeSubscribe> subscriptions = new HashSet<>();
    private final Map<String, BgpRouter> vrfRouters = new LinkedHashMap<>();
    /** Every instance's routes on their way to zebra, oldest instance first (a closed one's deletes go first). */
    private final List<ZebraRouteQueue> zebraQueues = new ArrayList<>();
    /** Sends the zebra session's RoutesComplete once the replay has drained from every queue, or null. */
    private Runnable routesComplete;
    private final Map<String, NexthopTable> vrfImportChecks = new HashMap<>();
    private final Map<String, Integer> vrfRouterIds = new HashMap<>();
    private final Set<String> vrfRouterIdSubscribed = new HashSet<>();
    private final Map<String, Integer> vrfDevices = new HashMap<>();
    private final InterfaceAddresses interfaces = new InterfaceAddresses();
    private VpnLabels labels;
    private VpnLeaking leaking;

    /**
     * @param port     the BGP port (179; tests use others)
     * @param listenOn addresses to listen on ("::" takes IPv4 too)
     */
    public BgpService(BgpConfig config, ScheduledExecutorService loop, int port, List<InetAddress> listenOn,
            Supplier<String> hostname, Predicate<String> debugs) {
        this.config = config;
        this.debugs = debugs;
        this.loop = loop;
        this.port = port;
        this.listenOn = listenOn;
        this.hostname = hostname;
        this.nexthops = new NexthopTable(null);
    }

    /** Starts listening; with {@code client} non-null, routes go to zebra and next hops are tracked there. */
    public void start(ZebraClient client) {
        this.zebra = client;
        this.transport = new BgpTransport(loop, port);
        if (client != null) {
            nexthops = new NexthopTable(this::registerNexthop);
            client.subscribeInterfaces();
        }
        labels = new VpnLabels(client == null ? null : size -> zebra.requestLabelChunk(size, 0, false),
                () -> leaking.sync());
        leaking = new VpnLeaking(() -> router, () -> List.copyOf(vrfRouters.values()), labels,
                client == null ? VpnLeaking.Dataplane.NONE : new ZebraDataplane());
        transport.listen(listenOn, link -> {
            if (router != null) {
                router.accept(link);
            } else {
                link.close();
            }
        });
        if (!transport.listening() && listenOn.size() == 1 && listenOn.get(0).getAddress().length == 16) {
            try {
                transport.listen(List.of(InetAddress.getByAddress(new byte[4])), link -> {
                    if (router != null) {
                        router.accept(link);
                    } else {
                        link.close();
                    }
                });
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        reconcile();
    }

    /** Whether `neighbor X password` is honoured (TCP-MD5 needs the epoll transport). */
    public boolean transportSupportsPasswords() {
        return transport != null && transport.supportsPasswords();
    }

    /** The default instance at run time, or null. */
    public BgpRouter router() {
        return router;
    }

    /** The instance of a VRF at run time, or null. */
    public BgpRouter vrfRouter(String vrf) {
        return vrfRouters.get(vrf);
    }

    /** The VRF instances running, in configuration order. */
    public List<BgpRouter> vrfRouters() {
        return List.copyOf(vrfRouters.values());
    }

    /** The label pool, or null before start. */
    public VpnLabels labels() {
        return labels;
    }

    /** The label a VRF exports its routes with, or null. */
    public Integer exportLabel(BgpRouter vrf, AddressFamily unicast) {
        return leaking == null ? null : leaking.exportLabel(vrf, unicast);
    }

    /** The VRF whose export a VPN path is, or null. */
    public String exportingVrf(dev.ferry.bgpd.rib.PathSource source) {
        return leaking == null ? null : leaking.exportingVrf(source);
    }

    /** The ifindex of a VRF's device as zebra reports it, 0 when unknown. */
    public int vrfIfindex(String vrf) {
        return vrfDevices.getOrDefault(vrf, 0);
    }

    /**
     * The zebra client's replay ({@link dev.ferry.lib.zclient.ZebraClientOptions#withOwnerReplay}): a new
     * session needs every route bgpd has installed, and the Loc-RIBs are their only copy. The default instance
     * and every VRF instance (whose Loc-RIBs hold what VRF leaking imported) install theirs again; they are all
     * the routes bgpd gives zebra (the VRF labels are LSPs, which the client keeps). They go through the
     * queues, as zebra takes them (a full table would otherwise wait in the client at once), and the client's
     * RoutesComplete waits until the queues are empty.
     */
    public void replayRoutes() {
        if (zebra == null) {
            return;
        }
        for (ZebraRouteQueue q : zebraQueues) {
            q.restart();
        }
        zebraQueues.removeIf(ZebraRouteQueue::finished);
        routesComplete = null;
        if (router != null) {
            router.reinstallRoutes();
        }
        for (BgpRouter r : vrfRouters.values()) {
            r.reinstallRoutes();
        }
        if (zebraQueues.stream().anyMatch(q -> q.size() > 0)) {
            routesComplete = zebra.holdRoutesComplete(); // the routes go as zebra takes them, then this
        }
    }

    /** A queue has sent all it had: RoutesComplete goes when all have, after a replay. */
    private void zebraQueueDrained() {
        if (routesComplete != null && zebraQueues.stream().allMatch(q -> q.size() == 0)) {
            Runnable r = routesComplete;
            routesComplete = null;
            r.run();
        }
    }

    /** The zebra client can take more: the instances' queued prefixes go, oldest instance first. */
    @Override
    public void onWritable() {
        for (ZebraRouteQueue q : zebraQueues) {
            q.drain();
        }
        zebraQueues.removeIf(ZebraRouteQueue::finished);
    }

    @Override
    public void onConnected(HelloAck ack) {
        LOG.log(System.Logger.Level.INFO, "connected to zebra (session " + ack.getSessionId() + ")");
        reconcile();
    }

    @Override
    public void onRouterId(RouterIdUpdate u) {
        int id = u.getRouterId().size() == 4 ? java.nio.ByteBuffer.wrap(u.getRouterId().toByteArray()).getInt() : 0;
        if (!u.getVrf().isEmpty()) {
            Integer before = vrfRouterIds.put(u.getVrf(), id);
            if (before == null || before != id) {
                reconcile();
            }
            return;
        }
        if (id != zebraRouterId) {
            zebraRouterId = id;
            reconcile();
        }
    }

    @Override
    public void onNexthopUpdate(NexthopUpdate u) {
        byte[] address = u.getAddress().toByteArray();
        IpPrefix matched = u.hasMatched() && !u.getMatched().getAddress().isEmpty()
                ? new IpPrefix(u.getMatched().getAddress().toByteArray(), u.getMatched().getLength()) : null;
        // a next hop resolved only through BGP itself does not count (FRR's NHT ignores its own routes there)
        boolean resolved = u.getResolved() && u.getType() != RouteType.ROUTE_TYPE_BGP;
        NexthopTable.Resolution r = new NexthopTable.Resolution(resolved, u.getMetric(), matched);
        if (!u.getVrf().isEmpty()) {
            NexthopTable t = vrfImportChecks.get(u.getVrf());
            BgpRouter vr = vrfRouters.get(u.getVrf());
            if (t != null && t.update(address, r) && vr != null) {
                vr.importCheckChanged();
            }
            return;
        }
        if (nexthops.update(address, r)) {
            if (router != null) {
                router.nexthopChanged(address);
            }
            // VRF instances' imported paths resolve in the default VRF
            for (BgpRouter vr : List.copyOf(vrfRouters.values())) {
                vr.nexthopChanged(address);
            }
        }
    }

    @Override
    public void onInterface(InterfaceUpdate u) {
        if (interfaces.apply(u)) {
            interfacesChanged();
        }
    }

    @Override
    public void onAddress(AddressUpdate u) {
        if (interfaces.apply(u)) {
            interfacesChanged();
        }
    }

    /** `neighbor X update-source IFNAME` follows the interface's address (the default instance runs neighbors). */
    private void interfacesChanged() {
        if (router != null) {
            router.interfacesChanged(interfaces);
        }
    }

    @Override
    public void onVrf(VrfUpdate u) {
        if (u.getName().isEmpty()) {
            return;
        }
        Integer before = u.getKind() == UpdateKind.UPDATE_KIND_DELETED || !u.getActive() || u.getIfindex() == 0
                ? vrfDevices.remove(u.getName()) : vrfDevices.put(u.getName(), u.getIfindex());
        if (!java.util.Objects.equals(before, vrfDevices.get(u.getName())) && leaking != null) {
            LOG.log(System.Logger.Level.INFO, "VRF " + u.getName() + " device "
                    + (vrfDevices.containsKey(u.getName()) ? "ifindex " + u.getIfindex() : "gone"));
            leaking.sync();
        }
    }

    @Override
    public void onLabelChunk(LabelChunk c) {
        if (labels != null) {
            if (c.getFailed()) {
                LOG.log(System.Logger.Level.WARNING, "zebra refused a label chunk: " + c.getMessage());
            }
            labels.chunk(new VpnLabels.Chunk(c.getStart(), c.getEnd()), c.getFailed());
        }
    }

    @Override
    public void onRedistributedRoutes(RedistributedRouteBatch batch) {
        BgpRouter router = batch.getVrf().isEmpty() ? this.router : vrfRouters.get(batch.getVrf());
        if (router == null) {
            return;
        }
        AddressFamily f = batch.getAfi() == Afi.AFI_IPV6 ? AddressFamily.IPV6_UNICAST : AddressFamily.IPV4_UNICAST;
        for (RedistributedRoute r : batch.getRoutesList()) {
            BgpRouteSource source = source(r.getType());
            if (source == null) {
                continue;
            }
            IpPrefix prefix = new IpPrefix(r.getPrefix().getAddress().toByteArray(), r.getPrefix().getLength());
            byte[] gw = r.getNexthopsCount() > 0 && !r.getNexthops(0).getGateway().isEmpty()
                    ? r.getNexthops(0).getGateway().toByteArray() : null;
            router.local().redistributed(f, prefix, r.getOp() == Op.OP_ADD
                    ? new LocalRoutes.Redistributed(source, prefix.masked(), r.getMetric(), gw) : null);
        }
    }

    /** Brings the runtime in step with the configuration; called after every change. */
    public void reconcile() {
        if (transport == null) {
            return;
        }
        BgpInstance inst = config.defaultInstance();
        int id = inst == null ? 0 : routerIdFor(inst);
        if (router != null && (inst == null || inst.asn() != router.asn() || id != router.routerId())) {
            router.close();
            router = null;
        }
        if (inst != null && id != 0) {
            if (router == null) {
                ZebraRouteQueue queue = zebraQueue("");
                router = new BgpRouter(loop, transport, queue == null ? RouteSink.NONE : queue,
                        nexthops, inst, id, hostname, debugs);
                bindLocRib(queue, router);
                router.leakHooks(leaking);
                router.interfacesChanged(interfaces);
                LOG.log(System.Logger.Level.INFO, "BGP instance AS " + inst.asn() + " started, router-id "
                        + Ipv4Addresses.format(id));
            }
            router.policies(config.policies());
            router.reconcile(inst);
        }
        reconcileVrfs();
        Set<RedistributeSubscribe> want = new HashSet<>();
        wantRedistribution(inst, "", want);
        for (BgpInstance v : config.vrfInstances()) {
            if (vrfRouters.containsKey(v.name())) {
                wantRedistribution(v, v.name(), want);
            }
        }
        subscribeRedistribution(want);
        leaking.sync();
    }

    /** One {@link BgpRouter} per `router bgp ASN vrf NAME`. */
    private void reconcileVrfs() {
        Map<String, BgpInstance> want = new LinkedHashMap<>();
        for (BgpInstance v : config.vrfInstances()) {
            want.put(v.name(), v);
        }
        for (String name : List.copyOf(vrfRouters.keySet())) {
            BgpInstance v = want.get(name);
            BgpRouter r = vrfRouters.get(name);
            if (v == null || v.asn() != r.asn() || vrfRouterId(v) != r.routerId()) {
                vrfRouters.remove(name).close();
                LOG.log(System.Logger.Level.INFO, "BGP instance of VRF " + name + " stopped");
            }
        }
        for (BgpInstance v : want.values()) {
            int id = vrfRouterId(v);
            if (id == 0) {
                continue;
            }
            BgpRouter r = vrfRouters.get(v.name());
            if (r == null) {
                NexthopTable checks = vrfImportChecks.computeIfAbsent(v.name(), n -> new NexthopTable(zebra == null
                        ? null : a -> zebra.registerNexthop(TrackedNexthop.newBuilder().setVrf(n)
                                .setAddress(ByteString.copyFrom(a)).build())));
                ZebraRouteQueue queue = zebraQueue(v.name());
                r = new BgpRouter(loop, transport, queue == null ? RouteSink.NONE : queue,
                        nexthops, checks, v, id, hostname, debugs);
                bindLocRib(queue, r);
                r.leakHooks(leaking);
                vrfRouters.put(v.name(), r);
                LOG.log(System.Logger.Level.INFO, "BGP instance AS " + v.asn() + " vrf " + v.name()
                        + " started, router-id " + Ipv4Addresses.format(id)
                        + (zebra != null && !vrfDevices.containsKey(v.name())
                                ? " (VRF " + v.name() + " is not in the kernel yet)" : ""));
            }
            r.policies(config.policies());
            r.reconcile(v);
        }
    }

    /** A VRF instance's router-id: configured, else zebra's for the VRF, else the default instance's. */
    private int vrfRouterId(BgpInstance v) {
        if (v.routerId() != null) {
            return Ipv4Addresses.parse(v.routerId());
        }
        if (zebra != null && vrfRouterIdSubscribed.add(v.name())) {
            zebra.subscribeRouterId(v.name(), Afi.AFI_IPV4);
        }
        int id = vrfRouterIds.getOrDefault(v.name(), 0);
        if (id != 0) {
            return id;
        }
        BgpInstance d = config.defaultInstance();
        return d != null && d.routerId() != null ? Ipv4Addresses.parse(d.routerId()) : zebraRouterId;
    }

    private int routerIdFor(BgpInstance inst) {
        if (inst.routerId() != null) {
            return Ipv4Addresses.parse(inst.routerId());
        }
        if (zebra != null && !routerIdSubscribed) {
            routerIdSubscribed = true;
            zebra.subscribeRouterId("", Afi.AFI_IPV4);
        }
        return zebraRouterId;
    }

    private void registerNexthop(byte[] address) {
        if (zebra != null) {
            zebra.registerNexthop(TrackedNexthop.newBuilder().setVrf("").setAddress(ByteString.copyFrom(address))
                    .build());
        }
    }

    private static void wantRedistribution(BgpInstance inst, String vrf, Set<RedistributeSubscribe> want) {
        if (inst == null) {
            return;
        }
        for (BgpAddressFamily f : List.of(BgpAddressFamily.IPV4_UNICAST, BgpAddressFamily.IPV6_UNICAST)) {
            for (BgpRouteSource s : inst.family(f).redistributions().keySet()) {
                RouteType t = routeType(s);
                if (t != null) {
                    want.add(RedistributeSubscribe.newBuilder().setVrf(vrf)
                            .setAfi(f.isIpv4() ? Afi.AFI_IPV4 : Afi.AFI_IPV6).setType(t).build());
                }
            }
        }
    }

    private void subscribeRedistribution(Set<RedistributeSubscribe> want) {
        if (zebra == null) {
            return;
        }
        for (RedistributeSubscribe s : Set.copyOf(subscriptions)) {
            if (!want.contains(s)) {
                zebra.unsubscribeRedistribute(s);
                subscriptions.remove(s);
                BgpRouter r = s.getVrf().isEmpty() ? router : vrfRouters.get(s.getVrf());
                if (r != null) {
                    r.local().forget(source(s.getType()));
                }
            }
        }
        for (RedistributeSubscribe s : want) {
            if (subscriptions.add(s)) {
                zebra.subscribeRedistribute(s);
            }
        }
    }

    private static RouteType routeType(BgpRouteSource s) {
        return switch (s) {
            case KERNEL -> RouteType.ROUTE_TYPE_KERNEL;
            case CONNECTED -> RouteType.ROUTE_TYPE_CONNECTED;
            case STATIC -> RouteType.ROUTE_TYPE_STATIC;
            case OSPF -> RouteType.ROUTE_TYPE_OSPF;
            case OSPF6 -> RouteType.ROUTE_TYPE_OSPF6;
            default -> null;
        };
    }

    private static BgpRouteSource source(RouteType t) {
        return switch (t) {
            case ROUTE_TYPE_KERNEL -> BgpRouteSource.KERNEL;
            case ROUTE_TYPE_CONNECTED -> BgpRouteSource.CONNECTED;
            case ROUTE_TYPE_STATIC -> BgpRouteSource.STATIC;
            case ROUTE_TYPE_OSPF -> BgpRouteSource.OSPF;
            case ROUTE_TYPE_OSPF6 -> BgpRouteSource.OSPF6;
            default -> null;
        };
    }

    /** zebra's name of the default VRF in a nexthop (Nexthop.vrf "" would mean the route's own VRF). */
    static final String DEFAULT_VRF = "default";

    /**
     * The zebra route of a best path in a VRF ("" = default): distance 20 (eBGP) or 200 (iBGP), MED as metric,
     * iBGP next hops resolved recursively. A path a VRF imported from VPN goes out with its VPN label and its
     * gateway (the remote PE) in the default VRF, resolved recursively there (zebra adds the transport label).
     */
    static Route.Builder route(String vrf, Prefix prefix, BgpPath best) {
        return route(vrf, prefix, best, List.of(), new NexthopMessages());
    }

    /**
     * The route with one next hop per path of the multipath set (the best first): ECMP in zebra and the kernel.
     * Runs once per route of a full table, with C1 only: no iterator, no copy of the prefix's bytes.
     */
    static Route.Builder route(String vrf, Prefix prefix, BgpPath best, List<BgpPath> multipaths,
            NexthopMessages nexthops) {
        return attributes(vrf, best, multipaths, nexthops).setPrefix(apiPrefix(prefix));
    }

    /** Whether the path was imported into a VRF (its next hop then names its VRF and label). */
    private static boolean imported(String vrf, BgpPath best) {
        return !vrf.isEmpty() && best.localOrigin() == dev.ferry.bgpd.rib.LocalOrigin.IMPORTED;
    }

    /** The route to zebra but its prefix (and id and op, which the client sets). */
    static Route.Builder attributes(String vrf, BgpPath best, List<BgpPath> multipaths, NexthopMessages nexthops) {
        boolean ibgp = best.source().isIbgp();
        boolean imported = imported(vrf, best);
        Route.Builder route = Route.newBuilder()
                .setDistance(ibgp ? IBGP_DISTANCE : EBGP_DISTANCE)
                .setMetric((int) best.med())
                .setAllowRecursion(ibgp || imported)
                .setIbgp(ibgp)
                .addNexthops(nexthops.of(best, imported));
        for (int i = 0; i < multipaths.size(); i++) {
            route.addNexthops(nexthops.of(multipaths.get(i), imported));
        }
        return route;
    }

    /** The API form of a prefix; its address bytes are made here and wrapped, not copied again. */
    static dev.ferry.proto.zebra.v1.IpPrefix apiPrefix(Prefix prefix) {
        return dev.ferry.proto.zebra.v1.IpPrefix.newBuilder()
                .setAddress(UnsafeByteOperations.unsafeWrap(addressBytes(prefix))).setLength(prefix.length()).build();
    }

    private static byte[] addressBytes(Prefix prefix) {
        byte[] a = new byte[prefix.addressLength()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) prefix.byteAt(i);
        }
        return a;
    }

    /**
     * The API next hop of the last path asked about, kept while the next paths share its next hop's bytes, as
     * the paths of one UPDATE do (BgpPath's next hop bytes never change): a full table's routes then share one
     * message instead of a builder, a message and two copies of the address each.
     */
    static final class NexthopMessages {
        private byte[] address;
        private Nexthop message;

        Nexthop of(BgpPath path, boolean imported) {
            if (imported) {
                return nexthop(path, true).build(); // the VRF and label are the path's own
            }
            if (path.nextHopBytes() != address) {
                address = path.nextHopBytes();
                message = nexthop(path, false).build();
            }
            return message;
        }
    }

    private static Nexthop.Builder nexthop(BgpPath best, boolean imported) {
        Nexthop.Builder nh = Nexthop.newBuilder().setGateway(ByteString.copyFrom(best.nextHopBytes()));
        if (imported) {
            // from VPN: the remote PE, in the default VRF; from another VRF here: that VRF's next hop, in it
            nh.setVrf(best.nexthopVrf() != null ? best.nexthopVrf() : DEFAULT_VRF);
            if (best.hasLabel()) {
                nh.addLabels(best.label());
            }
        }
        return nh;
    }

    /** A new instance's queue to zebra, or null without zebra. */
    private ZebraRouteQueue zebraQueue(String vrf) {
        if (zebra == null) {
            return null;
        }
        zebraQueues.removeIf(ZebraRouteQueue::finished);
        ZebraRouteQueue q = new ZebraRouteQueue(loop, new ZebraSink(vrf), this::zebraQueueDrained);
        zebraQueues.add(q);
        return q;
    }

    private static void bindLocRib(ZebraRouteQueue queue, BgpRouter router) {
        if (queue != null) {
            queue.locRib((f, p) -> router.rib(f).get(p));
        }
    }

    /** Route operations to zebra, in one VRF; nothing is kept here or in the client: see {@link #replayRoutes}. */
    private final class ZebraSink implements ZebraRouteQueue.Zebra {
        private final String vrf;
        /** The client's tables, made once: the client compares each route's table with the open batch's. */
        private final TableKey ipv4;
        private final TableKey ipv6;
        private final NexthopMessages nexthops = new NexthopMessages();
        /**
         * The attributes of the last single-path route sent, and what they were made from: kept while routes
         * come with the same next hop bytes, MED and session kind, so that the client packs a run of them into
         * one route to zebra without a message each (ZebraClient's attributes form of addRoute).
         */
        private Route attributes;
        private byte[] attributesNexthop;
        private long attributesMed;
        private boolean attributesIbgp;

        ZebraSink(String vrf) {
            this.vrf = vrf;
            this.ipv4 = new TableKey(vrf, Afi.AFI_IPV4, Safi.SAFI_UNICAST);
            this.ipv6 = new TableKey(vrf, Afi.AFI_IPV6, Safi.SAFI_UNICAST);
        }

        @Override
        public boolean connected() {
            return zebra.isConnected();
        }

        @Override
        public boolean backlogged() {
            return zebra.backlogged();
        }

        @Override
        public void add(AddressFamily family, Prefix prefix, BgpPath best, List<BgpPath> multipaths) {
            TableKey table = family.afi() == AddressFamily.AFI_IPV6 ? ipv6 : ipv4;
            if (multipaths.isEmpty() && !imported(vrf, best)) {
                zebra.addRoute(table, attributesOf(best), addressBytes(prefix), prefix.length());
            } else {
                zebra.addRoute(table, route(vrf, prefix, best, multipaths, nexthops));
            }
        }

        private Route attributesOf(BgpPath best) {
            boolean ibgp = best.source().isIbgp();
            if (attributes == null || best.nextHopBytes() != attributesNexthop || best.med() != attributesMed
                    || ibgp != attributesIbgp) {
                attributes = attributes(vrf, best, List.of(), nexthops).build();
                attributesNexthop = best.nextHopBytes();
                attributesMed = best.med();
                attributesIbgp = ibgp;
            }
            return attributes;
        }

        @Override
        public void delete(AddressFamily family, Prefix prefix) {
            zebra.deleteRoute(RouteKey.of(vrf, afi(family), Safi.SAFI_UNICAST, apiPrefix(prefix)));
        }

        private static Afi afi(AddressFamily f) {
            return f.afi() == AddressFamily.AFI_IPV6 ? Afi.AFI_IPV6 : Afi.AFI_IPV4;
        }
    }

    /** The VRF labels' LSPs: pop, then look the packet up in the VRF (`ip -M route add N dev VRF`). */
    private final class ZebraDataplane implements VpnLeaking.Dataplane {
        @Override
        public int vrfIfindex(String vrf) {
            return vrfDevices.getOrDefault(vrf, 0);
        }

        @Override
        public void addVrfLabel(int label, int vrfIfindex) {
            zebra.addLsp(Lsp.newBuilder().setInLabel(label).addNexthops(LspNexthop.newBuilder()
                    .setIfindex(vrfIfindex)));
        }

        @Override
        public void removeVrfLabel(int label) {
            zebra.deleteLsp(label);
        }
    }

    @Override
    public void close() {
        for (BgpRouter r : vrfRouters.values()) {
            r.close();
        }
        vrfRouters.clear();
        if (router != null) {
            router.close();
            router = null;
        }
        if (transport != null) {
            transport.close();
        }
    }
}
