package dev.ferry.zebra.rib.show;

import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.ResolvedNexthop;
import dev.ferry.zebra.rib.RibVrf;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteNode;

/**
 * `show ip route PREFIX`: every entry of one prefix in FRR 8.4's detail layout (vty_show_ip_route_detail).
 * <pre>
 * Routing entry for 2.2.2.2/32
 *   Known via "ospf", distance 110, metric 20, best
 *   Last update 00:01:10 ago
 *   * 10.1.1.254, via eth0, weight 1
 * </pre>
 * Ferry adds a "Not installed:" line with the kernel's reason under a refused route, and says when an installed
 * route's labels were left out (a kernel without MPLS).
 */
final class RouteDetail {
    private RouteDetail() {
    }

    static void append(StringBuilder out, RouteNode node, ShowContext ctx) {
        RibVrf vrf = node.table().vrf();
        for (RouteEntry e : node.visibleEntries()) {
            out.append("Routing entry for ").append(node.prefix()).append('\n');
            out.append("  Known via \"").append(e.type().frrName());
            if (e.instance() != 0) {
                out.append('[').append(e.instance()).append(']');
            }
            out.append("\", distance ").append(e.distance()).append(", metric ")
                    .append(Integer.toUnsignedString(e.metric()));
            if (e.tag() != 0) {
                out.append(", tag ").append(Integer.toUnsignedString(e.tag()));
            }
            if (vrf.id() != RibVrf.DEFAULT_ID) {
                out.append(", vrf ").append(vrf.name());
            }
            if (e.isSelected()) {
                out.append(", best");
            }
            out.append('\n');
            out.append("  Last update ").append(ctx.uptime(e)).append(" ago\n");
            for (ShowContext.Hop h : ShowContext.flatten(e)) {
                nexthop(out, vrf.id(), e, h, ctx);
                out.append('\n');
            }
            FibResult failure = ctx.failure(e);
            if (failure != null && e.isFailed()) {
                out.append("  Not installed: ").append(failure.reason()).append('\n');
            }
            if (ctx.labelsLeftOut(e)) {
                out.append("  Installed without its labels: this kernel has no MPLS\n");
            }
            out.append('\n');
        }
    }

    /** FRR's show_nexthop_detail_helper. */
    private static void nexthop(StringBuilder out, int routeVrf, RouteEntry e, ShowContext.Hop h, ShowContext ctx) {
        ResolvedNexthop hop = h.hop();
        Nexthop n = hop.nexthop();
        out.append("  ").append(ShowContext.statusChar(e, hop)).append(hop.isResolver() ? "  " : "");
        switch (n.kind()) {
            case IPV4, IPV4_IFINDEX, IPV6, IPV6_IFINDEX -> {
                out.append(' ').append(n.gateway());
                if (n.ifindex() != 0) {
                    out.append(", via ").append(ctx.interfaceName(n.vrfId(), n.ifindex()));
                }
            }
            case IFINDEX -> out.append(" directly connected, ").append(ctx.interfaceName(n.vrfId(), n.ifindex()));
            case BLACKHOLE -> out.append(" unreachable").append(n.blackhole().showSuffix());
        }
        if (n.vrfId() != routeVrf) {
            out.append("(vrf ").append(ctx.vrfName(n.vrfId())).append(')');
        }
        if (hop.has(ResolvedNexthop.DUPLICATE)) {
            out.append(" (duplicate nexthop removed)");
        }
        if (!hop.isActive()) {
            out.append(" inactive");
        }
        if (hop.has(ResolvedNexthop.ONLINK)) {
            out.append(" onlink");
        }
        if (hop.isRecursive()) {
            out.append(" (recursive)");
        }
        if (n.source() != null && n.kind().hasGateway()) {
            out.append(", src ").append(n.source());
        }
        if (n.labelCount() > 0) {
            out.append(", label ").append(Labels.stack(n.labels(), true));
        }
        if (n.weight() != 0) {
            out.append(", weight ").append(n.weight());
        }
    }
}
