package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.route.PathType;
import java.util.List;

/**
 * One entry of ospf6d's route table (struct ospf6_route) as `show ipv6 ospf6 route` prints it.
 *
 * @param destinationType what the entry reaches; the main table holds NETWORK routes
 * @param prefix the destination: a network's prefix; for ROUTER and LINKSTATE entries ospf6d's encoded prefix
 *     (router id in the first four bytes, interface id in the next four for LINKSTATE)
 * @param pathType intra-area, inter-area or external type 1/2
 * @param best whether this is the prefix's selected entry (OSPF6_ROUTE_BEST); FRR marks it with '*'
 * @param sinceChangeMillis time since the entry last changed (route->changed)
 * @param nextHops the nexthops in ospf6d's order; a route on a connected link has "::" through its interface
 */
public record Ospf6RouteView(DestinationType destinationType, IpPrefix prefix, PathType pathType, boolean best,
                             long sinceChangeMillis, List<NextHop> nextHops) {
    public Ospf6RouteView {
        nextHops = List.copyOf(nextHops);
    }

    /** ospf6_dest_type_substr: the one-letter code of each destination type. */
    public enum DestinationType {
        ROUTER("R"), NETWORK("N"), DISCARD("D"), LINKSTATE("L"), ADDRESS_RANGE("A");

        private final String code;

        DestinationType(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * @param address the IPv6 nexthop, 16 bytes ("::" for a connected route)
     * @param interfaceName ifindex2ifname of the nexthop's interface ("unknown" when zebra does not know it)
     */
    public record NextHop(byte[] address, String interfaceName) {
        public NextHop {
            if (address.length != 16) {
                throw new IllegalArgumentException("nexthop must be an IPv6 address");
            }
            address = address.clone();
        }

        @Override
        public byte[] address() {
            return address.clone();
        }
    }
}
