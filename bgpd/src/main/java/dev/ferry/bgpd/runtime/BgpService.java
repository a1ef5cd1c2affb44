package dev.ferry.bgpd.runtime;

import com.google.protobuf.ByteString;
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
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * bgpd at run time: the TCP transport, the default instance's {@link BgpRouter} kept in step with the
 * configuration (the CLI's onConfigChange hook) and with zebra (router-id, nexthop tracking, redistribution,
 * route installation). VRF instances and views are configuration only for now. Runs on the daemon's loop.
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
        }
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

    @Override
    public void onConnected(HelloAck ack) {
        LOG.log(System.Logger.Level.INFO, "connected to zebra (session " + ack.getSessionId() + ")");
        reconcile();
    }

    @Override
    public void onRouterId(RouterIdUpdate u) {
        if (!u.getVrf().isEmpty()) {
            return;
        }
        int id = u.getRouterId().size() == 4 ? java.nio.ByteBuffer.wrap(u.getRouterId().toByteArray()).getInt() : 0;
        if (id != zebraRouterId) {
            zebraRouterId = id;
            reconcile();
        }
    }

    @Override
    public void onNexthopUpdate(NexthopUpdate u) {
        if (!u.getVrf().isEmpty()) {
            return;
        }
        byte[] address = u.getAddress().toByteArray();
        IpPrefix matched = u.hasMatched() && !u.getMatched().getAddress().isEmpty()
                ? new IpPrefix(u.getMatched().getAddress().toByteArray(), u.getMatched().getLength()) : null;
        // a next hop resolved only through BGP itself does not count (FRR's NHT ignores its own routes there)
        boolean resolved = u.getResolved() && u.getType() != RouteType.ROUTE_TYPE_BGP;
        if (nexthops.update(address, new NexthopTable.Resolution(resolved, u.getMetric(), matched))
                && router != null) {
            router.nexthopChanged(address);
        }
    }

    @Override
    public void onRedistributedRoutes(RedistributedRouteBatch batch) {
        if (router == null || !batch.getVrf().isEmpty()) {
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
                router = new BgpRouter(loop, transport, zebra == null ? RouteSink.NONE : new ZebraSink(),
                        nexthops, inst, id, hostname, debugs);
                LOG.log(System.Logger.Level.INFO, "BGP instance AS " + inst.asn() + " started, router-id "
                        + Ipv4Addresses.format(id));
            }
            router.reconcile(inst);
        }
        subscribeRedistribution(inst);
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

    private void subscribeRedistribution(BgpInstance inst) {
        if (zebra == null) {
            return;
        }
        Set<RedistributeSubscribe> want = new HashSet<>();
        if (inst != null) {
            for (BgpAddressFamily f : List.of(BgpAddressFamily.IPV4_UNICAST, BgpAddressFamily.IPV6_UNICAST)) {
                for (BgpRouteSource s : inst.family(f).redistributions().keySet()) {
                    RouteType t = routeType(s);
                    if (t != null) {
                        want.add(RedistributeSubscribe.newBuilder().setVrf("")
                                .setAfi(f.isIpv4() ? Afi.AFI_IPV4 : Afi.AFI_IPV6).setType(t).build());
                    }
                }
            }
        }
        for (RedistributeSubscribe s : Set.copyOf(subscriptions)) {
            if (!want.contains(s)) {
                zebra.unsubscribeRedistribute(s);
                subscriptions.remove(s);
                if (router != null) {
                    router.local().forget(source(s.getType()));
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

    /** Best paths to zebra: distance 20 (eBGP) or 200 (iBGP), MED as metric, iBGP next hops resolved recursively. */
    private final class ZebraSink implements RouteSink {
        @Override
        public void install(AddressFamily family, Prefix prefix, BgpPath best) {
            boolean ibgp = best.source().isIbgp();
            Route.Builder b = Route.newBuilder()
                    .setPrefix(IpPrefixes.of(prefix.toIpPrefix().address(), prefix.length()))
                    .setDistance(ibgp ? IBGP_DISTANCE : EBGP_DISTANCE)
                    .setMetric((int) best.med())
                    .setAllowRecursion(ibgp)
                    .setIbgp(ibgp)
                    .addNexthops(Nexthop.newBuilder().setGateway(ByteString.copyFrom(best.nextHop())));
            zebra.addRoute("", afi(family), Safi.SAFI_UNICAST, b);
        }

        @Override
        public void remove(AddressFamily family, Prefix prefix) {
            zebra.deleteRoute(RouteKey.of("", afi(family), Safi.SAFI_UNICAST,
                    IpPrefixes.of(prefix.toIpPrefix().address(), prefix.length())));
        }

        private static Afi afi(AddressFamily f) {
            return f.afi() == AddressFamily.AFI_IPV6 ? Afi.AFI_IPV6 : Afi.AFI_IPV4;
        }
    }

    @Override
    public void close() {
        if (router != null) {
            router.close();
            router = null;
        }
        if (transport != null) {
            transport.close();
        }
    }
}
