package dev.ferry.ospfd.runtime;

import com.google.protobuf.ByteString;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.zclient.RouteKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.ospfd.config.InstanceSettings;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.config.RouteSource;
import dev.ferry.ospfd.core.origin.Redistributed;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.RedistributedRoute;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.RouterIdUpdate;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.VrfUpdate;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

/**
 * ospfd or ospf6d at run time: one {@link OspfRouter} per configured instance, kept in step with the
 * configuration and with the kernel's interfaces and router-id that zebra reports. Runs on the daemon's event
 * loop.
 */
public final class OspfService implements ZebraListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OspfService.class.getName());

    private final Flavor flavor;
    private final ScheduledExecutorService loop;
    private final Predicate<String> debugs;
    private final KernelInterfaces kernel = new KernelInterfaces();
    private final VrfDevices vrfs = new VrfDevices();
    private final PacketTransport.Factory transports;
    private final Map<String, Integer> zebraRouterIds = new HashMap<>();
    private final Map<String, OspfRouter> routers = new LinkedHashMap<>();
    private final Set<RedistributeSubscribe> subscriptions = new HashSet<>();
    private ZebraClient zebra;

    /** ospfd. */
    public OspfService(OspfConfig config, ScheduledExecutorService loop, Predicate<String> debugs) {
        this(new V2Flavor(config), loop, debugs, RawPacketTransport::open);
    }

    /** ospfd with another packet transport (tests: no sockets). */
    OspfService(OspfConfig config, ScheduledExecutorService loop, Predicate<String> debugs,
            PacketTransport.Factory transports) {
        this(new V2Flavor(config), loop, debugs, transports);
    }

    /** ospf6d. */
    public OspfService(Ospf6Config config, ScheduledExecutorService loop, Predicate<String> debugs) {
        this(new V3Flavor(config), loop, debugs, RawPacketTransport::open);
    }

    private OspfService(Flavor flavor, ScheduledExecutorService loop, Predicate<String> debugs,
            PacketTransport.Factory transports) {
        this.flavor = flavor;
        this.loop = loop;
        this.debugs = debugs;
        this.transports = transports;
    }

    public void attach(ZebraClient client) {
        this.zebra = client;
        client.subscribeInterfaces();
    }

    /** The kernel's interfaces as zebra reported them. */
    KernelInterfaces kernel() {
        return kernel;
    }

    /** The running instances, by VRF name ("default" for the default VRF). */
    public Map<String, OspfRouter> routers() {
        return routers;
    }

    /** FRR's vrf_id of a VRF (config name): 0 for the default, the VRF device's ifindex, -1 if unknown. */
    long vrfId(String configVrf) {
        return vrfs.id(configVrf);
    }

    @Override
    public void onConnected(HelloAck ack) {
        LOG.log(System.Logger.Level.INFO, "connected to zebra (session " + ack.getSessionId() + ")");
        reconcile();
    }

    @Override
    public void onInterface(InterfaceUpdate u) {
        if (kernel.apply(u)) {
            reconcile();
        }
    }

    @Override
    public void onAddress(AddressUpdate u) {
        if (kernel.apply(u)) {
            reconcile();
        }
    }

    @Override
    public void onVrf(VrfUpdate u) {
        if (vrfs.apply(u)) {
            LOG.log(System.Logger.Level.INFO, "VRF " + u.getName() + (vrfs.ready(u.getName())
                    ? " is up (device ifindex " + u.getIfindex() + ")" : " is gone") + ": reconciling its instance");
            reconcile();
        }
    }

    @Override
    public void onRouterId(RouterIdUpdate u) {
        int id = Ipv4.toInt(u.getRouterId().toByteArray());
        Integer before = zebraRouterIds.put(configVrf(u.getVrf()), id);
        if (before == null || before != id) {
            reconcile();
        }
    }

    @Override
    public void onRedistributedRoutes(RedistributedRouteBatch batch) {
        OspfRouter router = routers.get(configVrf(batch.getVrf()));
        if (router == null || batch.getAfi() != flavor.afi()) {
            return;
        }
        for (RedistributedRoute r : batch.getRoutesList()) {
            IpPrefix prefix = new IpPrefix(r.getPrefix().getAddress().toByteArray(), r.getPrefix().getLength());
            boolean isDefault = prefix.length() == 0;
            if (isDefault) {
                router.haveDefaultRoute(r.getOp() == Op.OP_ADD);
                continue;
            }
            RouteSource source = source(r.getType());
            Redistribution how = source == null ? null : router.instance.redistributions().get(source);
            router.redistribute(prefix, source, r.getOp() == Op.OP_ADD && how != null
                    ? Redistributed.of(prefix, how, r.getTag()) : null);
        }
    }

    /** Brings the routers in step with the configuration and the kernel; called after every change. */
    public void reconcile() {
        for (String vrf : List.copyOf(routers.keySet())) {
            InstanceSettings inst = flavor.instance(vrf);
            OspfRouter r = routers.get(vrf);
            int id = inst == null ? 0 : routerIdFor(inst);
            if (inst == null || !vrfs.ready(vrf) || (id != 0 && r.routerId() != id)) {
                if (inst != null && vrfs.ready(vrf)) {
                    LOG.log(System.Logger.Level.INFO, "OSPF router-id of vrf " + vrf + " changed to "
                            + RouterIds.format(id) + ": restarting the instance");
                }
                routers.remove(vrf).close();
            }
        }
        for (InstanceSettings inst : flavor.instances()) {
            if (!vrfs.ready(inst.vrf())) {
                continue; // started when zebra reports the VRF's device up
            }
            int id = routerIdFor(inst);
            if (id == 0) {
                continue;
            }
            OspfRouter r = routers.get(inst.vrf());
            if (r == null) {
                r = start(inst, id);
                if (r == null) {
                    continue;
                }
            }
            flavor.reconcileLinks(r, inst, kernel, zebraVrf(inst.vrf()));
        }
        subscribeRedistribution();
    }

    private OspfRouter start(InstanceSettings inst, int id) {
        String vrf = inst.vrf();
        String name = flavor.version() == OspfVersion.V2 ? "OSPF" : "OSPFv3";
        try {
            OspfRouter r = new OspfRouter(loop, flavor.version(), inst, id,
                    OspfConfig.DEFAULT_VRF.equals(vrf) ? null : vrf, new ZebraSink(vrf), debugs, transports);
            routers.put(vrf, r);
            LOG.log(System.Logger.Level.INFO, name + " instance of vrf " + vrf + " started, router-id "
                    + RouterIds.format(id));
            return r;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, name + " instance of vrf " + vrf + " cannot start: "
                    + e.getMessage());
            return null;
        }
    }

    /** `ospf router-id` if set, else zebra's router-id of the VRF; never 0.0.0.0 (no Hello goes out with it). */
    private int routerIdFor(InstanceSettings inst) {
        if (inst.routerId() != null) {
            return RouterIds.parse(inst.routerId());
        }
        Integer z = zebraRouterIds.get(inst.vrf());
        if (z == null && zebra != null) {
            zebra.subscribeRouterId(zebraVrf(inst.vrf()), Afi.AFI_IPV4);
            zebraRouterIds.put(inst.vrf(), 0);
            return 0;
        }
        return z == null ? 0 : z;
    }

    private void subscribeRedistribution() {
        if (zebra == null) {
            return;
        }
        Set<RedistributeSubscribe> want = new HashSet<>();
        for (InstanceSettings inst : flavor.instances()) {
            String vrf = zebraVrf(inst.vrf());
            for (RouteSource s : inst.redistributions().keySet()) {
                RouteType t = routeType(s);
                if (t != null) {
                    want.add(RedistributeSubscribe.newBuilder().setVrf(vrf).setAfi(flavor.afi()).setType(t).build());
                }
            }
            if (inst.defaultOriginate() != null) {
                want.add(RedistributeSubscribe.newBuilder().setVrf(vrf).setAfi(flavor.afi())
                        .setType(RouteType.ROUTE_TYPE_UNSPECIFIED).setDefaultRoute(true).build());
            }
        }
        for (RedistributeSubscribe s : Set.copyOf(subscriptions)) {
            if (!want.contains(s)) {
                zebra.unsubscribeRedistribute(s);
                subscriptions.remove(s);
                OspfRouter r = routers.get(configVrf(s.getVrf()));
                if (r != null) {
                    r.forgetRedistributed(source(s.getType()));
                }
            }
        }
        for (RedistributeSubscribe s : want) {
            if (subscriptions.add(s)) {
                zebra.subscribeRedistribute(s);
            }
        }
    }

    private static RouteType routeType(RouteSource s) {
        return switch (s) {
            case KERNEL -> RouteType.ROUTE_TYPE_KERNEL;
            case CONNECTED -> RouteType.ROUTE_TYPE_CONNECTED;
            case STATIC -> RouteType.ROUTE_TYPE_STATIC;
            case BGP -> RouteType.ROUTE_TYPE_BGP;
            default -> null;
        };
    }

    private static RouteSource source(RouteType t) {
        return switch (t) {
            case ROUTE_TYPE_KERNEL -> RouteSource.KERNEL;
            case ROUTE_TYPE_CONNECTED -> RouteSource.CONNECTED;
            case ROUTE_TYPE_STATIC -> RouteSource.STATIC;
            case ROUTE_TYPE_BGP -> RouteSource.BGP;
            default -> null;
        };
    }

    static String zebraVrf(String configVrf) {
        return OspfConfig.DEFAULT_VRF.equals(configVrf) ? "" : configVrf;
    }

    static String configVrf(String zebraVrf) {
        return zebraVrf.isEmpty() ? OspfConfig.DEFAULT_VRF : zebraVrf;
    }

    /** OSPF routes of one VRF to zebra. */
    private final class ZebraSink implements RouteInstaller.Sink {
        private final String vrf;

        ZebraSink(String configVrf) {
            this.vrf = zebraVrf(configVrf);
        }

        @Override
        public void add(IpPrefix prefix, int metric, List<RouteInstaller.Hop> hops) {
            if (zebra == null) {
                return;
            }
            Route.Builder b = Route.newBuilder().setPrefix(proto(prefix)).setMetric(metric);
            for (RouteInstaller.Hop h : hops) {
                Nexthop.Builder nh = Nexthop.newBuilder().setIfindex(h.ifindex());
                if (h.gateway() != null) {
                    nh.setGateway(ByteString.copyFrom(h.gateway()));
                }
                b.addNexthops(nh);
            }
            zebra.addRoute(vrf, flavor.afi(), Safi.SAFI_UNICAST, b);
        }

        @Override
        public void remove(IpPrefix prefix) {
            if (zebra != null) {
                zebra.deleteRoute(RouteKey.of(vrf, flavor.afi(), Safi.SAFI_UNICAST, proto(prefix)));
            }
        }
    }

    static dev.ferry.proto.zebra.v1.IpPrefix proto(IpPrefix p) {
        return IpPrefixes.of(p.address(), p.length());
    }

    @Override
    public void close() {
        for (OspfRouter r : routers.values()) {
            r.close();
        }
        routers.clear();
    }
}
