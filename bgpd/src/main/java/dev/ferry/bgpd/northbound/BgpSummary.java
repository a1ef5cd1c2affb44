package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.rib.VpnTable;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.Peer;
import dev.ferry.lib.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/** `show bgp summary`, as FRR 8.4's bgp_show_summary prints it (one section per family with neighbors). */
final class BgpSummary {
    /** FRR's per-peer memory figure is its struct size; ours is an estimate of a peer's state. */
    private static final long PEER_MEMORY = 4096;
    private static final long ROUTE_MEMORY = 160;

    private BgpSummary() {
    }

    static String familyName(AddressFamily f) {
        return (f.afi() == AddressFamily.AFI_IPV4 ? "IPv4" : "IPv6") + (f.isVpn() ? " VPN" : " Unicast");
    }

    static String familyKey(AddressFamily f) {
        return (f.afi() == AddressFamily.AFI_IPV4 ? "ipv4" : "ipv6") + (f.isVpn() ? "Vpn" : "Unicast");
    }

    /** RIB entries of a family: prefixes, and for VPN (as FRR counts its two-level table) the RDs too. */
    static int ribCount(BgpRouter r, AddressFamily f) {
        if (f.isVpn()) {
            VpnTable t = r.vpnRib(f);
            return t == null ? 0 : t.size() + t.rds().size();
        }
        return r.rib(f).size();
    }

    /** Peers configured in a family, in FRR's order. */
    static List<Peer> peersOf(BgpRouter r, AddressFamily f) {
        List<Peer> out = new ArrayList<>();
        for (Peer p : r.peerList()) {
            if (p.sessionParams().families().contains(f)) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean policyBlocked(BgpRouter r, Peer p, AddressFamily f) {
        return p.isEstablished() && r.ebgpRequiresPolicyNow(p, f);
    }

    static String text(BgpRouter r, List<AddressFamily> families) {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (AddressFamily f : families) {
            List<Peer> peers = peersOf(r, f);
            if (peers.isEmpty()) {
                continue;
            }
            any = true;
            sb.append('\n').append(familyName(f)).append(" Summary (VRF default):\n");
            sb.append("BGP router identifier ").append(Ipv4Addresses.format(r.routerId())).append(", local AS number ")
                    .append(r.asn()).append(" vrf-id 0\n");
            sb.append("BGP table version ").append(r.tableVersion()).append('\n');
            int entries = ribCount(r, f);
            sb.append("RIB entries ").append(entries).append(", using ")
                    .append(ShowFormat.memory(entries * ROUTE_MEMORY)).append(" of memory\n");
            sb.append("Peers ").append(peers.size()).append(", using ")
                    .append(ShowFormat.memory(peers.size() * PEER_MEMORY)).append(" of memory\n\n");
            sb.append("Neighbor        V         AS   MsgRcvd   MsgSent   TblVer  InQ OutQ  Up/Down State/PfxRcd   "
                    + "PfxSnt Desc\n");
            for (Peer p : peers) {
                sb.append(ShowFormat.column(p.name(), 16, 16));
                sb.append(String.format("4 %10s %9d %9d %8d %4d %4d %8s", p.sessionParams().remoteAs().kind()
                        == dev.ferry.bgpd.config.RemoteAs.Kind.SPECIFIED ? Long.toString(p.sessionParams().remoteAs()
                        .asn()) : peerAsText(p, r), p.messagesReceived(), p.messagesSent(), 0, 0, 0,
                        ShowFormat.uptime(p.upOrDownSinceMillis(), p.establishedCount() == 0)));
                if (p.isEstablished()) {
                    boolean blocked = policyBlocked(r, p, f);
                    if (!p.negotiated(f)) {
                        sb.append(" NoNeg").append("    NoNeg");
                    } else if (blocked) {
                        sb.append(String.format(" %12s %8s", "(Policy)", "(Policy)"));
                    } else {
                        sb.append(String.format(" %12d %8d", p.acceptedCount(f), p.sentCount(f)));
                    }
                } else if (p.adminDown()) {
                    sb.append(" Idle (Admin)").append(String.format(" %8d", 0));
                } else {
                    sb.append(String.format(" %12s %8d", p.state().displayName(), 0));
                }
                sb.append(" N/A\n");
            }
            sb.append("\nTotal number of neighbors ").append(peers.size()).append('\n');
        }
        if (!any) {
            return "% No BGP neighbors found in VRF default\n";
        }
        return sb.toString();
    }

    private static String peerAsText(Peer p, BgpRouter r) {
        return p.source() != null ? Long.toString(p.source().asn())
                : p.sessionParams().remoteAs().kind() == dev.ferry.bgpd.config.RemoteAs.Kind.INTERNAL
                ? Long.toString(r.asn()) : "0";
    }

    static String json(BgpRouter r, List<AddressFamily> families) {
        JsonWriter w = new JsonWriter().beginObject();
        for (AddressFamily f : families) {
            List<Peer> peers = peersOf(r, f);
            if (peers.isEmpty()) {
                continue;
            }
            w.name(familyKey(f)).beginObject();
            w.field("routerId", Ipv4Addresses.format(r.routerId()));
            w.field("as", r.asn());
            w.field("vrfId", 0);
            w.field("vrfName", "default");
            w.field("tableVersion", r.tableVersion());
            w.field("ribCount", ribCount(r, f));
            w.field("ribMemory", ribCount(r, f) * ROUTE_MEMORY);
            w.field("peerCount", peers.size());
            w.field("peerMemory", peers.size() * PEER_MEMORY);
            w.name("peers").beginObject();
            int failed = 0;
            for (Peer p : peers) {
                w.name(p.name()).beginObject();
                String host = p.peerHostname();
                if (host != null) {
                    w.field("hostname", host);
                }
                w.field("remoteAs", Long.parseLong(peerAsText(p, r).equals("0") ? "0" : peerAsText(p, r)));
                w.field("localAs", r.asn());
                w.field("version", 4);
                w.field("msgRcvd", p.messagesReceived());
                w.field("msgSent", p.messagesSent());
                w.field("tableVersion", 0);
                w.field("outq", 0);
                w.field("inq", 0);
                boolean never = p.establishedCount() == 0;
                w.field("peerUptime", ShowFormat.uptime(p.upOrDownSinceMillis(), never));
                w.field("peerUptimeMsec", never ? 0 : System.currentTimeMillis() - p.upOrDownSinceMillis());
                w.field("peerUptimeEstablishedEpoch", never ? 0 : p.upOrDownSinceMillis() / 1000);
                boolean blocked = policyBlocked(r, p, f);
                w.field("pfxRcd", p.acceptedCount(f));
                w.field("pfxSnt", p.sentCount(f));
                w.field("state", p.state().displayName());
                w.field("peerState", p.adminDown() ? "Admin" : blocked ? "Policy" : "OK");
                w.field("connectionsEstablished", p.establishedCount());
                w.field("connectionsDropped", p.droppedCount());
                w.field("idType", p.address().getAddress().length == 4 ? "ipv4" : "ipv6");
                w.endObject();
                if (!p.isEstablished()) {
                    failed++;
                }
            }
            w.endObject();
            w.field("failedPeers", failed);
            w.field("displayedPeers", peers.size());
            w.field("totalPeers", peers.size());
            w.field("dynamicPeers", 0);
            w.name("bestPath").beginObject().field("multiPathRelax", "false").endObject();
            w.endObject();
        }
        w.endObject();
        return w.toString();
    }
}
