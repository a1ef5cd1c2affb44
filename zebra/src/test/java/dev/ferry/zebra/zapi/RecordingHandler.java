package dev.ferry.zebra.zapi;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.PackedPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.DumpComplete;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.LabelChunkRelease;
import dev.ferry.proto.zebra.v1.LabelChunkRequest;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspBatch;
import dev.ferry.proto.zebra.v1.NexthopRegister;
import dev.ferry.proto.zebra.v1.NexthopUnregister;
import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.NexthopUpdateBatch;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouterIdSubscribe;
import dev.ferry.proto.zebra.v1.RouterIdUnsubscribe;
import dev.ferry.proto.zebra.v1.RouterIdUpdate;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRelease;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRequest;
import dev.ferry.proto.zebra.v1.Subscription;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A test handler for the API transport: it only records
 * what clients ask for. Every route and LSP add is answered INSTALLED (nothing reaches the kernel), deletes
 * REMOVED; tracked nexthops are answered unresolved, subscriptions with empty dumps, router-ids as unknown;
 * label chunks are handed out from 16 up; SRv6 locator requests wait forever (no locator is known). A
 * client's state goes when its session ends (no graceful-restart retention). Call it only on zebra's loop.
 */
public final class RecordingHandler implements ZebraApiHandler {
    /** A route's key within a client. */
    private record RouteKey(String vrf, Afi afi, Safi safi, IpPrefix prefix, IpPrefix src) {
        @Override
        public int hashCode() {
            return (31 * IpPrefixes.hash(prefix) + vrf.hashCode()) * 31 + afi.getNumber() * 7 + safi.getNumber()
                    + IpPrefixes.hash(src);
        }
    }

    private record Chunk(int end, ClientId owner, boolean keep) {
    }

    /** First label handed out: below are the reserved labels (RFC 3032). */
    static final int FIRST_LABEL = 16;

    private final Map<ClientId, ClientOutbound> sessions = new LinkedHashMap<>();
    private final Map<ClientId, Map<RouteKey, Route>> routes = new HashMap<>();
    private final Map<ClientId, Map<Integer, Lsp>> lsps = new HashMap<>();
    private final Map<ClientId, Set<TrackedNexthop>> nexthops = new HashMap<>();
    private final Map<ClientId, Set<RedistributeSubscribe>> redistribute = new HashMap<>();
    private final Map<ClientId, Set<RouterIdSubscribe>> routerIds = new HashMap<>();
    private final Set<ClientId> interfaces = new LinkedHashSet<>();
    private final Map<ClientId, Integer> routesComplete = new HashMap<>();
    private final Map<ClientId, Integer> routesAtComplete = new HashMap<>();
    private final Map<ClientId, Integer> rejectedDeletes = new HashMap<>();
    private final TreeMap<Integer, Chunk> labelChunks = new TreeMap<>();
    private int sessionsStarted;
    private long routeBatches;
    /** Route messages received: routes packed into another's more_prefixes are not counted. */
    private long routeMessages;

    @Override
    public int onSessionStart(ClientId client, Hello hello, ClientOutbound outbound) {
        sessions.put(client, outbound);
        sessionsStarted++;
        return 0;
    }

    @Override
    public void onRoutes(ClientId client, RouteBatch batch) {
        routeBatches++;
        routeMessages += batch.getRoutesCount();
        Map<RouteKey, Route> table = routes.computeIfAbsent(client, c -> new HashMap<>());
        ClientOutbound out = sessions.get(client);
        for (Route r : unpacked(batch)) {
            RouteKey k = new RouteKey(batch.getVrf(), batch.getAfi(), batch.getSafi(), r.getPrefix(),
                    r.getSrcPrefix());
            if (r.getOp() == Op.OP_DELETE) {
                boolean existed = table.remove(k) != null;
                if (!existed) {
                    rejectedDeletes.merge(client, 1, Integer::sum);
                }
                out.result(deleted(r.getId(), existed));
            } else {
                out.result(installed(r.getId(), table.put(k, r)));
            }
        }
    }

    /** The batch's operations, a route with more_prefixes (API 1.3) as one route per prefix, as zebra takes it. */
    static List<Route> unpacked(RouteBatch batch) {
        List<Route> out = new ArrayList<>();
        int addressBytes = batch.getAfi() == Afi.AFI_IPV6 ? 16 : 4;
        for (Route r : batch.getRoutesList()) {
            out.add(r.getMorePrefixes().isEmpty() ? r : r.toBuilder().clearMorePrefixes().build());
            PackedPrefixes.Reader reader = new PackedPrefixes.Reader(r.getMorePrefixes(), addressBytes);
            byte[] address = new byte[addressBytes];
            for (long id = r.getId() + 1; reader.next(address); id++) {
                out.add(r.toBuilder().clearMorePrefixes().setId(id).setPrefix(IpPrefix.newBuilder()
                        .setAddress(ByteString.copyFrom(address)).setLength(reader.length())).build());
            }
        }
        return out;
    }

    @Override
    public void onLsps(ClientId client, LspBatch batch) {
        Map<Integer, Lsp> table = lsps.computeIfAbsent(client, c -> new HashMap<>());
        ClientOutbound out = sessions.get(client);
        for (Lsp l : batch.getLspsList()) {
            out.result(l.getOp() == Op.OP_DELETE
                    ? deleted(l.getId(), table.remove(l.getInLabel()) != null)
                    : installed(l.getId(), table.put(l.getInLabel(), l)));
        }
    }

    /** The answer to an add; {@code replaced} (the previous entry, or null) is stored by then. */
    private static Result installed(long id, Object replaced) {
        return Result.newBuilder().setId(id).setStatus(ResultStatus.RESULT_STATUS_INSTALLED).build();
    }

    private static Result deleted(long id, boolean existed) {
        return existed
                ? Result.newBuilder().setId(id).setStatus(ResultStatus.RESULT_STATUS_REMOVED).build()
                : Result.newBuilder().setId(id).setStatus(ResultStatus.RESULT_STATUS_REJECTED)
                        .setMessage("no such route of this client").build();
    }

    @Override
    public void onNexthopRegister(ClientId client, NexthopRegister register) {
        Set<TrackedNexthop> set = nexthops.computeIfAbsent(client, c -> new LinkedHashSet<>());
        NexthopUpdateBatch.Builder answer = NexthopUpdateBatch.newBuilder();
        for (TrackedNexthop n : register.getNexthopsList()) {
            set.add(key(n.getVrf(), n.getAddress()));
            answer.addUpdates(NexthopUpdate.newBuilder().setVrf(n.getVrf()).setAddress(n.getAddress())
                    .setResolved(false));
        }
        sessions.get(client).send(ZebraMessage.newBuilder().setNexthopUpdates(answer).build());
    }

    @Override
    public void onNexthopUnregister(ClientId client, NexthopUnregister unregister) {
        Set<TrackedNexthop> set = nexthops.getOrDefault(client, new LinkedHashSet<>());
        unregister.getNexthopsList().forEach(n -> set.remove(key(n.getVrf(), n.getAddress())));
    }

    private static TrackedNexthop key(String vrf, ByteString address) {
        return TrackedNexthop.newBuilder().setVrf(vrf).setAddress(address).build();
    }

    @Override
    public void onRedistributeSubscribe(ClientId client, RedistributeSubscribe subscribe) {
        redistribute.computeIfAbsent(client, c -> new LinkedHashSet<>()).add(subscribe);
        sessions.get(client).send(ZebraMessage.newBuilder().setDumpComplete(DumpComplete.newBuilder()
                .setSubscription(Subscription.SUBSCRIPTION_REDISTRIBUTE).setRedistribute(subscribe)).build());
    }

    @Override
    public void onRedistributeUnsubscribe(ClientId client, RedistributeSubscribe subscription) {
        redistribute.getOrDefault(client, new LinkedHashSet<>()).remove(subscription);
    }

    @Override
    public void onRouterIdSubscribe(ClientId client, RouterIdSubscribe subscribe) {
        routerIds.computeIfAbsent(client, c -> new LinkedHashSet<>()).add(subscribe);
        sessions.get(client).send(ZebraMessage.newBuilder().setRouterId(RouterIdUpdate.newBuilder()
                .setVrf(subscribe.getVrf()).setAfi(subscribe.getAfi())).build());
    }

    @Override
    public void onRouterIdUnsubscribe(ClientId client, RouterIdUnsubscribe unsubscribe) {
        routerIds.getOrDefault(client, new LinkedHashSet<>()).remove(RouterIdSubscribe.newBuilder()
                .setVrf(unsubscribe.getVrf()).setAfi(unsubscribe.getAfi()).build());
    }

    @Override
    public void onInterfaceSubscribe(ClientId client) {
        interfaces.add(client);
        sessions.get(client).send(ZebraMessage.newBuilder().setDumpComplete(DumpComplete.newBuilder()
                .setSubscription(Subscription.SUBSCRIPTION_INTERFACES)).build());
    }

    @Override
    public void onLabelChunkRequest(ClientId client, LabelChunkRequest request) {
        LabelChunk.Builder answer = LabelChunk.newBuilder().setRequestId(request.getRequestId());
        int size = Math.max(1, request.getSize());
        int start = request.getBase() >= FIRST_LABEL && free(request.getBase(), size)
                ? request.getBase() : firstFree(size);
        labelChunks.put(start, new Chunk(start + size - 1, client, request.getKeep()));
        sessions.get(client).send(ZebraMessage.newBuilder().setLabelChunk(answer.setStart(start)
                .setEnd(start + size - 1)).build());
    }

    private boolean free(int start, int size) {
        var below = labelChunks.floorEntry(start + size - 1);
        return below == null || below.getValue().end < start;
    }

    private int firstFree(int size) {
        int start = FIRST_LABEL;
        while (!free(start, size)) {
            start = labelChunks.floorEntry(start + size - 1).getValue().end + 1;
        }
        return start;
    }

    @Override
    public void onLabelChunkRelease(ClientId client, LabelChunkRelease release) {
        Chunk c = labelChunks.get(release.getStart());
        if (c != null && c.owner.equals(client) && c.end == release.getEnd()) {
            labelChunks.remove(release.getStart());
        }
    }

    @Override
    public void onSrv6LocatorChunkRequest(ClientId client, Srv6LocatorChunkRequest request) {
        // no locator is known to this placeholder: the request waits, as for a locator not configured yet
    }

    @Override
    public void onSrv6LocatorChunkRelease(ClientId client, Srv6LocatorChunkRelease release) {
    }

    @Override
    public void onRoutesComplete(ClientId client) {
        routesComplete.merge(client, 1, Integer::sum);
        routesAtComplete.put(client, routeCount(client));
    }

    @Override
    public void onSessionEnd(ClientId client) {
        sessions.remove(client);
        routes.remove(client);
        lsps.remove(client);
        nexthops.remove(client);
        redistribute.remove(client);
        routerIds.remove(client);
        interfaces.remove(client);
        labelChunks.values().removeIf(c -> c.owner.equals(client) && !c.keep);
    }

    // ---- what tests and `show` may read (on zebra's loop) -------------------------------------------

    /** Clients with an open session. */
    public Set<ClientId> clients() {
        return Set.copyOf(sessions.keySet());
    }

    /** How many routes {@code client} has installed. */
    public int routeCount(ClientId client) {
        return routes.getOrDefault(client, Map.of()).size();
    }

    /** The client's route for a prefix in a table, or null. */
    public Route route(ClientId client, String vrf, Afi afi, Safi safi, IpPrefix prefix) {
        return routes.getOrDefault(client, Map.of())
                .get(new RouteKey(vrf, afi, safi, prefix, IpPrefix.getDefaultInstance()));
    }

    public int lspCount(ClientId client) {
        return lsps.getOrDefault(client, Map.of()).size();
    }

    /** Whether {@code client} tracks the address. */
    public boolean tracks(ClientId client, String vrf, ByteString address) {
        return nexthops.getOrDefault(client, Set.of()).contains(key(vrf, address));
    }

    public Set<RedistributeSubscribe> redistributions(ClientId client) {
        return Set.copyOf(redistribute.getOrDefault(client, Set.of()));
    }

    public boolean subscribedToInterfaces(ClientId client) {
        return interfaces.contains(client);
    }

    /** How many times {@code client} has sent RoutesComplete. */
    public int routesCompleteCount(ClientId client) {
        return routesComplete.getOrDefault(client, 0);
    }

    /** How many routes {@code client} had when it last sent RoutesComplete. */
    public int routesAtComplete(ClientId client) {
        return routesAtComplete.getOrDefault(client, 0);
    }

    /** Deletes of routes {@code client} did not have (answered REJECTED). */
    public int rejectedDeletes(ClientId client) {
        return rejectedDeletes.getOrDefault(client, 0);
    }

    /** RouteBatch messages received from all clients. */
    public long routeMessages() {
        return routeMessages;
    }

    public long routeBatches() {
        return routeBatches;
    }

    /** Sessions started since this handler was made. */
    public int sessionsStarted() {
        return sessionsStarted;
    }
}
