package dev.ferry.ospfd.core.origin;

import dev.ferry.ospfd.lsa.NetworkLsaV2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of the Network-LSA a DR originates for its transit network (RFC 2328 12.4.2): the mask and the routers
 * Full with the DR, the DR included. Only originate it while the DR has at least one Full neighbor.
 */
public final class NetworkLsaBuilder {

    /** A router on the network: its router id and its interface address there. */
    public record Attached(int routerId, int interfaceAddress) {
    }

    private NetworkLsaBuilder() {
    }

    /** In RFC order: the DR itself first, then the Full neighbors as given (duplicates dropped). */
    public static NetworkLsaV2 build(int netmask, int selfRouterId, List<Integer> fullNeighborRouterIds) {
        Set<Integer> routers = new LinkedHashSet<>();
        routers.add(selfRouterId);
        routers.addAll(fullNeighborRouterIds);
        return new NetworkLsaV2(netmask, List.copyOf(routers));
    }

    /**
     * In FRR 8.4's order (ospf_network_lsa_body_set walks the interface's neighbor table, itself included, keyed by
     * interface address): by ascending interface address. Same meaning as {@link #build}; the same bytes and
     * checksum as FRR would produce.
     */
    public static NetworkLsaV2 buildInFrrOrder(int netmask, Attached self, List<Attached> fullNeighbors) {
        List<Attached> all = new ArrayList<>(fullNeighbors);
        all.add(self);
        all.sort(Comparator.comparing(Attached::interfaceAddress, Integer::compareUnsigned));
        Set<Integer> routers = new LinkedHashSet<>();
        all.forEach(a -> routers.add(a.routerId()));
        return new NetworkLsaV2(netmask, List.copyOf(routers));
    }
}
