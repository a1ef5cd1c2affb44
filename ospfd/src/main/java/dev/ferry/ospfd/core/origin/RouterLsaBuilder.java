package dev.ferry.ospfd.core.origin;

import dev.ferry.ospfd.lsa.RouterLsaV2.Link;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of this router's Router-LSA for one area (RFC 2328 12.4.1), link by link as FRR 8.4 writes it
 * (ospf_lsa.c router_lsa_link_set): interfaces in the order given, down ones left out.
 * <ul>
 * <li>loopback (12.4.1.4 host route): a stub link to the address /32 with cost 0;</li>
 * <li>point-to-point (12.4.1.1): a type-1 link per Full neighbor (Link Data = own address, or the ifindex when
 * unnumbered), then a stub link for the subnet unless unnumbered;</li>
 * <li>broadcast (12.4.1.2): a transit link (Link ID = DR's address, Link Data = own address) once the router is
 * Full with the DR or is DR with a Full neighbor; before that, and while Waiting, a stub link for the subnet;</li>
 * <li>virtual link (12.4.1.3): a type-4 link to the Full neighbor (Link ID = its router id, Link Data = our
 * interface address toward it, metric = the transit area's distance), nothing while it is not Full;</li>
 * <li>passive: no adjacency can exist, so only the subnet's stub link.</li>
 * </ul>
 */
public final class RouterLsaBuilder {
    private RouterLsaBuilder() {
    }

    /**
     * @param abr sets the B bit
     * @param asbr sets the E bit; pass false for a stub area, where externals do not exist (RFC 2328 3.6)
     */
    public static RouterLsaV2 build(List<InterfaceView> ifaces, boolean abr, boolean asbr) {
        return build(ifaces, abr, asbr, false);
    }

    /**
     * @param virtualEndpoint sets the V bit: a Full virtual link crosses this (transit) area (RFC 2328 12.4.1)
     */
    public static RouterLsaV2 build(List<InterfaceView> ifaces, boolean abr, boolean asbr, boolean virtualEndpoint) {
        List<Link> links = new ArrayList<>();
        for (InterfaceView i : ifaces) {
            describe(i, links);
        }
        int flags = (abr ? RouterLsaV2.FLAG_B : 0) | (asbr ? RouterLsaV2.FLAG_E : 0)
                | (virtualEndpoint ? RouterLsaV2.FLAG_V : 0);
        return new RouterLsaV2(flags, links);
    }

    private static void describe(InterfaceView i, List<Link> links) {
        if (i.state() == InterfaceView.State.DOWN) {
            return;
        }
        if (i.state() == InterfaceView.State.LOOPBACK) {
            links.add(host(i));
            return;
        }
        switch (i.kind()) {
            case LOOPBACK -> links.add(host(i));
            case POINT_TO_POINT -> pointToPoint(i, links);
            case BROADCAST -> broadcast(i, links);
            case VIRTUAL_LINK -> {
                for (int neighbor : i.fullNeighborRouterIds()) {
                    links.add(new Link(neighbor, i.address(), RouterLsaV2.VIRTUAL, i.cost()));
                }
            }
        }
    }

    /** FRR's lsa_link_loopback_set: the address as a /32 stub at cost 0, whatever the configured cost. */
    private static Link host(InterfaceView i) {
        return new Link(i.address(), -1, RouterLsaV2.STUB, 0);
    }

    private static void pointToPoint(InterfaceView i, List<Link> links) {
        if (!i.passive()) {
            int data = i.unnumbered() ? i.ifindex() : i.address();
            for (int neighbor : i.fullNeighborRouterIds()) {
                links.add(new Link(neighbor, data, RouterLsaV2.POINT_TO_POINT, i.cost()));
            }
        }
        if (!i.unnumbered()) {
            links.add(subnet(i));
        }
    }

    private static void broadcast(InterfaceView i, List<Link> links) {
        boolean adjacent = !i.passive() && i.state() != InterfaceView.State.WAITING && i.drAddress() != 0
                && i.fullWithDr();
        links.add(adjacent ? new Link(i.drAddress(), i.address(), RouterLsaV2.TRANSIT, i.cost()) : subnet(i));
    }

    private static Link subnet(InterfaceView i) {
        int mask = Ipv4.mask(i.prefixLength());
        return new Link(i.address() & mask, mask, RouterLsaV2.STUB, i.cost());
    }
}
