package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.NetworkLsaV3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Network-LSA a DR originates for its transit link (RFC 5340 4.4.3.3, A.4.4), Link State ID = the DR's
 * Interface ID, as FRR 8.4 writes it (ospf6_intra.c ospf6_network_lsa_originate): the DR itself first, then its
 * Full neighbors in the order of FRR's neighbor list (ascending router id). Only originate it while the DR has
 * at least one Full neighbor.
 */
public final class V3NetworkLsaBuilder {
    private V3NetworkLsaBuilder() {
    }

    /**
     * @param self our router id
     * @param options the logical OR of the options of the link's Link-LSAs (RFC 5340 4.4.3.3); see {@link #options}
     * @param full the Full neighbors on the link
     */
    public static NetworkLsaV3 build(int self, int options, List<V3Neighbor> full) {
        List<V3Neighbor> sorted = new ArrayList<>(full);
        sorted.sort(Comparator.comparing(V3Neighbor::routerId, Integer::compareUnsigned));
        Set<Integer> routers = new LinkedHashSet<>();
        routers.add(self);
        sorted.forEach(n -> routers.add(n.routerId()));
        return new NetworkLsaV3(options, List.copyOf(routers));
    }

    /**
     * The Network-LSA's options: the OR of the options of every Link-LSA of the link, ours included (FRR walks all
     * the interface's Link-LSAs, whatever the state of their originators).
     */
    public static int options(List<LinkLsa> linkLsas) {
        int options = 0;
        for (LinkLsa l : linkLsas) {
            options |= l.options();
        }
        return options & 0xffffff;
    }
}
