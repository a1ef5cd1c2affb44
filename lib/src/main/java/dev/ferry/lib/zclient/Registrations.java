package dev.ferry.lib.zclient;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.InterfaceSubscribe;
import dev.ferry.proto.zebra.v1.NexthopRegister;
import dev.ferry.proto.zebra.v1.RedistributeSubscribe;
import dev.ferry.proto.zebra.v1.RouterIdSubscribe;
import dev.ferry.proto.zebra.v1.TrackedNexthop;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a client asked zebra to tell it: the interface stream, router-ids, redistributed route types and
 * tracked nexthops. Each method returns whether zebra needs telling (false for a repeat). Replayed after a
 * reconnection. Owned by the client's executor.
 */
final class Registrations {
    /** A tracked nexthop's key. */
    record NexthopKey(String vrf, ByteString address) {
        @Override
        public int hashCode() {
            return 31 * IpPrefixes.hash(address, 0) + vrf.hashCode();
        }
    }

    private boolean interfaces;
    private final Set<RouterIdSubscribe> routerIds = new LinkedHashSet<>();
    private final Set<RedistributeSubscribe> redistribute = new LinkedHashSet<>();
    private final Map<NexthopKey, TrackedNexthop> nexthops = new LinkedHashMap<>();

    boolean subscribeInterfaces() {
        boolean was = interfaces;
        interfaces = true;
        return !was;
    }

    boolean subscribeRouterId(String vrf, Afi afi) {
        return routerIds.add(RouterIdSubscribe.newBuilder().setVrf(vrf).setAfi(afi).build());
    }

    boolean unsubscribeRouterId(String vrf, Afi afi) {
        return routerIds.remove(RouterIdSubscribe.newBuilder().setVrf(vrf).setAfi(afi).build());
    }

    boolean subscribeRedistribute(RedistributeSubscribe s) {
        return redistribute.add(s);
    }

    boolean unsubscribeRedistribute(RedistributeSubscribe s) {
        return redistribute.remove(s);
    }

    /** Registers (or re-registers with new flags) a nexthop; true if zebra needs telling. */
    boolean registerNexthop(TrackedNexthop n) {
        return !n.equals(nexthops.put(new NexthopKey(n.getVrf(), n.getAddress()), n));
    }

    boolean unregisterNexthop(String vrf, ByteString address) {
        return nexthops.remove(new NexthopKey(vrf, address)) != null;
    }

    int nexthopCount() {
        return nexthops.size();
    }

    boolean tracks(String vrf, ByteString address) {
        return nexthops.containsKey(new NexthopKey(vrf, address));
    }

    /** The subscriptions, as the first messages of a new session. */
    void replaySubscriptions(Outbox out) {
        if (interfaces) {
            out.message(ClientMessage.newBuilder().setInterfaceSubscribe(InterfaceSubscribe.getDefaultInstance())
                    .build());
        }
        routerIds.forEach(s -> out.message(ClientMessage.newBuilder().setRouterIdSubscribe(s).build()));
        redistribute.forEach(s -> out.message(ClientMessage.newBuilder().setRedistributeSubscribe(s).build()));
    }

    /** The tracked nexthops, in registrations of up to {@code batch}. */
    void replayNexthops(Outbox out, int batch) {
        NexthopRegister.Builder b = NexthopRegister.newBuilder();
        for (TrackedNexthop n : nexthops.values()) {
            b.addNexthops(n);
            if (b.getNexthopsCount() >= batch) {
                out.message(ClientMessage.newBuilder().setNexthopRegister(b).build());
                b = NexthopRegister.newBuilder();
            }
        }
        if (b.getNexthopsCount() > 0) {
            out.message(ClientMessage.newBuilder().setNexthopRegister(b).build());
        }
    }
}
