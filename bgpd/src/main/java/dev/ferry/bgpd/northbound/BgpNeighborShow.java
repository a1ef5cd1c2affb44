package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.message.MessageType;
import dev.ferry.bgpd.message.NotificationMessage;
import dev.ferry.bgpd.config.BgpNeighborPolicy;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.policy.NeighborPolicyShow;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.Peer;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.json.JsonWriter;
import dev.ferry.lib.net.IpAddresses;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * `show bgp neighbors [X] [json]`: the main parts of FRR 8.4's bgp_show_peer (identity, state and uptime,
 * timers, message counters, per-family prefix counts, connection counters and last reset, the TCP endpoints).
 */
final class BgpNeighborShow {
    private BgpNeighborShow() {
    }

    static void show(CommandContext ctx, BgpRouter r, String address, boolean json) {
        if (r == null) {
            ctx.print(json ? "{\n}\n" : "% No BGP process is configured\n");
            return;
        }
        List<Peer> peers = r.peerList();
        if (address != null) {
            Peer p = r.peer(address);
            if (p == null) {
                ctx.print(json ? "{\n  \"bgpNoSuchNeighbor\":true\n}\n" : "% No such neighbor in this view/vrf\n");
                return;
            }
            peers = List.of(p);
        }
        ctx.print(json ? json(r, peers) : text(r, peers));
    }

    private static String remoteAs(Peer p, BgpRouter r) {
        if (p.source() != null) {
            return Long.toString(p.source().asn());
        }
        var as = p.sessionParams().remoteAs();
        return as.kind() == dev.ferry.bgpd.config.RemoteAs.Kind.SPECIFIED ? Long.toString(as.asn())
                : as.kind() == dev.ferry.bgpd.config.RemoteAs.Kind.INTERNAL ? Long.toString(r.asn()) : "0";
    }

    private static boolean internal(Peer p, BgpRouter r) {
        return p.source() != null ? p.source().isIbgp() : p.sessionParams().remoteAs().isInternalFor(r.asn());
    }

    static String text(BgpRouter r, List<Peer> peers) {
        StringBuilder sb = new StringBuilder();
        for (Peer p : peers) {
            sb.append("BGP neighbor is ").append(p.name()).append(", remote AS ").append(remoteAs(p, r))
                    .append(", local AS ").append(r.asn()).append(", ")
                    .append(internal(p, r) ? "internal" : "external").append(" link\n");
            if (p.peerHostname() != null) {
                sb.append("  Hostname: ").append(p.peerHostname()).append('\n');
            }
            sb.append("  BGP version 4, remote router ID ")
                    .append(p.isEstablished() ? Ipv4Addresses.format(p.source().routerId()) : "0.0.0.0")
                    .append(", local router ID ").append(Ipv4Addresses.format(r.routerId())).append('\n');
            sb.append("  BGP state = ").append(p.state().displayName());
            if (p.adminDown()) {
                sb.append(" (Admin)");
            }
            if (p.isEstablished()) {
                sb.append(", up for ").append(ShowFormat.uptime(p.upOrDownSinceMillis(), false));
            }
            sb.append('\n');
            if (!p.isEstablished() && p.establishedCount() > 0) {
                sb.append("  Last read ").append(ShowFormat.uptime(p.upOrDownSinceMillis(), false)).append('\n');
            }
            sb.append("  Hold time is ").append(p.isEstablished() ? p.holdSeconds()
                    : p.sessionParams().holdSeconds()).append(" seconds, keepalive interval is ")
                    .append(p.isEstablished() ? p.keepaliveSeconds() : p.sessionParams().keepaliveSeconds())
                    .append(" seconds\n");
            sb.append("  Configured hold time is ").append(p.sessionParams().holdSeconds())
                    .append(" seconds, keepalive interval is ").append(p.sessionParams().keepaliveSeconds())
                    .append(" seconds\n");
            sb.append("  Message statistics:\n    Inq depth is 0\n    Outq depth is 0\n");
            sb.append("                         Sent       Rcvd\n");
            row(sb, "Opens", p.messageCount(MessageType.OPEN));
            row(sb, "Notifications", p.messageCount(MessageType.NOTIFICATION));
            row(sb, "Updates", p.messageCount(MessageType.UPDATE));
            row(sb, "Keepalives", p.messageCount(MessageType.KEEPALIVE));
            row(sb, "Route Refresh", p.messageCount(MessageType.ROUTE_REFRESH));
            sb.append(String.format("    %-17s %10d %10d%n", "Capability", 0, 0));
            sb.append(String.format("    %-17s %10d %10d%n", "Total", p.messagesSent(), p.messagesReceived()));
            sb.append("  Minimum time between advertisement runs is 0 seconds\n\n");
            for (AddressFamily f : BgpRouter.ALL_FAMILIES) {
                if (!p.sessionParams().families().contains(f)) {
                    continue;
                }
                sb.append(" For address family: ").append(BgpSummary.familyName(f)).append('\n');
                if (r.reflectorClient(p, f)) {
                    sb.append("  Route-Reflector Client\n");
                }
                BgpNeighborPolicy policy = r.neighborPolicy(p, f);
                sb.append(NeighborPolicyShow.filters(policy, r.policies(), f.afi() == AddressFamily.AFI_IPV6));
                sb.append("  ").append(p.acceptedCount(f)).append(" accepted prefixes\n");
                sb.append(NeighborPolicyShow.limit(policy)).append('\n');
            }
            sb.append("  Connections established ").append(p.establishedCount()).append("; dropped ")
                    .append(p.droppedCount()).append('\n');
            sb.append("  Last reset ").append(ShowFormat.uptime(p.upOrDownSinceMillis(), p.establishedCount() == 0
                    && p.lastNotification() == null)).append(",  ").append(p.lastResetReason()).append('\n');
            InetSocketAddress l = p.localSocket();
            InetSocketAddress f = p.remoteSocketNow();
            if (l != null && f != null) {
                sb.append("Local host: ").append(IpAddresses.format(l.getAddress().getAddress()))
                        .append(", Local port: ")
                        .append(l.getPort()).append('\n');
                sb.append("Foreign host: ").append(IpAddresses.format(f.getAddress().getAddress()))
                        .append(", Foreign port: ")
                        .append(f.getPort()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, long[] c) {
        sb.append(String.format("    %-17s %10d %10d%n", name + ":", c[1], c[0]));
    }

    static String json(BgpRouter r, List<Peer> peers) {
        JsonWriter w = new JsonWriter().beginObject();
        for (Peer p : peers) {
            w.name(p.name()).beginObject();
            w.field("remoteAs", Long.parseLong(remoteAs(p, r)));
            w.field("localAs", r.asn());
            w.field("nbrInternalLink", internal(p, r));
            if (!internal(p, r)) {
                w.field("nbrExternalLink", true);
            }
            if (p.peerHostname() != null) {
                w.field("hostname", p.peerHostname());
            }
            w.field("bgpVersion", 4);
            w.field("remoteRouterId", p.isEstablished() ? Ipv4Addresses.format(p.source().routerId()) : "0.0.0.0");
            w.field("localRouterId", Ipv4Addresses.format(r.routerId()));
            w.field("bgpState", p.state().displayName());
            if (p.isEstablished()) {
                w.field("bgpTimerUpMsec", System.currentTimeMillis() - p.upOrDownSinceMillis());
                w.field("bgpTimerUpString", ShowFormat.uptime(p.upOrDownSinceMillis(), false));
                w.field("bgpTimerUpEstablishedEpoch", p.upOrDownSinceMillis() / 1000);
            }
            w.field("bgpTimerHoldTimeMsecs", (long) (p.isEstablished() ? p.holdSeconds()
                    : p.sessionParams().holdSeconds()) * 1000);
            w.field("bgpTimerKeepAliveIntervalMsecs", (long) (p.isEstablished() ? p.keepaliveSeconds()
                    : p.sessionParams().keepaliveSeconds()) * 1000);
            w.field("bgpTimerConfiguredHoldTimeMsecs", p.sessionParams().holdSeconds() * 1000L);
            w.field("bgpTimerConfiguredKeepAliveIntervalMsecs", p.sessionParams().keepaliveSeconds() * 1000L);
            w.name("messageStats").beginObject();
            w.field("depthInq", 0).field("depthOutq", 0);
            stat(w, "opens", p.messageCount(MessageType.OPEN));
            stat(w, "notifications", p.messageCount(MessageType.NOTIFICATION));
            stat(w, "updates", p.messageCount(MessageType.UPDATE));
            stat(w, "keepalives", p.messageCount(MessageType.KEEPALIVE));
            stat(w, "routeRefresh", p.messageCount(MessageType.ROUTE_REFRESH));
            w.field("totalSent", p.messagesSent()).field("totalRecv", p.messagesReceived());
            w.endObject();
            w.name("addressFamilyInfo").beginObject();
            for (AddressFamily f : BgpRouter.ALL_FAMILIES) {
                if (p.sessionParams().families().contains(f)) {
                    w.name(BgpSummary.familyKey(f)).beginObject();
                    if (r.reflectorClient(p, f)) {
                        w.field("routeReflectorClient", true);
                    }
                    w.field("acceptedPrefixCounter", p.acceptedCount(f))
                            .field("sentPrefixCounter", p.sentCount(f))
                            .endObject();
                }
            }
            w.endObject();
            w.field("connectionsEstablished", p.establishedCount());
            w.field("connectionsDropped", p.droppedCount());
            w.field("lastResetDueTo", p.lastResetReason());
            NotificationMessage n = p.lastNotification();
            if (n != null) {
                w.field("lastNotificationReason", n.description());
            }
            InetSocketAddress l = p.localSocket();
            InetSocketAddress f = p.remoteSocketNow();
            if (l != null && f != null) {
                w.field("hostLocal", IpAddresses.format(l.getAddress().getAddress()));
                w.field("portLocal", l.getPort());
                w.field("hostForeign", IpAddresses.format(f.getAddress().getAddress()));
                w.field("portForeign", f.getPort());
            }
            w.endObject();
        }
        w.endObject();
        return w.toString();
    }

    private static void stat(JsonWriter w, String name, long[] c) {
        w.field(name + "Sent", c[1]).field(name + "Recv", c[0]);
    }
}
