package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.PackedPrefixes;
import dev.ferry.proto.zebra.v1.DumpComplete;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.LabelChunkRelease;
import dev.ferry.proto.zebra.v1.LabelChunkRequest;
import dev.ferry.proto.zebra.v1.LspBatch;
import dev.ferry.proto.zebra.v1.NexthopRegister;
import dev.ferry.proto.zebra.v1.NexthopUnregister;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.RequestError;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouterIdSubscribe;
import dev.ferry.proto.zebra.v1.RouterIdUnsubscribe;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRelease;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRequest;
import dev.ferry.proto.zebra.v1.Subscription;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import dev.ferry.zebra.rib.Afi;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RibClients;
import dev.ferry.zebra.rib.RibVrf;
import dev.ferry.zebra.rib.RibVrfs;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteNotice;
import dev.ferry.zebra.rib.RouteType;
import dev.ferry.zebra.rib.RouteUpdate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * zebra's API served by the RIB: routes into the RIB (their results come from the kernel's answers),
 * LSPs into the LFIB, nexthop tracking, redistribution, router-ids and the label manager. Interface
 * subscriptions and SRv6 locator chunks are served by {@link InterfaceFeed} and {@link Srv6Chunks}. Runs on
 * zebra's event loop, like the RIB.
 */
public final class RibApiHandler implements ZebraApiHandler {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.zapi");

    /** One open session. */
    private static final class Session {
        final dev.ferry.zebra.rib.ClientId ribId;
        final RouteType type;
        final int instance;
        final ClientOutbound out;
        /** What the client hears of its routes (Hello.failures_only), the RIB's notices and deletes' results alike. */
        final RibClients.Notify notify;

        Session(dev.ferry.zebra.rib.ClientId ribId, RouteType type, int instance, ClientOutbound out,
                RibClients.Notify notify) {
            this.ribId = ribId;
            this.type = type;
            this.instance = instance;
            this.out = out;
            this.notify = notify;
        }
    }

    private final Rib rib;
    private final LspRequests lsps;
    private final InterfaceFeed interfaces;
    private final Srv6Chunks srv6;
    private final Map<ClientId, Session> sessions = new HashMap<>();

    public RibApiHandler(Rib rib, InterfaceFeed interfaces, Srv6Chunks srv6) {
        this.rib = rib;
        this.lsps = new LspRequests(rib);
        this.interfaces = interfaces;
        this.srv6 = srv6;
    }

    @Override
    public int onSessionStart(ClientId client, Hello hello, ClientOutbound outbound) {
        RouteType type;
        try {
            type = ApiTypes.routeType(client.protocol());
        } catch (ApiTypes.BadRequest e) {
            outbound.end(e.getMessage());
            return 0;
        }
        int retained = rib.clients().retained(type, client.instance());
        SessionNotifier notifier = new SessionNotifier(rib, outbound);
        RibClients.Notify notify = hello.getFailuresOnly() ? RibClients.Notify.FAILURES : RibClients.Notify.ALL;
        dev.ferry.zebra.rib.ClientId id = rib.clients().connect(type, client.instance(), notifier, notify);
        rib.clients().setRetention(id, hello.getGracefulRestartSeconds());
        sessions.put(client, new Session(id, type, client.instance(), outbound, notify));
        return retained;
    }

    @Override
    public void onRoutes(ClientId client, RouteBatch batch) {
        Session s = sessions.get(client);
        if (s == null) {
            return;
        }
        RibVrf vrf;
        Afi afi;
        try {
            vrf = ApiTypes.vrf(rib.vrfs(), batch.getVrf());
            afi = ApiTypes.afi(batch.getAfi());
        } catch (ApiTypes.BadRequest e) {
            // the batch's family may be what is wrong: its packed prefixes are counted as IPv4's unless it is IPv6
            int addressBytes = batch.getAfi() == dev.ferry.proto.zebra.v1.Afi.AFI_IPV6 ? 16 : 4;
            for (Route r : batch.getRoutesList()) {
                int packed = PackedPrefixes.count(r.getMorePrefixes(), addressBytes);
                for (int i = 0; i <= packed; i++) {
                    s.out.result(rejected(r.getId() + i, e.getMessage()));
                }
            }
            return;
        }
        LastConversion last = new LastConversion();
        for (Route r : batch.getRoutesList()) {
            try {
                route(s, vrf, afi, r, ApiTypes.prefix(r.getPrefix(), afi), r.getId(), last);
            } catch (ApiTypes.BadRequest e) {
                s.out.result(rejected(r.getId(), e.getMessage()));
            }
            if (!r.getMorePrefixes().isEmpty()) {
                packedRoutes(s, vrf, afi, r, last);
            }
        }
    }

    /**
     * The copies of {@code r} that its more_prefixes packs (API 1.3), in order, with ids after its own. A
     * malformed rest is one rejection, with the next id: how many operations it held cannot be known.
     */
    private void packedRoutes(Session s, RibVrf vrf, Afi afi, Route r, LastConversion last) {
        PackedPrefixes.Reader reader = new PackedPrefixes.Reader(r.getMorePrefixes(), afi.bits() / 8);
        byte[] address = new byte[afi.bits() / 8];
        long id = r.getId();
        while (reader.next(address)) {
            id++;
            try {
                route(s, vrf, afi, r, ApiTypes.prefix(address, reader.length(), afi), id, last);
            } catch (ApiTypes.BadRequest e) {
                s.out.result(rejected(id, e.getMessage()));
            }
        }
        if (reader.error() != null) {
            s.out.result(rejected(id + 1, reader.error()));
        }
    }

    /**
     * What the batch's previous route converted to: its nexthops, and the update a route packing more prefixes
     * (API 1.3) gives each of them. A full table from bgpd comes as runs of routes with the same nexthops, which
     * then cost a comparison each instead of a conversion, and as packed routes, which then cost no update of
     * their own. Only nexthops in the route's own VRF are reused (no VRF name to look up again), and only within
     * one batch.
     */
    private static final class LastConversion {
        private List<dev.ferry.proto.zebra.v1.Nexthop> from;
        private List<Nexthop> converted;
        private Route updateOf;
        private RouteUpdate update;

        List<Nexthop> of(List<dev.ferry.proto.zebra.v1.Nexthop> in, RibVrf vrf, RibVrfs vrfs, RouteType type)
                throws ApiTypes.BadRequest {
            if (in.equals(from)) {
                return converted;
            }
            List<Nexthop> out = List.copyOf(ApiTypes.nexthops(in, vrf, vrfs, type));
            boolean ownVrf = true;
            for (dev.ferry.proto.zebra.v1.Nexthop n : in) {
                ownVrf &= n.getVrf().isEmpty();
            }
            from = ownVrf ? in : null;
            converted = out;
            return out;
        }

        /** The update made for {@code r} last, or null. */
        RouteUpdate updateOf(Route r) {
            return r == updateOf ? update : null;
        }

        void remember(Route r, RouteUpdate u) {
            updateOf = r;
            update = u;
        }
    }

    /** One route operation: {@code r}'s, or (packed) a copy of it with another prefix and id. */
    private void route(Session s, RibVrf vrf, Afi afi, Route r, Prefix prefix, long id, LastConversion last)
            throws ApiTypes.BadRequest {
        if (r.hasSrcPrefix() && r.getSrcPrefix().getLength() > 0) {
            throw new ApiTypes.BadRequest("source-specific routes are not supported");
        }
        int table = ownTable(vrf, r.getTableId());
        int keyDistance = r.getPerDistance() ? distance(s, r) : 0;
        if (r.getOp() == Op.OP_DELETE) {
            boolean existed = r.getPerDistance()
                    ? rib.deleteRoute(vrf.id(), table, prefix, s.type, s.instance, keyDistance)
                    : rib.deleteRoute(vrf.id(), table, prefix, s.type, s.instance);
            if (!existed) {
                s.out.result(rejected(id, "no such route of this client"));
            } else if (s.notify.tells(RouteNotice.Result.REMOVED)) {
                s.out.result(Result.newBuilder().setId(id).setStatus(ResultStatus.RESULT_STATUS_REMOVED)
                        .build());
            }
            return;
        }
        RouteUpdate u = last.updateOf(r); // the same for each prefix r packs
        if (u == null) {
            if (r.getNexthopsCount() == 0) {
                throw new ApiTypes.BadRequest("route " + prefix + " without nexthops");
            }
            if (r.getDistance() > 255) {
                throw new ApiTypes.BadRequest("distance " + r.getDistance() + " out of range");
            }
            List<Nexthop> nexthops = last.of(r.getNexthopsList(), vrf, rib.vrfs(), s.type);
            int flags = (r.getAllowRecursion() ? RouteEntry.FLAG_ALLOW_RECURSION : 0)
                    | (r.getIbgp() ? RouteEntry.FLAG_IBGP : 0)
                    | (r.getPerDistance() ? RouteEntry.FLAG_RR_USE_DISTANCE : 0);
            u = new RouteUpdate(vrf.id(), prefix, s.type, s.instance, distance(s, r), r.getMetric(), r.getTag(),
                    flags, nexthops, table);
            last.remember(r, u);
        }
        if (!rib.addRoute(u, prefix, id)) {
            throw new ApiTypes.BadRequest("VRF " + vrf.name() + " is not active");
        }
    }

    /** The route's administrative distance: its own, or its protocol's default. */
    private static int distance(Session s, Route r) {
        return r.getDistance() != 0 ? r.getDistance() : s.type.defaultDistance();
    }

    /** The kernel table of a route as the RIB keys it: 0 for the VRF's own (0 or its id), the id otherwise. */
    private static int ownTable(RibVrf vrf, int tableId) {
        return tableId == vrf.tableId() ? 0 : tableId;
    }

    /** A request that names no operation (a registration, a subscription) failed: say so to the client. */
    private static void requestError(Session s, String message) {
        s.out.send(ZebraMessage.newBuilder().setError(RequestError.newBuilder().setMessage(message)).build());
    }

    static Result rejected(long id, String message) {
        return Result.newBuilder().setId(id).setStatus(ResultStatus.RESULT_STATUS_REJECTED).setMessage(message).build();
    }

    @Override
    public void onLsps(ClientId client, LspBatch batch) {
        Session s = sessions.get(client);
        if (s != null) {
            lsps.apply(client, s.type, s.out, batch);
        }
    }

    @Override
    public void onNexthopRegister(ClientId client, NexthopRegister register) {
        Session s = sessions.get(client);
        if (s == null) {
            return;
        }
        for (TrackedNexthop n : register.getNexthopsList()) {
            try {
                RibVrf vrf = ApiTypes.vrf(rib.vrfs(), n.getVrf());
                // resolve_via_default stays zebra's per-VRF setting (`ip nht resolve-via-default`), as in FRR
                rib.nht().register(s.ribId, vrf.id(), ApiTypes.address(n.getAddress()));
            } catch (ApiTypes.BadRequest e) {
                requestError(s, "nexthop register: " + e.getMessage());
            }
        }
    }

    @Override
    public void onNexthopUnregister(ClientId client, NexthopUnregister unregister) {
        Session s = sessions.get(client);
        if (s == null) {
            return;
        }
        for (TrackedNexthop n : unregister.getNexthopsList()) {
            try {
                rib.nht().unregister(s.ribId, ApiTypes.vrf(rib.vrfs(), n.getVrf()).id(),
                        ApiTypes.address(n.getAddress()));
            } catch (ApiTypes.BadRequest e) {
                LOG.log(System.Logger.Level.DEBUG, () -> client + ": nexthop unregister: " + e.getMessage());
            }
        }
    }

    @Override
    public void onRedistributeSubscribe(ClientId client, RedistributeSubscribe sub) {
        redistribute(client, sub, true);
    }

    @Override
    public void onRedistributeUnsubscribe(ClientId client, RedistributeSubscribe sub) {
        redistribute(client, sub, false);
    }

    private void redistribute(ClientId client, RedistributeSubscribe sub, boolean on) {
        Session s = sessions.get(client);
        if (s == null) {
            return;
        }
        try {
            int vrfId = ApiTypes.vrf(rib.vrfs(), sub.getVrf()).id();
            Afi afi = ApiTypes.afi(sub.getAfi());
            if (sub.getDefaultRoute()) {
                if (on) {
                    rib.redistribution().subscribeDefault(s.ribId, afi, vrfId);
                } else {
                    rib.redistribution().unsubscribeDefault(s.ribId, afi, vrfId);
                }
            } else {
                RouteType type = ApiTypes.routeType(sub.getType());
                if (on) {
                    rib.redistribution().subscribe(s.ribId, afi, type, sub.getInstance(), vrfId);
                } else {
                    rib.redistribution().unsubscribe(s.ribId, afi, type, sub.getInstance(), vrfId);
                }
            }
        } catch (ApiTypes.BadRequest e) {
            requestError(s, "redistribute: " + e.getMessage());
        }
        if (on) {
            s.out.send(ZebraMessage.newBuilder().setDumpComplete(DumpComplete.newBuilder()
                    .setSubscription(Subscription.SUBSCRIPTION_REDISTRIBUTE).setRedistribute(sub)).build());
        }
    }

    @Override
    public void onRouterIdSubscribe(ClientId client, RouterIdSubscribe sub) {
        Session s = sessions.get(client);
        if (s == null) {
            return;
        }
        try {
            rib.routerIds().subscribe(s.ribId, ApiTypes.vrf(rib.vrfs(), sub.getVrf()).id());
        } catch (ApiTypes.BadRequest e) {
            requestError(s, "router-id: " + e.getMessage());
        }
    }

    @Override
    public void onRouterIdUnsubscribe(ClientId client, RouterIdUnsubscribe unsub) {
        Session s = sessions.get(client);
        RibVrf vrf = unsub.getVrf().isEmpty() ? rib.vrfs().defaultVrf() : rib.vrfs().byName(unsub.getVrf());
        if (s != null && vrf != null) {
            rib.routerIds().unsubscribe(s.ribId, vrf.id());
        }
    }

    @Override
    public void onInterfaceSubscribe(ClientId client) {
        Session s = sessions.get(client);
        if (s != null) {
            interfaces.subscribe(client, s.out);
        }
    }

    @Override
    public void onLabelChunkRequest(ClientId client, LabelChunkRequest request) {
        Session s = sessions.get(client);
        if (s == null) {
            return;
        }
        int size = Math.max(1, request.getSize());
        var chunk = request.getBase() != 0
                ? rib.labelManager().getChunkAt(s.ribId, size, request.getBase(), request.getKeep())
                : rib.labelManager().getChunk(s.ribId, size, request.getKeep());
        LabelChunk.Builder answer = LabelChunk.newBuilder().setRequestId(request.getRequestId());
        if (chunk == null) {
            answer.setFailed(true).setMessage("no free chunk of " + size + " labels");
        } else {
            answer.setStart(chunk.start()).setEnd(chunk.end());
        }
        s.out.send(ZebraMessage.newBuilder().setLabelChunk(answer).build());
    }

    @Override
    public void onLabelChunkRelease(ClientId client, LabelChunkRelease release) {
        Session s = sessions.get(client);
        if (s != null) {
            rib.labelManager().releaseChunk(s.ribId, release.getStart(), release.getEnd());
        }
    }

    @Override
    public void onSrv6LocatorChunkRequest(ClientId client, Srv6LocatorChunkRequest request) {
        Session s = sessions.get(client);
        if (s != null) {
            srv6.request(client, s.out, request);
        }
    }

    @Override
    public void onSrv6LocatorChunkRelease(ClientId client, Srv6LocatorChunkRelease release) {
        srv6.release(client, release.getLocator());
    }

    @Override
    public void onRoutesComplete(ClientId client) {
        Session s = sessions.get(client);
        if (s != null) {
            rib.clients().routeUpdateComplete(s.ribId);
        }
    }

    @Override
    public void onSessionEnd(ClientId client) {
        Session s = sessions.remove(client);
        if (s == null) {
            return;
        }
        lsps.sessionEnded(client);
        interfaces.unsubscribe(client);
        srv6.sessionEnded(client);
        rib.clients().disconnect(s.ribId);
    }
}
