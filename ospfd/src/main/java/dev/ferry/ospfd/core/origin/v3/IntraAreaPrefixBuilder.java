package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.origin.InterfaceView;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Intra-Area-Prefix-LSAs of a router (RFC 5340 4.4.3.9, A.4.10), as FRR 8.4 writes them (ospf6_intra.c):
 * <ul>
 * <li>{@link #routerReferenced}: referencing our Router-LSA (type 0x2001, id 0), the prefixes of every interface of
 * the area that is not transit (ospf6_intra_prefix_lsa_originate_stub): loopback, point-to-point, and broadcast
 * links without any Full neighbor (passive ones, those alone on their link). Each prefix at the interface cost,
 * PrefixOptions 0 (FRR 8.4 sets no LA bit: a loopback's /128 goes as any prefix, at the interface cost). Link State
 * IDs 0, 1, ... when the prefixes overflow 1280 bytes.</li>
 * <li>{@link #transit}: on a link where we are DR with Full neighbors, referencing our Network-LSA (type 0x2002,
 * Link State ID = our Interface ID, which is also the Link State ID of this LSA), the prefixes of the Link-LSAs of
 * the routers Full with us and of our own, at metric 0 (ospf6_intra_prefix_lsa_originate_transit).</li>
 * </ul>
 * Prefixes are listed in route-table order, one per prefix.
 */
public final class IntraAreaPrefixBuilder {
    /** FRR's MAX_LSA_PAYLOAD: a new stub Intra-Area-Prefix-LSA starts once the current one passed 1280 bytes. */
    static final int MAX_PAYLOAD = 1024 + 256;
    private static final int BODY_HEAD = 12;

    private IntraAreaPrefixBuilder() {
    }

    /**
     * The router-referenced LSAs of one area. Empty when no interface has a prefix to announce: previously
     * originated ones are then to be flushed.
     *
     * @param self our router id (the Referenced Advertising Router)
     */
    public static List<PlannedLsa> routerReferenced(int self, List<V3InterfaceView> ifaces) {
        // FRR adds each interface's connected routes to one table; a prefix seen again replaces the earlier entry
        Map<IpPrefix, Integer> costs = new TreeMap<>(IpPrefix.TABLE_ORDER);
        for (V3InterfaceView i : ifaces) {
            if (isStub(i)) {
                for (IpPrefix p : ConnectedPrefixes.of(i)) {
                    costs.put(p, i.cost());
                }
            }
        }
        List<PlannedLsa> out = new ArrayList<>();
        List<Ospf6Prefix> current = new ArrayList<>();
        int size = LsaHeader.LENGTH + BODY_HEAD;
        for (Map.Entry<IpPrefix, Integer> e : costs.entrySet()) {
            if (size > MAX_PAYLOAD) {
                out.add(routerLsa(self, out.size(), current));
                current = new ArrayList<>();
                size = LsaHeader.LENGTH + BODY_HEAD;
            }
            Ospf6Prefix prefix = Ospf6Prefix.of(e.getKey(), 0, e.getValue() & 0xffff);
            current.add(prefix);
            size += 4 + prefix.address().length;
        }
        if (!current.isEmpty()) {
            out.add(routerLsa(self, out.size(), current));
        }
        return out;
    }

    /** FRR: interfaces up and either loopback, point-to-point or without any Full neighbor. */
    private static boolean isStub(V3InterfaceView i) {
        if (i.state() == InterfaceView.State.DOWN) {
            return false;
        }
        return i.state() == InterfaceView.State.LOOPBACK || i.state() == InterfaceView.State.POINT_TO_POINT
                || i.kind() != InterfaceView.Kind.BROADCAST || i.adjacent().isEmpty();
    }

    private static PlannedLsa routerLsa(int self, int id, List<Ospf6Prefix> prefixes) {
        return new PlannedLsa(LsaTypes.V3_INTRA_AREA_PREFIX, id,
                new IntraAreaPrefixLsa(LsaTypes.V3_ROUTER, 0, self, prefixes));
    }

    /**
     * The network-referenced LSA of a link where we are DR with at least one Full neighbor, or empty (not DR, no
     * Full neighbor, or no prefix on the link: a previous one is then to be flushed).
     *
     * @param self our router id
     * @param iface the link
     * @param linkLsas the Link-LSAs of the link not at MaxAge; those of routers neither us nor Full are ignored
     */
    public static Optional<PlannedLsa> transit(int self, V3InterfaceView iface, List<AttachedLinkLsa> linkLsas) {
        if (iface.state() != InterfaceView.State.DR || iface.adjacent().isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> attached = new HashSet<>();
        attached.add(self);
        iface.adjacent().forEach(n -> attached.add(n.routerId()));
        List<AttachedLinkLsa> ordered = new ArrayList<>(linkLsas);
        // FRR's link database order: advertising router, then Link State ID
        ordered.sort(Comparator.comparing(AttachedLinkLsa::advertisingRouter, Integer::compareUnsigned)
                .thenComparing(AttachedLinkLsa::linkStateId, Integer::compareUnsigned));
        Map<IpPrefix, Ospf6Prefix> chosen = new TreeMap<>(IpPrefix.TABLE_ORDER);
        for (AttachedLinkLsa l : ordered) {
            if (!attached.contains(l.advertisingRouter())) {
                continue;
            }
            for (Ospf6Prefix p : l.body().prefixes()) {
                if (p.length() == 0) {
                    break; // FRR stops reading a Link-LSA at a zero-length prefix
                }
                chosen.merge(p.toIpPrefix(), p, IntraAreaPrefixBuilder::keepFirstUnlessMoved);
            }
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        List<Ospf6Prefix> prefixes = new ArrayList<>();
        for (Ospf6Prefix p : chosen.values()) {
            prefixes.add(new Ospf6Prefix(p.length(), p.options(), 0, p.address()));
        }
        return Optional.of(new PlannedLsa(LsaTypes.V3_INTRA_AREA_PREFIX, iface.interfaceId(),
                new IntraAreaPrefixLsa(LsaTypes.V3_NETWORK, iface.interfaceId(), self, prefixes)));
    }

    /**
     * RFC 5340 4.4.3.9 lists each prefix once. FRR keeps the first Link-LSA's copy (its PrefixOptions), unless the
     * new copy's words differ in bits past the prefix length: FRR's route table then puts the newcomer first.
     */
    private static Ospf6Prefix keepFirstUnlessMoved(Ospf6Prefix first, Ospf6Prefix next) {
        return Arrays.equals(first.address(), next.address()) ? first : next;
    }
}
