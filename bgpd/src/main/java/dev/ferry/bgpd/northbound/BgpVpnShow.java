package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.ExtendedCommunity;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.RouteDistinguishers;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.RibTable;
import dev.ferry.bgpd.rib.VpnTable;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.BgpService;
import dev.ferry.bgpd.runtime.Peer;
import dev.ferry.bgpd.runtime.VpnLabels;
import dev.ferry.lib.json.JsonWriter;
import dev.ferry.lib.net.IpPrefix;
import java.util.List;

/**
 * The L3VPN views, as FRR 8.4 prints them: the VPN table with its "Route Distinguisher:" blocks and the line
 * under each path with the next hop, route targets and label (`show bgp ipv4|ipv6 vpn [json]`), a VRF
 * instance's table (`show ip bgp vrf NAME`), `show bgp vrfs` and `show bgp labelpool summary`. VRF ids are the
 * VRF devices' ifindexes as zebra reports them, -1 while a VRF has no device (FRR's VRF_UNKNOWN).
 */
final class BgpVpnShow {
    /** The second line of each `show bgp vrfs` row: no L3VNI, router MAC or interface without EVPN. */
    private static final String VRFS_EVPN_LINE =
            "             0                 00:00:00:00:00:00      unknown             \n";
    /** FRR's subtype of routes leaked between a VRF and VPN (BGP_ROUTE_IMPORTED). */
    private static final int SUBTYPE_IMPORTED = 5;

    private BgpVpnShow() {
    }

    static long vrfId(BgpService s, BgpRouter r) {
        if (r.vrf() == null) {
            return 0;
        }
        int ifindex = s.vrfIfindex(r.vrf());
        return ifindex == 0 ? -1 : ifindex;
    }

    /**
     * In a VRF table, imported paths' next hops are in the default VRF (id 0), or for a route of another VRF of
     * this router (`import vrf`), in that VRF.
     */
    private static BgpTable.NexthopVrf inVrf(BgpService s) {
        return p -> {
            if (p.isLocal() || p.localOrigin() != LocalOrigin.IMPORTED) {
                return null;
            }
            if (p.nexthopVrf() == null) {
                return new BgpTable.Vrf(0, "default");
            }
            BgpRouter from = s.vrfRouter(p.nexthopVrf());
            return new BgpTable.Vrf(from == null ? -1 : vrfId(s, from), p.nexthopVrf());
        };
    }

    /** In the VPN table, exported paths' next hops are in the exporting VRF. */
    private static BgpTable.NexthopVrf inVpn(BgpService s) {
        return p -> {
            if (!p.isLocal() || p.localOrigin() != LocalOrigin.IMPORTED) {
                return null;
            }
            String vrf = s.exportingVrf(p.source());
            BgpRouter r = vrf == null ? null : s.vrfRouter(vrf);
            return r == null ? new BgpTable.Vrf(-1, "unknown") : new BgpTable.Vrf(vrfId(s, r), vrf);
        };
    }

    // ---- VRF tables ------------------------------------------------------------------------------------------

    static String vrfTable(BgpService s, BgpRouter r, AddressFamily f, boolean json) {
        String name = r.vrf() == null ? "default" : r.vrf();
        if (json) {
            return BgpTable.json(r, f, vrfId(s, r), name, inVrf(s));
        }
        return BgpTable.text(r, f, vrfId(s, r), inVrf(s));
    }

    // ---- the VPN table -----------------------------------------------------------------------------------------

    /** The RDs to show: all, or the one asked for if it has routes. */
    private static List<RouteDistinguisher> rds(VpnTable t, RouteDistinguisher only) {
        if (t == null) {
            return List.of();
        }
        return only == null ? t.rds() : t.rds().stream().filter(only::equals).toList();
    }

    /** The VPN table, or the part of one RD ({@code only}, null for all), as bgp_show_table_rd prints it. */
    static String vpnText(BgpService s, BgpRouter r, AddressFamily f, RouteDistinguisher only) {
        VpnTable t = r.vpnRib(f);
        List<RouteDistinguisher> rds = rds(t, only);
        if (rds.isEmpty()) {
            return "No BGP prefixes displayed, 0 exist\n";
        }
        StringBuilder sb = new StringBuilder();
        BgpTable.header(sb, r, 0);
        BgpTable.NexthopVrf nhVrf = inVpn(s);
        int routes = 0;
        int paths = 0;
        for (RouteDistinguisher rd : rds) {
            RibTable table = t.rd(rd);
            sb.append("Route Distinguisher: ").append(RouteDistinguishers.format(rd)).append('\n');
            for (Destination d : table.sorted()) {
                routes++;
                boolean first = true;
                for (BgpPath p : d.paths()) {
                    paths++;
                    BgpTable.pathLine(sb, r, d, p, first, nhVrf);
                    first = false;
                    vncLine(sb, p);
                }
            }
        }
        sb.append("\nDisplayed  ").append(routes).append(" routes and ").append(paths).append(" total paths\n");
        return sb.toString();
    }

    /**
     * One prefix of the VPN table in detail, in each RD (or the one asked for) where {@code match} finds it:
     * exactly, or the longest prefix covering it.
     */
    static String vpnRouteText(BgpService s, BgpRouter r, AddressFamily f, RouteDistinguisher only, IpPrefix match,
            boolean exact) {
        StringBuilder sb = new StringBuilder();
        VpnTable t = r.vpnRib(f);
        for (RouteDistinguisher rd : rds(t, only)) {
            Destination d = BgpTable.match(t.rd(rd), match, exact);
            if (d != null && !d.paths().isEmpty()) {
                new BgpRouteDetail(r, f, rd, inVpn(s)).text(sb, d);
            }
        }
        return sb.isEmpty() ? "% Network not in table\n" : sb.toString();
    }

    /** The same as JSON: one object per RD with a match, keyed by the RD. */
    static String vpnRouteJson(BgpService s, BgpRouter r, AddressFamily f, RouteDistinguisher only, IpPrefix match,
            boolean exact) {
        JsonWriter w = new JsonWriter().beginObject();
        VpnTable t = r.vpnRib(f);
        for (RouteDistinguisher rd : rds(t, only)) {
            Destination d = BgpTable.match(t.rd(rd), match, exact);
            if (d != null && !d.paths().isEmpty()) {
                w.name(RouteDistinguishers.format(rd)).beginObject();
                new BgpRouteDetail(r, f, rd, inVpn(s)).json(w, d);
                w.endObject();
            }
        }
        return w.endObject().toString();
    }

    /** FRR's rfapi_vty_out_vncinfo line: "    UN=2.2.2.2 EC{10:100} label=80 type=bgp, subtype=0". */
    private static void vncLine(StringBuilder sb, BgpPath p) {
        sb.append("    UN=").append(p.nextHopText());
        ExtendedCommunities ec = p.attributes().extendedCommunities();
        if (ec != null) {
            StringBuilder e = new StringBuilder();
            for (long v : ec.values()) {
                String text = ExtendedCommunity.format(v);
                if (text.startsWith("RT:")) {
                    text = text.substring(3);
                }
                e.append(e.isEmpty() ? "" : " ").append(text);
            }
            sb.append(" EC{").append(e).append('}');
        }
        if (p.hasLabel()) {
            sb.append(" label=").append(p.label());
        }
        sb.append(" type=bgp, subtype=").append(p.localOrigin() == LocalOrigin.IMPORTED ? SUBTYPE_IMPORTED : 0)
                .append('\n');
    }

    /**
     * The VPN table (or one RD's part) as JSON. An RD without routes prints nothing, as in FRR; an RD that is
     * not the table's last gets its closing braces (FRR 8.4 leaves that JSON unterminated).
     */
    static String vpnJson(BgpService s, BgpRouter r, AddressFamily f, RouteDistinguisher only) {
        VpnTable t = r.vpnRib(f);
        List<RouteDistinguisher> rds = rds(t, only);
        if (only != null && rds.isEmpty()) {
            return "";
        }
        JsonWriter w = new JsonWriter().beginObject();
        w.field("vrfId", 0).field("vrfName", "default").field("tableVersion", r.tableVersion())
                .field("routerId", Ipv4Addresses.format(r.routerId())).field("defaultLocPrf", 100)
                .field("localAS", r.asn());
        w.name("routes").beginObject();
        w.name("routeDistinguishers").beginObject();
        for (RouteDistinguisher rd : rds) {
            w.name(RouteDistinguishers.format(rd)).beginObject();
            BgpTable.destinationsJson(w, r, f, t.rd(rd).sorted(), inVpn(s), BgpVpnShow::labelsJson);
            w.endObject();
        }
        w.endObject();
        w.endObject();
        w.endObject();
        return w.toString();
    }

    /** What FRR's JSON adds for a labelled path: the remote label and the route targets. */
    private static void labelsJson(JsonWriter w, BgpPath p) {
        if (p.hasLabel()) {
            w.field("remoteLabel", p.label());
        }
        ExtendedCommunities ec = p.attributes().extendedCommunities();
        if (ec != null) {
            w.name("extendedCommunity").beginObject().field("string", ec.toString()).endObject();
        }
    }

    // ---- VRFs and the label pool -------------------------------------------------------------------------------

    static String vrfs(BgpService s, boolean json) {
        BgpRouter def = s.router();
        List<BgpRouter> vrfs = s.vrfRouters();
        int total = (def == null ? 0 : 1) + vrfs.size();
        if (json) {
            JsonWriter w = new JsonWriter().beginObject();
            w.name("vrfs").beginObject();
            if (def != null) {
                vrfJson(w, s, def);
            }
            for (BgpRouter r : vrfs) {
                vrfJson(w, s, r);
            }
            w.endObject();
            w.field("totalVrfs", total);
            return w.endObject().toString();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Type  Id     routerId          #PeersCfg  #PeersEstb  Name                                 \n");
        sb.append("             L3-VNI            RouterMAC              Interface\n");
        if (def != null) {
            vrfRow(sb, s, def);
        }
        for (BgpRouter r : vrfs) {
            vrfRow(sb, s, r);
        }
        sb.append("\nTotal number of VRFs (including default): ").append(total).append('\n');
        return sb.toString();
    }

    private static void vrfRow(StringBuilder sb, BgpService s, BgpRouter r) {
        long established = r.peerList().stream().filter(Peer::isEstablished).count();
        sb.append(String.format("%4s  %-5d  %-16s  %-9d  %-10d  %-37s%n", r.vrf() == null ? "DFLT" : "VRF",
                vrfId(s, r), Ipv4Addresses.format(r.routerId()), r.peerList().size(), established,
                r.vrf() == null ? "default" : r.vrf()));
        sb.append(VRFS_EVPN_LINE);
    }

    private static void vrfJson(JsonWriter w, BgpService s, BgpRouter r) {
        w.name(r.vrf() == null ? "default" : r.vrf()).beginObject();
        w.field("type", r.vrf() == null ? "DFLT" : "VRF");
        w.field("vrfId", vrfId(s, r));
        w.field("routerId", Ipv4Addresses.format(r.routerId()));
        w.field("numConfiguredPeers", r.peerList().size());
        w.field("numEstablishedPeers", r.peerList().stream().filter(Peer::isEstablished).count());
        w.field("l3vni", 0).field("rmac", "00:00:00:00:00:00").field("interface", "unknown");
        w.endObject();
    }

    static String labelPool(BgpService s, boolean json) {
        VpnLabels l = s.labels();
        int inUse = l == null ? 0 : l.inUse();
        int requests = l == null ? 0 : l.waitingCount();
        int chunks = l == null ? 0 : l.chunkCount();
        int pending = l == null ? 0 : l.pendingChunks();
        if (json) {
            return new JsonWriter().beginObject().field("ledger", inUse).field("inUse", inUse)
                    .field("requests", requests).field("labelChunks", chunks).field("pending", pending)
                    .field("reconnects", 0).endObject().toString();
        }
        return "Labelpool Summary\n-----------------\n"
                + String.format("%-13s %d%n", "Ledger:", inUse)
                + String.format("%-13s %d%n", "InUse:", inUse)
                + String.format("%-13s %d%n", "Requests:", requests)
                + String.format("%-13s %d%n", "LabelChunks:", chunks)
                + String.format("%-13s %d%n", "Pending:", pending)
                + String.format("%-13s %d%n", "Reconnects:", 0);
    }
}
