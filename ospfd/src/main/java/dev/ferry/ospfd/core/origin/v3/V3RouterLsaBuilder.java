package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.ospfd.core.origin.InterfaceView;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.lsa.RouterLsaV3.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * This router's OSPFv3 Router-LSA for one area (RFC 5340 4.4.3.2, A.4.3), link by link as FRR 8.4 writes it
 * (ospf6_intra.c ospf6_router_lsa_originate). Unlike OSPFv2 it carries no addresses, so only interfaces with at
 * least one Full neighbor are described; the others (down, loopback, passive, alone on their link) have their
 * prefixes in the router's Intra-Area-Prefix-LSA instead.
 * <ul>
 * <li>point-to-point: a type-1 link per Full neighbor (our Interface ID, its Interface ID, its router id);</li>
 * <li>broadcast: a type-2 (transit) link naming the DR's Interface ID and router id, when we are DR or Full with
 * the DR;</li>
 * <li>metric: the interface cost.</li>
 * </ul>
 * Options are the area's ({@link V3Options}); bits B (ABR) and E (ASBR, never in a stub area).
 */
public final class V3RouterLsaBuilder {
    /** FRR's oa->router_lsa_size_limit: a Router-LSA may grow to 1280 bytes before the next one starts. */
    static final int SIZE_LIMIT = 1024 + 256;
    private static final int LINK_SIZE = 16;

    private V3RouterLsaBuilder() {
    }

    /**
     * All links in one body (Link State ID 0). Equals the first of {@link #plan} until an area has more than 78
     * links.
     *
     * @param options the area's options, {@link V3Options#area}
     * @param asbr sets the E bit; pass false for a stub area, as FRR does
     */
    public static RouterLsaV3 build(List<V3InterfaceView> ifaces, int options, boolean abr, boolean asbr) {
        List<Link> links = new ArrayList<>();
        for (V3InterfaceView i : ifaces) {
            links.addAll(describe(i));
        }
        return new RouterLsaV3(flags(abr, asbr), options, links);
    }

    /**
     * The Router-LSAs as FRR splits them: a new one (Link State ID 1, 2, ...) starts before an interface whose
     * first description would take the current one past {@value #SIZE_LIMIT} bytes. Always at least one, maybe
     * empty. Those of higher Link State IDs previously originated are to be flushed.
     */
    public static List<PlannedLsa> plan(List<V3InterfaceView> ifaces, int options, boolean abr, boolean asbr) {
        List<PlannedLsa> out = new ArrayList<>();
        List<Link> current = new ArrayList<>();
        int flags = flags(abr, asbr);
        for (V3InterfaceView i : ifaces) {
            List<Link> links = describe(i);
            if (links.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && LsaHeader.LENGTH + 4 + LINK_SIZE * (current.size() + 1) > SIZE_LIMIT) {
                out.add(new PlannedLsa(LsaTypes.V3_ROUTER, out.size(), new RouterLsaV3(flags, options, current)));
                current = new ArrayList<>();
            }
            current.addAll(links);
        }
        out.add(new PlannedLsa(LsaTypes.V3_ROUTER, out.size(), new RouterLsaV3(flags, options, current)));
        return out;
    }

    private static int flags(boolean abr, boolean asbr) {
        return (abr ? RouterLsaV3.FLAG_B : 0) | (asbr ? RouterLsaV3.FLAG_E : 0);
    }

    private static List<Link> describe(V3InterfaceView i) {
        List<V3Neighbor> full = i.adjacent();
        if (i.state() == InterfaceView.State.DOWN || i.state() == InterfaceView.State.LOOPBACK
                || i.kind() == InterfaceView.Kind.LOOPBACK || full.isEmpty()) {
            return List.of();
        }
        if (i.kind() == InterfaceView.Kind.POINT_TO_POINT) {
            List<Link> links = new ArrayList<>();
            for (V3Neighbor n : full) {
                links.add(new Link(RouterLsaV3.POINT_TO_POINT, i.cost(), i.interfaceId(), n.interfaceId(),
                        n.routerId()));
            }
            return links;
        }
        if (i.state() == InterfaceView.State.DR) {
            // the DR names itself: our Interface ID twice, our router id (the view's DR id)
            return List.of(new Link(RouterLsaV3.TRANSIT, i.cost(), i.interfaceId(), i.interfaceId(),
                    i.drRouterId()));
        }
        boolean fullWithDr = i.state() != InterfaceView.State.WAITING && i.fullWithDr() && i.drRouterId() != 0;
        return fullWithDr ? List.of(new Link(RouterLsaV3.TRANSIT, i.cost(), i.interfaceId(), i.drInterfaceId(),
                i.drRouterId())) : List.of();
    }
}
