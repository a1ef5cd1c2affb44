package dev.ferry.staticd.zebra;

import com.google.protobuf.ByteString;
import dev.ferry.lib.zclient.RouteKey;
import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraListener;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Seg6Local;
import dev.ferry.proto.zebra.v1.Seg6LocalAction;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.staticd.config.NexthopType;
import dev.ferry.staticd.config.StaticConfig;
import dev.ferry.staticd.config.StaticNexthop;
import dev.ferry.staticd.config.StaticPath;
import dev.ferry.staticd.config.StaticRoute;
import dev.ferry.staticd.config.StaticSid;
import dev.ferry.staticd.config.StaticVrf;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Keeps zebra's static routes equal to the configuration (FRR's static_zebra.c): a nexthop counts once it can
 * work (a gateway that zebra's nexthop tracking resolves, an interface that exists, a blackhole always). Each
 * path, a (table, distance) of a prefix, is its own route in zebra (Route.per_distance, as FRR's
 * ZEBRA_FLAG_RR_USE_DISTANCE, and Route.table_id for `table N`), sent with its working nexthops and withdrawn
 * when none is left; zebra picks the lowest distance among them. Runs on staticd's event loop; changes are
 * coalesced into one pass over the configuration.
 */
public final class StaticInstaller implements ZebraListener {
    private static final System.Logger LOG = System.getLogger("dev.ferry.staticd");

    /** A tracked gateway: the API's VRF name and the address. */
    private record Tracked(String vrf, ByteString address) {
    }

    private record IfKey(String vrf, String name) {
    }

    private final StaticConfig config;
    private final Executor loop;
    private ZebraClient client;
    private final Map<IfKey, Integer> ifindexes = new HashMap<>();
    private final Map<Tracked, Boolean> reachable = new HashMap<>();
    private final Set<Tracked> registered = new HashSet<>();
    private final Map<RouteKey, Route> installed = new LinkedHashMap<>();
    private final Map<RouteKey, String> refusals = new HashMap<>();
    private boolean syncQueued;

    public StaticInstaller(StaticConfig config, Executor loop) {
        this.config = config;
        this.loop = loop;
    }

    /** Starts using {@code c} (connected with this as its listener) and follows config changes. */
    public void attach(ZebraClient c) {
        this.client = c;
        c.subscribeInterfaces();
        config.onChange(this::changed);
        changed();
    }

    void changed() {
        if (!syncQueued) {
            syncQueued = true;
            loop.execute(this::sync);
        }
    }

    @Override
    public void onConnected(HelloAck ack) {
        LOG.log(System.Logger.Level.INFO, "connected to zebra (session " + ack.getSessionId() + ")");
    }

    @Override
    public void onInterface(InterfaceUpdate u) {
        IfKey k = new IfKey(u.getVrf(), u.getName());
        Integer before = ifindexes.get(k);
        if (u.getKind() == UpdateKind.UPDATE_KIND_DELETED) {
            ifindexes.remove(k);
        } else {
            ifindexes.put(k, u.getIfindex());
        }
        if (!Objects.equals(before, ifindexes.get(k))) {
            changed();
        }
    }

    @Override
    public void onNexthopUpdate(NexthopUpdate u) {
        Tracked t = new Tracked(u.getVrf(), u.getAddress());
        Boolean before = reachable.put(t, u.getResolved());
        if (!Objects.equals(before, u.getResolved())) {
            changed();
        }
    }

    @Override
    public void onRouteResult(RouteKey route, Result r) {
        if (r.getStatus() == ResultStatus.RESULT_STATUS_FAILED || r.getStatus() == ResultStatus.RESULT_STATUS_REJECTED) {
            String reason = r.getStatus() + ": " + r.getMessage();
            if (!reason.equals(refusals.put(route, reason))) {
                LOG.log(System.Logger.Level.WARNING, "static route " + route + " not installed: "
                        + r.getMessage());
            }
        } else {
            refusals.remove(route);
        }
    }

    /** One pass: what zebra should have, against what it was given. */
    void sync() {
        syncQueued = false;
        Map<RouteKey, Route> want = new LinkedHashMap<>();
        Set<Tracked> track = new HashSet<>();
        for (StaticVrf vrf : config.vrfs()) {
            for (StaticRoute route : vrf.routes()) {
                for (StaticPath path : route.paths()) {
                    Route r = pathRoute(vrf.name(), route, path, track);
                    if (r != null) {
                        want.put(RouteKey.of(ZebraRoutes.vrf(vrf.name()), ZebraRoutes.afi(route.prefix()),
                                Safi.SAFI_UNICAST, r.getPrefix(), r.getTableId(), r.getDistance()), r);
                    }
                }
            }
        }
        for (StaticSid sid : config.sids()) {
            Route r = sidRoute(sid);
            if (r != null) {
                want.put(RouteKey.of("", Afi.AFI_IPV6, Safi.SAFI_UNICAST, r.getPrefix()), r);
            }
        }
        for (Tracked t : track) {
            if (registered.add(t)) {
                client.registerNexthop(TrackedNexthop.newBuilder().setVrf(t.vrf).setAddress(t.address).build());
            }
        }
        for (var it = registered.iterator(); it.hasNext();) {
            Tracked t = it.next();
            if (!track.contains(t)) {
                it.remove();
                reachable.remove(t);
                client.unregisterNexthop(t.vrf, t.address);
            }
        }
        for (var it = installed.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!want.containsKey(e.getKey())) {
                it.remove();
                refusals.remove(e.getKey());
                client.deleteRoute(e.getKey());
            }
        }
        for (var e : want.entrySet()) {
            Route r = e.getValue();
            if (!r.equals(installed.get(e.getKey()))) {
                installed.put(e.getKey(), r);
                RouteKey k = e.getKey();
                client.addRoute(k.vrf(), k.afi(), k.safi(), r.toBuilder());
            }
        }
        client.flush();
    }

    /** The route of one path with its working nexthops, or null when none works; its gateways get tracked. */
    private Route pathRoute(String vrf, StaticRoute route, StaticPath path, Set<Tracked> track) {
        Route.Builder b = ZebraRoutes.route(route.prefix(), path);
        for (StaticNexthop nh : path.nexthops()) {
            if (nh.type().hasGateway()) {
                Tracked t = new Tracked(ZebraRoutes.vrf(nh.vrf()), ByteString.copyFrom(nh.gateway().address()));
                track.add(t);
                if (nh.type().hasInterface() ? ifindex(nh) == 0 : !reachable.getOrDefault(t, false)) {
                    continue;
                }
            } else if (nh.type() == NexthopType.INTERFACE && ifindex(nh) == 0) {
                continue;
            }
            b.addNexthops(ZebraRoutes.nexthop(nh, vrf, nh.type().hasInterface() ? ifindex(nh) : 0));
        }
        return b.getNexthopsCount() > 0 ? b.build() : null;
    }

    /** A SID as an IPv6 route whose nexthop carries the seg6local behavior; null while its device is missing. */
    private Route sidRoute(StaticSid sid) {
        String dev = sid.vrf() != null ? sid.vrf() : sid.iface() != null ? sid.iface() : "lo";
        Map.Entry<IfKey, Integer> device = anyVrfInterface(dev);
        if (device == null) {
            return null;
        }
        Seg6Local.Builder local = Seg6Local.newBuilder().setAction(switch (sid.behavior()) {
            case END -> Seg6LocalAction.SEG6_LOCAL_ACTION_END;
            case END_X -> Seg6LocalAction.SEG6_LOCAL_ACTION_END_X;
            case END_DX4 -> Seg6LocalAction.SEG6_LOCAL_ACTION_END_DX4;
            case END_DX6 -> Seg6LocalAction.SEG6_LOCAL_ACTION_END_DX6;
            case END_DT4 -> Seg6LocalAction.SEG6_LOCAL_ACTION_END_DT4;
            case END_DT6 -> Seg6LocalAction.SEG6_LOCAL_ACTION_END_DT6;
            case END_DT46 -> Seg6LocalAction.SEG6_LOCAL_ACTION_END_DT46;
        });
        if (sid.nh4() != null) {
            local.setNh4(ByteString.copyFrom(IpAddresses.parse(sid.nh4())));
        }
        if (sid.nh6() != null) {
            local.setNh6(ByteString.copyFrom(IpAddresses.parse(sid.nh6())));
        }
        if (sid.vrf() != null) {
            local.setVrf(ZebraRoutes.vrf(sid.vrf()));
        }
        return Route.newBuilder().setPrefix(ZebraRoutes.prefix(sid.sid())).setDistance(1)
                .addNexthops(Nexthop.newBuilder().setVrf(device.getKey().vrf()).setIfindex(device.getValue())
                        .setSeg6Local(local)).build();
    }

    /**
     * The interface of that name in whichever VRF has it, or null. The SID's nexthop names that VRF: a VRF device
     * (End.DT4/DT6/DT46) is in its own VRF, and zebra finds an interface by its VRF and index.
     */
    private Map.Entry<IfKey, Integer> anyVrfInterface(String name) {
        for (var e : ifindexes.entrySet()) {
            if (e.getKey().name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private int ifindex(StaticNexthop nh) {
        return ifindexes.getOrDefault(new IfKey(ZebraRoutes.vrf(nh.vrf()), nh.iface()), 0);
    }
}
