package dev.ferry.zebra.rib.show;

import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.ResolvedNexthop;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteNode;
import dev.ferry.zebra.rib.RouteType;
import java.util.List;

/**
 * One route entry as a `show ip route` list line, FRR 8.4's vty_show_ip_route:
 * <pre>
 * O>* 2.2.2.2/32 [110/20] via 10.1.1.254, eth0, weight 1, 00:01:10
 * B>  192.168.2.0/24 [200/0] via 2.2.2.2 (vrf default) (recursive), label 146, weight 1, 00:04:28
 *   *                          via 10.1.1.254, eth0 (vrf default), label 17/146, weight 1, 00:04:28
 * </pre>
 * Ferry adds one line under a route the kernel refused, saying why (FRR shows only the 'r'), and one under an
 * installed route whose labels the kernel could not take (no MPLS): FRR's zebra drops them without a word.
 */
final class RouteLines {
    private RouteLines() {
    }

    static void append(StringBuilder out, RouteNode node, RouteEntry e, ShowContext ctx) {
        String uptime = ctx.uptime(e);
        List<ShowContext.Hop> hops = ShowContext.flatten(e);
        ResolvedNexthop first = hops.isEmpty() ? null : hops.getFirst().hop();
        StringBuilder line = new StringBuilder();
        line.append(e.type().code());
        if (e.instance() != 0) {
            line.append('[').append(e.instance()).append(']');
        }
        line.append(e.isSelected() ? '>' : ' ').append(ShowContext.statusChar(e, first)).append(' ')
                .append(node.prefix());
        if (e.type() != RouteType.CONNECTED || e.distance() != 0 || e.metric() != 0) {
            line.append(" [").append(e.distance()).append('/').append(Integer.toUnsignedString(e.metric()))
                    .append(']');
        }
        int len = line.length();
        out.append(line);
        boolean firstHop = true;
        for (ShowContext.Hop h : hops) {
            if (!firstHop) {
                out.append("  ").append(ShowContext.statusChar(e, h.hop()))
                        .repeat(' ', Math.max(1, len - 3 + 2 * h.level()));
            }
            firstHop = false;
            nexthop(out, node, e, h.hop(), ctx);
            out.append(", ").append(uptime).append('\n');
        }
        if (hops.isEmpty()) {
            out.append('\n');
        }
        FibResult failure = ctx.failure(e);
        if (failure != null && e.isFailed()) {
            out.repeat(' ', len + 1).append("not installed: ").append(failure.reason()).append('\n');
        }
        if (ctx.labelsLeftOut(e)) {
            out.repeat(' ', len + 1).append("installed without its labels: this kernel has no MPLS\n");
        }
    }

    /** FRR's show_route_nexthop_helper. */
    static void nexthop(StringBuilder out, RouteNode node, RouteEntry e, ResolvedNexthop hop, ShowContext ctx) {
        Nexthop n = hop.nexthop();
        switch (n.kind()) {
            case IPV4, IPV4_IFINDEX, IPV6, IPV6_IFINDEX -> {
                out.append(" via ").append(n.gateway());
                if (n.ifindex() != 0) {
                    out.append(", ").append(ctx.interfaceName(n.vrfId(), n.ifindex()));
                }
            }
            case IFINDEX -> out.append(" is directly connected, ").append(ctx.interfaceName(n.vrfId(), n.ifindex()));
            case BLACKHOLE -> out.append(" unreachable").append(n.blackhole().showSuffix());
        }
        if (n.vrfId() != node.table().vrf().id()) {
            out.append(" (vrf ").append(ctx.vrfName(n.vrfId())).append(')');
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
        if (n.srv6() != null) {
            out.append(", seg6local ").append(n.srv6().seg6localAction()).append(' ')
                    .append(n.srv6().seg6localContext());
            out.append(", seg6 ").append(n.srv6().segments().isEmpty() ? "::" : n.srv6().segments().getFirst());
        }
        if (n.weight() != 0) {
            out.append(", weight ").append(n.weight());
        }
    }
}
