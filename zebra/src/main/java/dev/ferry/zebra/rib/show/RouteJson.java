package dev.ferry.zebra.rib.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.ResolvedNexthop;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteNode;
import dev.ferry.zebra.rib.RibVrf;

/**
 * One route entry as FRR 8.4's `show ip route json` object (vty_show_ip_route with json), keys in FRR's
 * order. Ferry adds "failureReason" and "failureErrno" next to FRR's "failed" when the kernel refused it.
 */
final class RouteJson {
    private RouteJson() {
    }

    static void append(JsonWriter w, RouteNode node, RouteEntry e, ShowContext ctx) {
        RibVrf vrf = node.table().vrf();
        w.beginObject();
        w.field("prefix", node.prefix().toString());
        w.field("prefixLen", node.length());
        w.field("protocol", e.type().frrName());
        if (e.instance() != 0) {
            w.field("instance", e.instance());
        }
        w.field("vrfId", vrf.id());
        w.field("vrfName", vrf.name());
        if (e.isSelected()) {
            w.field("selected", true);
        }
        if (e.isFibSelected()) {
            w.field("destSelected", true);
        }
        w.field("distance", e.distance());
        w.field("metric", e.metric() & 0xffffffffL);
        if (e.isInstalled()) {
            w.field("installed", true);
        }
        if (e.isFailed()) {
            w.field("failed", true);
            FibResult f = ctx.failure(e);
            if (f != null) {
                w.field("failureReason", f.reason());
                w.field("failureErrno", f.errno());
            }
        }
        if (e.isQueued()) {
            w.field("queued", true);
        }
        if (e.tag() != 0) {
            w.field("tag", e.tag() & 0xffffffffL);
        }
        w.field("table", Integer.toUnsignedLong(node.table().kernelTable()));
        w.field("internalStatus", e.frrStatus());
        w.field("internalFlags", e.flags());
        int count = e.resolved() != null ? e.resolved().count() : e.group().size();
        int active = e.resolved() != null ? e.resolved().activeCount() : 0;
        w.field("internalNextHopNum", count);
        w.field("internalNextHopActiveNum", active);
        w.field("nexthopGroupId", e.nexthopGroupId());
        if (e.isInstalled()) {
            w.field("installedNexthopGroupId", e.nexthopGroupId());
        }
        w.field("uptime", ctx.uptime(e));
        w.name("nexthops").beginArray();
        for (ShowContext.Hop h : ShowContext.flatten(e)) {
            nexthop(w, vrf.id(), e, h.hop(), ctx);
        }
        w.endArray();
        w.endObject();
    }

    /** FRR's show_nexthop_json_helper. */
    private static void nexthop(JsonWriter w, int routeVrf, RouteEntry e, ResolvedNexthop hop, ShowContext ctx) {
        Nexthop n = hop.nexthop();
        int flags = ShowContext.jsonFlags(e, hop);
        w.beginObject();
        w.field("flags", flags);
        if (hop.has(ResolvedNexthop.DUPLICATE)) {
            w.field("duplicate", true);
        }
        if ((flags & ResolvedNexthop.FIB) != 0) {
            w.field("fib", true);
        }
        switch (n.kind()) {
            case IPV4, IPV4_IFINDEX, IPV6, IPV6_IFINDEX -> {
                w.field("ip", n.gateway().toString());
                w.field("afi", n.gateway().afi().label());
                if (n.ifindex() != 0) {
                    w.field("interfaceIndex", n.ifindex());
                    w.field("interfaceName", ctx.interfaceName(n.vrfId(), n.ifindex()));
                }
            }
            case IFINDEX -> {
                w.field("directlyConnected", true);
                w.field("interfaceIndex", n.ifindex());
                w.field("interfaceName", ctx.interfaceName(n.vrfId(), n.ifindex()));
            }
            case BLACKHOLE -> {
                w.field("unreachable", true);
                switch (n.blackhole()) {
                    case REJECT -> w.field("reject", true);
                    case ADMINPROHIB -> w.field("admin-prohibited", true);
                    case NULL -> w.field("blackhole", true);
                    case UNSPEC -> {
                    }
                }
            }
        }
        if (hop.isResolver()) {
            w.field("resolver", true);
        }
        if (n.vrfId() != routeVrf) {
            w.field("vrf", ctx.vrfName(n.vrfId()));
        }
        if (hop.isActive()) {
            w.field("active", true);
        }
        if (hop.has(ResolvedNexthop.ONLINK)) {
            w.field("onLink", true);
        }
        if (hop.isRecursive()) {
            w.field("recursive", true);
        }
        if (n.source() != null && n.kind().hasGateway()) {
            w.field("source", n.source().toString());
        }
        if (n.labelCount() > 0) {
            w.name("labels").beginArray();
            for (int l : n.labels()) {
                w.value(l);
            }
            w.endArray();
        }
        if (n.weight() != 0) {
            w.field("weight", n.weight());
        }
        if (n.srv6() != null) {
            w.name("seg6local").beginObject().field("action", n.srv6().seg6localAction()).endObject();
            w.name("seg6").beginObject().field("segs",
                    n.srv6().segments().isEmpty() ? "::" : n.srv6().segments().getFirst().toString()).endObject();
        }
        w.endObject();
    }
}
