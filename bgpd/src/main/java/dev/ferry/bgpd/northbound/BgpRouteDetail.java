package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AsPathSegment;
import dev.ferry.bgpd.attr.ClusterList;
import dev.ferry.bgpd.attr.Communities;
import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.LargeCommunities;
import dev.ferry.bgpd.attr.OriginatorId;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.RouteDistinguishers;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.Peer;
import dev.ferry.lib.json.JsonWriter;
import java.util.List;

/**
 * One destination in detail (`show bgp ipv4 unicast PREFIX`, `show bgp ipv4 vpn [rd RD] PREFIX`), FRR 8.4's
 * route_vty_out_detail_header and route_vty_out_detail: the "BGP routing table entry for [RD:]PREFIX" header
 * ("not allocated" under it in labelled families), the peers it went to, then per path the AS path, next hop
 * and source (with the next hop's VRF and "announce-nh-self" for leaked paths), origin/metric/preference line,
 * communities, RFC 4456's originator and cluster list, the remote label and the last update time; "multipath" on the
 * paths of an ECMP set and "(Received from a RR-client)" on a client's paths.
 *
 * @param router the instance whose table it is
 * @param family the table's family (a VPN family prints the RD and the labels)
 * @param rd     the RD of the VPN table the destination is in, null for unicast
 * @param nhVrf  the VRF of a leaked path's next hop
 */
record BgpRouteDetail(BgpRouter router, AddressFamily family, RouteDistinguisher rd, BgpTable.NexthopVrf nhVrf) {

    private boolean valid(BgpPath p) {
        return BgpTable.valid(router, p);
    }

    /** Paths this router made: its own, and those leaked between a VRF and VPN (FRR's peer_self). */
    private static boolean self(BgpPath p) {
        return p.isLocal() || p.localOrigin() == LocalOrigin.IMPORTED;
    }

    /** The IGP metric of the next hop; FRR 8.4 shows none for VPN paths. */
    private long igpMetric(BgpPath p) {
        return family.isVpn() || p.isLocal() ? 0 : router.nexthopView().metric(p.nextHop());
    }

    private String entry(Destination d) {
        return rd == null ? d.prefix().toString() : RouteDistinguishers.format(rd) + ":" + d.prefix();
    }

    /** Peers that were sent the destination's best path (FRR's bgp_adj_out_lookup). */
    private List<Peer> advertisedTo(Destination d) {
        Nlri key = rd == null ? d.prefix() : VpnPrefix.withdrawal(rd, d.prefix());
        return router.peerList().stream().filter(p -> p.negotiated(family) && router.advertised(p, family, key))
                .toList();
    }

    // ---- text ----------------------------------------------------------------------------------------------

    void text(StringBuilder sb, Destination d) {
        sb.append("BGP routing table entry for ").append(entry(d)).append(", version ")
                .append(router.tableVersion()).append('\n');
        if (family.isVpn()) {
            sb.append("not allocated\n");
        }
        List<BgpPath> paths = d.paths();
        int bestIndex = paths.indexOf(d.best()) + 1;
        sb.append("Paths: (").append(paths.size()).append(" available");
        if (bestIndex > 0) {
            sb.append(", best #").append(bestIndex);
            if (!family.isVpn()) {
                sb.append(router.vrf() == null ? ", table default" : ", vrf " + router.vrf());
            }
        } else {
            sb.append(", no best path");
        }
        sb.append(")\n");
        List<Peer> to = advertisedTo(d);
        if (to.isEmpty()) {
            sb.append("  Not advertised to any peer\n");
        } else {
            sb.append("  Advertised to non peer-group peers:\n ");
            for (Peer p : to) {
                sb.append(' ').append(p.name());
            }
            sb.append('\n');
        }
        for (BgpPath p : paths) {
            pathText(sb, d, p);
        }
    }

    private void pathText(StringBuilder sb, Destination d, BgpPath p) {
        String path = p.asPath().toString();
        sb.append("  ").append(path.isEmpty() ? "Local" : path);
        if (fromReflectorClient(p)) {
            sb.append(", (Received from a RR-client)");
        }
        sb.append('\n');
        sb.append("    ").append(p.nextHopText());
        if (!valid(p)) {
            sb.append(" (inaccessible)");
        } else if (igpMetric(p) > 0) {
            sb.append(" (metric ").append(igpMetric(p)).append(')');
        }
        if (self(p)) {
            sb.append(" from ").append(family.afi() == AddressFamily.AFI_IPV6 ? "::" : "0.0.0.0").append(" (")
                    .append(Ipv4Addresses.format(router.routerId())).append(')');
        } else {
            sb.append(" from ").append(p.source().addressText()).append(" (")
                    .append(Ipv4Addresses.format(p.effectiveRouterId())).append(')');
        }
        BgpTable.Vrf vrf = nhVrf.of(p);
        if (vrf != null) {
            sb.append(vrf.id() < 0 ? " vrf ?" : " vrf " + vrf.name() + "(" + vrf.id() + ")");
        }
        if (vrf != null && !p.nexthopSet()) {
            sb.append(" announce-nh-self");
        }
        sb.append('\n');
        sb.append("      Origin ").append(BgpTable.originName(p));
        if (p.hasMed()) {
            sb.append(", metric ").append(p.med());
        }
        if (p.attributes().localPref() != null || p.source().isIbgp()) {
            sb.append(", localpref ").append(p.localPref());
        }
        if (p.weight() != 0) {
            sb.append(", weight ").append(p.weight());
        }
        sb.append(valid(p) ? ", valid" : ", invalid");
        if (self(p)) {
            sb.append(", sourced, local");
        } else {
            sb.append(p.source().isIbgp() ? ", internal" : ", external");
        }
        if (d.isMultipath(p)) {
            sb.append(", multipath");
        }
        if (p == d.best()) {
            sb.append(", best (").append(d.reason().text()).append(')');
        }
        sb.append('\n');
        Communities c = p.attributes().communities();
        if (c != null) {
            sb.append("      Community: ").append(c).append('\n');
        }
        ExtendedCommunities ec = p.attributes().extendedCommunities();
        if (ec != null) {
            sb.append("      Extended Community: ").append(ec).append('\n');
        }
        LargeCommunities lc = p.attributes().largeCommunities();
        if (lc != null) {
            sb.append("      Large Community: ").append(lc).append('\n');
        }
        reflectionText(sb, p);
        if (p.hasLabel()) {
            sb.append("      Remote label: ").append(p.label()).append('\n');
        }
        sb.append("      Last update: ").append(ShowFormat.ctime(p.uptimeMillis())).append('\n');
    }

    /** FRR's "Originator: X, Cluster list: Y " line (each cluster id followed by a space, as FRR prints them). */
    private static void reflectionText(StringBuilder sb, BgpPath p) {
        OriginatorId o = p.originatorId();
        ClusterList c = p.clusterList();
        if (o == null && c == null) {
            return;
        }
        if (o != null) {
            sb.append("      Originator: ").append(o);
        }
        if (c != null) {
            sb.append(", Cluster list: ");
            for (int id : c.ids()) {
                sb.append(Ipv4Addresses.format(id)).append(' ');
            }
        }
        sb.append('\n');
    }

    /** Whether the path came from one of our route-reflector clients. */
    private boolean fromReflectorClient(BgpPath p) {
        if (!p.source().isIbgp() || family.isVpn()) {
            return false;
        }
        for (Peer peer : router.peerList()) {
            if (peer.source() == p.source()) {
                return router.reflectorClient(peer, family);
            }
        }
        return false;
    }

    // ---- json ----------------------------------------------------------------------------------------------

    /** The destination's fields (prefix, version, advertisedTo, paths) into an open object. */
    void json(JsonWriter w, Destination d) {
        w.field("prefix", d.prefix().toString()).field("version", router.tableVersion());
        List<Peer> to = advertisedTo(d);
        if (!to.isEmpty()) {
            w.name("advertisedTo").beginObject();
            for (Peer p : to) {
                w.name(p.name()).beginObject();
                if (p.peerHostname() != null) {
                    w.field("hostname", p.peerHostname());
                }
                w.endObject();
            }
            w.endObject();
        }
        w.name("paths").beginArray();
        for (BgpPath p : d.paths()) {
            pathJson(w, d, p);
        }
        w.endArray();
    }

    private void pathJson(JsonWriter w, Destination d, BgpPath p) {
        w.beginObject();
        asPath(w, p.asPath());
        BgpTable.Vrf vrf = nhVrf.of(p);
        if (vrf != null) {
            w.field("nhVrfName", vrf.name()).field("nhVrfId", vrf.id());
        }
        if (vrf != null && !p.nexthopSet()) {
            w.field("announceNexthopSelf", true);
        }
        w.field("origin", BgpTable.originName(p));
        if (p.hasMed()) {
            w.field("metric", p.med());
        }
        if (p.attributes().localPref() != null || p.source().isIbgp()) {
            w.field("locPrf", p.localPref());
        }
        if (p.weight() != 0) {
            w.field("weight", p.weight());
        }
        w.field("valid", valid(p));
        if (self(p)) {
            w.field("sourced", true).field("local", true);
        }
        if (fromReflectorClient(p)) {
            w.field("rxedFromRrClient", true);
        }
        if (d.isMultipath(p)) {
            w.field("multipath", true);
        }
        if (p == d.best()) {
            w.name("bestpath").beginObject().field("overall", true)
                    .field("selectionReason", d.reason().text()).endObject();
        }
        Communities c = p.attributes().communities();
        if (c != null) {
            w.name("community").beginObject().field("string", c.toString()).endObject();
        }
        ExtendedCommunities ec = p.attributes().extendedCommunities();
        if (ec != null) {
            w.name("extendedCommunity").beginObject().field("string", ec.toString()).endObject();
        }
        LargeCommunities lc = p.attributes().largeCommunities();
        if (lc != null) {
            w.name("largeCommunity").beginObject().field("string", lc.toString()).endObject();
        }
        OriginatorId o = p.originatorId();
        if (o != null) {
            w.field("originatorId", o.toString());
        }
        ClusterList cl = p.clusterList();
        if (cl != null) {
            w.name("clusterList").beginObject().name("list").beginArray();
            for (int id : cl.ids()) {
                w.value(Ipv4Addresses.format(id));
            }
            w.endArray().endObject();
        }
        if (p.hasLabel()) {
            w.field("remoteLabel", p.label());
        }
        w.name("lastUpdate").beginObject().field("epoch", p.uptimeMillis() / 1000)
                .field("string", ShowFormat.ctime(p.uptimeMillis()) + "\n").endObject();
        w.name("nexthops").beginArray().beginObject();
        w.field("ip", p.nextHopText());
        boolean v6 = p.nextHop().length == 16;
        w.field("afi", v6 ? "ipv6" : "ipv4");
        if (v6) {
            w.field("scope", "global");
        }
        if (valid(p)) {
            w.field("metric", igpMetric(p)).field("accessible", true);
        } else {
            w.field("accessible", false);
        }
        w.field("used", true);
        w.endObject().endArray();
        w.name("peer").beginObject();
        if (self(p)) {
            w.field("peerId", family.afi() == AddressFamily.AFI_IPV6 ? "::" : "0.0.0.0")
                    .field("routerId", Ipv4Addresses.format(router.routerId()));
        } else {
            // FRR's JSON gives the peer's BGP Identifier here (the text line shows the originator instead)
            w.field("peerId", p.source().addressText())
                    .field("routerId", Ipv4Addresses.format(p.source().routerId()))
                    .field("type", p.source().isIbgp() ? "internal" : "external");
        }
        w.endObject();
        w.endObject();
    }

    private static void asPath(JsonWriter w, AsPath path) {
        w.name("aspath").beginObject();
        w.field("string", path.segments().isEmpty() ? "Local" : path.toString());
        w.name("segments").beginArray();
        for (AsPathSegment s : path.segments()) {
            w.beginObject();
            w.field("type", s.isSet() ? "as-set" : "as-sequence");
            w.name("list").beginArray();
            for (int i = 0; i < s.size(); i++) {
                w.value(Integer.toUnsignedLong(s.asn(i)));
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.field("length", path.pathLength());
        w.endObject();
    }
}
