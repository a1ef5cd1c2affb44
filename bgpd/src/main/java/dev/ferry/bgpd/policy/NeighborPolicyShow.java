package dev.ferry.bgpd.policy;

import dev.ferry.bgpd.config.BgpNeighborPolicy;

/**
 * The policy lines of one address family in `show bgp neighbors` (FRR's bgp_show_peer_afi): which filters
 * are configured ("*" before a name that resolves to an existing list or map), and the prefix limit.
 */
public final class NeighborPolicyShow {
    private NeighborPolicyShow() {
    }

    /** The lines before "N accepted prefixes". */
    public static String filters(BgpNeighborPolicy p, Policies policies, boolean ipv6) {
        StringBuilder sb = new StringBuilder();
        if (p.hasPolicy(true)) {
            sb.append("  Inbound path policy configured\n");
        }
        if (p.hasPolicy(false)) {
            sb.append("  Outbound path policy configured\n");
        }
        String[] direction = {"Incoming", "Outgoing"};
        for (int i = 0; i < 2; i++) {
            String name = p.prefixList(i == 0);
            if (name != null) {
                sb.append("  ").append(direction[i]).append(" update prefix filter list is ")
                        .append(policies.prefixList(name, ipv6) != null ? "*" : "").append(name).append('\n');
            }
        }
        String[] way = {"incoming", "outgoing"};
        for (int i = 0; i < 2; i++) {
            String name = p.routeMap(i == 0);
            if (name != null) {
                sb.append("  Route map for ").append(way[i]).append(" advertisements is ")
                        .append(policies.routeMap(name) != null ? "*" : "").append(name).append('\n');
            }
        }
        return sb.toString();
    }

    /** The lines after "N accepted prefixes". */
    public static String limit(BgpNeighborPolicy p) {
        BgpNeighborPolicy.MaxPrefix max = p.maxPrefix();
        if (max == null) {
            return "";
        }
        return "  Maximum prefixes allowed " + max.limit() + (max.warningOnly() ? " (warning-only)" : "") + "\n"
                + "  Threshold for warning message " + max.threshold() + "%"
                + (max.restartMinutes() != 0 ? ", restart interval " + max.restartMinutes() + " min" : "") + "\n";
    }
}
