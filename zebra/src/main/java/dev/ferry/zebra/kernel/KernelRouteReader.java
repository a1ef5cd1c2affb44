package dev.ferry.zebra.kernel;

import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.lib.netlink.codec.RouteType;
import dev.ferry.lib.netlink.codec.RtVia;
import dev.ferry.zebra.rib.BlackholeType;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RibVrf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Which kernel routes zebra takes in, and as what (FRR's netlink_route_change_read_unicast): unicast and
 * blackhole/unreachable/prohibit routes of the main table or of a VRF's table, owned by neither the kernel
 * itself (its connected and local routes: zebra derives those from the addresses), nor redirects or cached
 * clones, nor Ferry (its own routes come back as events too).
 */
final class KernelRouteReader {
    /** RTM_F_CLONED: a cached route the kernel made, not a configured one. */
    static final int RTM_F_CLONED = 0x200;
    /** A table that belongs to no VRF: {@code vrfOfTable}'s answer. */
    static final int NO_VRF = -1;

    private KernelRouteReader() {
    }

    /**
     * The route {@code m} describes, or empty if zebra leaves it alone. {@code vrfOfTable} maps a kernel
     * table id to the VRF that owns it, or {@link #NO_VRF}.
     */
    static Optional<KernelRoute> read(RouteMessage m, IntUnaryOperator vrfOfTable) {
        int protocol = m.protocol();
        if (protocol == RouteProtocol.KERNEL || protocol == RouteProtocol.REDIRECT || RouteProtocol.isFerry(protocol)
                || (m.flags() & RTM_F_CLONED) != 0 || m.srcLength() != 0 || m.prefix() == null) {
            return Optional.empty();
        }
        int vrfId = m.table() == RibVrf.MAIN_TABLE ? RibVrf.DEFAULT_ID : vrfOfTable.applyAsInt(m.table());
        if (vrfId == NO_VRF) {
            return Optional.empty();
        }
        List<Nexthop> nexthops = switch (m.type()) {
            case RouteType.UNICAST -> unicast(vrfId, m.nexthops());
            case RouteType.BLACKHOLE -> List.of(Nexthop.blackhole(vrfId, BlackholeType.NULL));
            case RouteType.UNREACHABLE -> List.of(Nexthop.blackhole(vrfId, BlackholeType.REJECT));
            case RouteType.PROHIBIT -> List.of(Nexthop.blackhole(vrfId, BlackholeType.ADMINPROHIB));
            default -> List.of();
        };
        if (nexthops.isEmpty()) {
            return Optional.empty();
        }
        long priority = m.priority();
        int metric = priority == RouteMessage.NO_PRIORITY ? 0 : (int) priority;
        return Optional.of(new KernelRoute(vrfId, Prefix.of(m.prefix()), metric, nexthops));
    }

    private static List<Nexthop> unicast(int vrfId, List<NextHop> hops) {
        List<Nexthop> out = new ArrayList<>(hops.size());
        for (NextHop h : hops) {
            byte[] gateway = h.gateway();
            RtVia via = h.via();
            if (gateway == null && via != null) {
                gateway = via.address();
            }
            Nexthop n;
            if (gateway != null && (gateway.length == 4 || gateway.length == 16)) {
                IpAddress address = IpAddress.of(gateway);
                n = h.ifindex() > 0 ? Nexthop.gateway(vrfId, address, h.ifindex()) : Nexthop.gateway(vrfId, address);
            } else if (h.ifindex() > 0) {
                n = Nexthop.ifindex(vrfId, h.ifindex());
            } else {
                continue;
            }
            out.add(h.weight() > 1 ? n.withWeight(h.weight()) : n);
        }
        return out;
    }
}
