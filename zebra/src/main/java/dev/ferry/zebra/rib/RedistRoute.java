package dev.ferry.zebra.rib;

import java.util.List;

/** A selected route as redistributed to a client (FRR's zsend_redistribute_route). */
public record RedistRoute(int vrfId, Prefix prefix, RouteType type, int instance, int distance, int metric,
        int tag, List<Nexthop> nexthops) {
    public RedistRoute {
        nexthops = List.copyOf(nexthops);
    }

    static RedistRoute of(RouteNode node, RouteEntry e) {
        List<Nexthop> hops = new java.util.ArrayList<>();
        if (e.nhe != null) {
            for (ResolvedNexthop h : e.nhe.hops()) {
                if (h.isActive()) {
                    hops.add(h.nexthop());
                }
            }
        }
        return new RedistRoute(node.table.vrf().id(), node.prefix(), e.type(), e.instance(), e.distance(),
                e.metric(), e.tag(), hops);
    }
}
