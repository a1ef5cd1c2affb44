package dev.ferry.zebra.kernel;

import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import java.util.List;

/**
 * A route someone else put in the kernel (iproute2, a DHCP client, another routing daemon), as zebra keeps
 * it: FRR's "K" routes, distance 0, one per (VRF, prefix, metric) as the kernel keys them.
 */
record KernelRoute(int vrfId, Prefix prefix, int metric, List<Nexthop> nexthops) {

    /** What identifies it, in the kernel and in the RIB. */
    record Key(int vrfId, Prefix prefix, int metric) {
    }

    Key key() {
        return new Key(vrfId, prefix, metric);
    }
}
