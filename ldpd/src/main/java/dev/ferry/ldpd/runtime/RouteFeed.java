package dev.ferry.ldpd.runtime;

import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.FecNexthop;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.label.LabelBase;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributedRoute;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * zebra's selected IPv4 routes into the LIB's FECs (FRR's ldp_zebra_read_route). Each subscribed type reports its
 * own routes, so when the selected route of a prefix changes type the add of the new one may come before the
 * delete of the old: the feed remembers the type that holds each FEC and ignores deletes of another type.
 * Prefixes LDP never labels are skipped: 0/8 (the default route among them), loopback 127/8, multicast and above.
 */
final class RouteFeed {
    /** The route that holds a FEC: its type and nexthops. */
    private record Held(RouteType type, List<FecNexthop> nexthops) {
    }

    private final LabelBase lib;
    private final Map<Fec, Held> holder = new LinkedHashMap<>();

    RouteFeed(LabelBase lib) {
        this.lib = lib;
    }

    void apply(RedistributedRouteBatch batch) {
        for (RedistributedRoute r : batch.getRoutesList()) {
            if (r.getPrefix().getAddress().size() != 4) {
                continue;
            }
            Fec fec = new Fec(Ipv4.of(r.getPrefix().getAddress().toByteArray()), r.getPrefix().getLength());
            if (!labelled(fec)) {
                continue;
            }
            if (r.getOp() == Op.OP_DELETE) {
                Held held = holder.get(fec);
                if (held != null && held.type() == r.getType()) {
                    holder.remove(fec);
                    lib.routeRemoved(fec);
                }
                continue;
            }
            List<FecNexthop> hops = new ArrayList<>();
            for (Nexthop n : r.getNexthopsList()) {
                int gw = n.getGateway().size() == 4 ? Ipv4.of(n.getGateway().toByteArray()) : 0;
                hops.add(new FecNexthop(gw, n.getIfindex()));
            }
            holder.put(fec, new Held(r.getType(), List.copyOf(hops)));
            lib.routeUpdated(fec, r.getType() == RouteType.ROUTE_TYPE_CONNECTED, hops);
        }
    }

    /**
     * Gives the LIB every route again, after LDP restarted (a new LSR id or transport address) and cleared it:
     * zebra sends a subscription's routes once, so without this the FECs known before the restart would be lost.
     */
    void replay() {
        holder.forEach((fec, held) -> lib.routeUpdated(fec, held.type() == RouteType.ROUTE_TYPE_CONNECTED,
                held.nexthops()));
    }

    /** FRR's bad_addr_v4 on the prefix: 0/8, 127/8, and 224/4 and above are not FECs. */
    static boolean labelled(Fec fec) {
        int first = fec.address() >>> 24;
        return first != 0 && first != 127 && first < 224;
    }
}
