package dev.ferry.bgpd.policy;

import dev.ferry.bgpd.config.BgpNeighborPolicy;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.lib.net.IpPrefix;

/**
 * A neighbor's policy applied to one path, as FRR's bgp_update (inbound: bgp_input_filter, then
 * bgp_input_modifier) and subgroup_announce_check (outbound: bgp_output_filter, then the route-map out): the
 * prefix-list first, then the route-map, which may change the path. Names that resolve to nothing deny
 * ({@link Policies}).
 */
public final class NeighborPolicy {
    /**
     * A path that passed.
     *
     * @param nextHopSet whether the route-map set the next hop (outbound: it overrides next-hop-self)
     * @param metricSet  whether the route-map set the MED (outbound: an eBGP peer then gets it)
     */
    public record Passed(BgpPath path, boolean nextHopSet, boolean metricSet) {
    }

    private NeighborPolicy() {
    }

    /** The path after {@code policy}'s filters in direction {@code in}, or null when they deny it. */
    public static Passed apply(Policies policies, BgpNeighborPolicy policy, boolean in, IpPrefix prefix,
            BgpPath path) {
        if (policy == null) {
            return new Passed(path, false, false);
        }
        String list = policy.prefixList(in);
        if (list != null && !policies.prefixListPermits(list, prefix)) {
            return null;
        }
        String map = policy.routeMap(in);
        if (map == null) {
            return new Passed(path, false, false);
        }
        BgpPolicyRoute route = new BgpPolicyRoute(prefix, path);
        if (!policies.routeMapPermits(map, route)) {
            return null;
        }
        return new Passed(route.result(), route.nextHopSet(), route.metricSet());
    }
}
