package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AsPathSegment;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.rib.DecisionProcess;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.Peer;
import dev.ferry.lib.json.JsonWriter;
import dev.ferry.lib.net.IpPrefix;
import java.util.List;

/** `show bgp ipv4|ipv6 unicast [PREFIX] [json]`, FRR 8.4's route_vty_out and route_vty_out_detail layouts. */
final class BgpTable {
    static final String HEADER = """
            Status codes:  s suppressed, d damped, h history, * valid, > best, = multipath,
                           i internal, r RIB-failure, S Stale, R Removed
            Nexthop codes: @NNN nexthop's vrf id, < announce-nh-self
            Origin codes:  i - IGP, e - EGP, ? - incomplete
            RPKI validation codes: V valid, I invalid, N Not found

            """;

    private BgpTable() {
    }

    static boolean valid(BgpRouter r, BgpPath p) {
        return DecisionProcess.valid(p, r.nexthopView());
    }

    /**
     * How a path's next hop is marked: "@N<" (FRR's "@NNN nexthop's vrf id, < announce-nh-self") for a path
     * leaked from another VRF, "" otherwise.
     */
    @FunctionalInterface
    interface NexthopVrf {
        /** The VRF the next hop is in (id and name), or null when it is the table's own VRF. */
        Vrf of(BgpPath p);

        NexthopVrf NONE = p -> null;
    }

    /** A VRF as the tables name it: FRR's vrf id (-1 when unknown) and name. */
    record Vrf(long id, String name) {
    }

    static String text(BgpRouter r, AddressFamily f) {
        return text(r, f, 0, NexthopVrf.NONE);
    }

    /** The unicast table of an instance whose VRF has id {@code vrfId}. */
    static String text(BgpRouter r, AddressFamily f, long vrfId, NexthopVrf nhVrf) {
        List<Destination> dests = r.rib(f).sorted();
        if (dests.isEmpty()) {
            return "No BGP prefixes displayed, 0 exist\n";
        }
        StringBuilder sb = new StringBuilder();
        header(sb, r, vrfId);
        int paths = 0;
        for (Destination d : dests) {
            boolean first = true;
            for (BgpPath p : d.paths()) {
                paths++;
                pathLine(sb, r, d, p, first, nhVrf);
                first = false;
            }
        }
        sb.append("\nDisplayed  ").append(dests.size()).append(" routes and ").append(paths)
                .append(" total paths\n");
        return sb.toString();
    }

    static void header(StringBuilder sb, BgpRouter r, long vrfId) {
        sb.append("BGP table version is ").append(r.tableVersion()).append(", local router ID is ")
                .append(Ipv4Addresses.format(r.routerId())).append(", vrf id ").append(vrfId).append('\n');
        sb.append("Default local pref 100, local AS ").append(r.asn()).append('\n');
        sb.append(HEADER);
        sb.append("   Network          Next Hop            Metric LocPrf Weight Path\n");
    }

    /** One path as route_vty_out prints it. */
    static void pathLine(StringBuilder sb, BgpRouter r, Destination d, BgpPath p, boolean first, NexthopVrf nhVrf) {
        sb.append(valid(r, p) ? '*' : ' ').append(p == d.best() ? '>' : ' ')
                .append(p.source().isIbgp() ? 'i' : ' ');
        sb.append(ShowFormat.column(first ? d.prefix().toString() : "", 17, 20));
        Vrf vrf = nhVrf.of(p);
        String nh = p.nextHopText() + (vrf == null ? "" : "@" + (vrf.id() < 0 ? "?" : vrf.id()) + "<");
        sb.append(ShowFormat.column(nh, 16, 36));
        sb.append(p.hasMed() ? String.format("%10d", p.med()) : " ".repeat(10));
        sb.append(p.attributes().localPref() != null ? String.format("%7d", p.localPref()) : " ".repeat(7));
        sb.append(String.format("%7d", p.weight())).append(' ');
        String path = p.asPath().toString();
        sb.append(path.isEmpty() ? "" : path + " ").append(originCode(p)).append('\n');
    }

    static String originCode(BgpPath p) {
        return switch (p.origin()) {
            case 0 -> "i";
            case 1 -> "e";
            default -> "?";
        };
    }

    static String originName(BgpPath p) {
        return switch (p.origin()) {
            case 0 -> "IGP";
            case 1 -> "EGP";
            default -> "incomplete";
        };
    }

    static String pathFrom(BgpPath p) {
        return p.source().isIbgp() ? "internal" : "external";
    }

    static String json(BgpRouter r, AddressFamily f) {
        return json(r, f, 0, "default", NexthopVrf.NONE);
    }

    /** The unicast table of an instance as JSON; {@code vrfNames} names the VRF ids {@code nhVrf} gives. */
    static String json(BgpRouter r, AddressFamily f, long vrfId, String vrfName, NexthopVrf nhVrf) {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("vrfId", vrfId).field("vrfName", vrfName).field("tableVersion", r.tableVersion())
                .field("routerId", Ipv4Addresses.format(r.routerId())).field("defaultLocPrf", 100)
                .field("localAS", r.asn());
        w.name("routes").beginObject();
        List<Destination> dests = r.rib(f).sorted();
        int paths = destinationsJson(w, r, f, dests, nhVrf, (x, p) -> { });
        w.endObject();
        w.field("totalRoutes", dests.size()).field("totalPaths", paths);
        w.endObject();
        return w.toString();
    }

    /** Each destination as "prefix": [paths], {@code extra} adding fields to each path; returns the paths. */
    static int destinationsJson(JsonWriter w, BgpRouter r, AddressFamily f, List<Destination> dests,
            NexthopVrf nhVrf, java.util.function.BiConsumer<JsonWriter, BgpPath> extra) {
        int paths = 0;
        for (Destination d : dests) {
            w.name(d.prefix().toString()).beginArray();
            for (BgpPath p : d.paths()) {
                paths++;
                w.beginObject();
                if (valid(r, p)) {
                    w.field("valid", true);
                }
                if (p == d.best()) {
                    w.field("bestpath", true);
                    w.field("selectionReason", d.reason().text());
                }
                w.field("pathFrom", pathFrom(p));
                IpPrefix ip = d.prefix().toIpPrefix();
                w.field("prefix", ip.addressText()).field("prefixLen", ip.length())
                        .field("network", d.prefix().toString());
                if (p.hasMed()) {
                    w.field("metric", p.med());
                }
                if (p.attributes().localPref() != null) {
                    w.field("locPrf", p.localPref());
                }
                w.field("weight", p.weight());
                w.field("peerId", p.isLocal() ? "(unspec)" : p.source().addressText());
                w.field("path", p.asPath().toString());
                w.field("origin", originName(p));
                Vrf vrf = nhVrf.of(p);
                if (vrf != null) {
                    w.field("announceNexthopSelf", true).field("nhVrfName", vrf.name()).field("nhVrfId", vrf.id());
                }
                extra.accept(w, p);
                w.name("nexthops").beginArray().beginObject();
                w.field("ip", p.nextHopText());
                w.field("afi", f.afi() == AddressFamily.AFI_IPV4 ? "ipv4" : "ipv6");
                if (f.afi() == AddressFamily.AFI_IPV6) {
                    w.field("scope", "global");
                }
                w.field("used", true);
                w.endObject().endArray();
                w.endObject();
            }
            w.endArray();
        }
        return paths;
    }

    /** The most specific prefix in the table that holds {@code address}, or null. */
    static IpPrefix longestMatch(BgpRouter r, AddressFamily f, byte[] address) {
        IpPrefix best = null;
        for (Destination d : r.rib(f).destinations()) {
            IpPrefix p = d.prefix().toIpPrefix();
            if (p.address().length == address.length && covers(p, address)
                    && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best;
    }

    private static boolean covers(IpPrefix p, byte[] a) {
        return new IpPrefix(a, p.length()).masked().equals(p.masked());
    }

    static String prefixText(BgpRouter r, AddressFamily f, Prefix prefix) {
        Destination d = r.rib(f).get(prefix);
        if (d == null) {
            return "% Network not in table\n";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("BGP routing table entry for ").append(prefix).append(", version ").append(r.tableVersion())
                .append('\n');
        List<BgpPath> paths = d.paths();
        int bestIndex = paths.indexOf(d.best()) + 1;
        sb.append("Paths: (").append(paths.size()).append(" available");
        if (bestIndex > 0) {
            sb.append(", best #").append(bestIndex);
        }
        sb.append(", table default)\n");
        List<Peer> to = advertisedTo(r, f, prefix);
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
            String path = p.asPath().toString();
            sb.append("  ").append(path.isEmpty() ? "Local" : path).append('\n');
            String from = p.isLocal() ? "0.0.0.0" : p.source().addressText();
            sb.append("    ").append(p.nextHopText()).append(" from ").append(from).append(" (")
                    .append(Ipv4Addresses.format(p.effectiveRouterId())).append(")\n");
            sb.append("      Origin ").append(originName(p));
            if (p.hasMed()) {
                sb.append(", metric ").append(p.med());
            }
            if (p.attributes().localPref() != null || p.source().isIbgp()) {
                sb.append(", localpref ").append(p.localPref());
            }
            sb.append(", weight ").append(p.weight());
            if (valid(r, p)) {
                sb.append(", valid");
            }
            sb.append(p.isLocal() ? ", sourced, local" : p.source().isIbgp() ? ", internal" : ", external");
            if (p == d.best()) {
                sb.append(", best (").append(d.reason().text()).append(')');
            }
            sb.append('\n');
            sb.append("      Last update: ").append(ShowFormat.ctime(p.uptimeMillis())).append('\n');
        }
        return sb.toString();
    }

    private static List<Peer> advertisedTo(BgpRouter r, AddressFamily f, Prefix prefix) {
        return r.peerList().stream().filter(p -> p.negotiated(f) && p.sentCount(f) > 0
                && r.advertised(p, f, prefix)).toList();
    }

    static String prefixJson(BgpRouter r, AddressFamily f, Prefix prefix) {
        Destination d = r.rib(f).get(prefix);
        JsonWriter w = new JsonWriter().beginObject();
        if (d == null) {
            return w.endObject().toString();
        }
        w.field("prefix", prefix.toString()).field("version", r.tableVersion());
        w.name("advertisedTo").beginObject();
        for (Peer p : advertisedTo(r, f, prefix)) {
            w.name(p.name()).beginObject();
            if (p.peerHostname() != null) {
                w.field("hostname", p.peerHostname());
            }
            w.endObject();
        }
        w.endObject();
        w.name("paths").beginArray();
        for (BgpPath p : d.paths()) {
            w.beginObject();
            asPath(w, p.asPath());
            w.field("origin", originName(p));
            if (p.hasMed()) {
                w.field("metric", p.med());
            }
            if (p.attributes().localPref() != null || p.source().isIbgp()) {
                w.field("locPrf", p.localPref());
            }
            w.field("weight", p.weight());
            if (valid(r, p)) {
                w.field("valid", true);
            }
            if (p.isLocal()) {
                w.field("sourced", true).field("local", true);
            }
            if (p == d.best()) {
                w.name("bestpath").beginObject().field("overall", true)
                        .field("selectionReason", d.reason().text()).endObject();
            }
            w.name("lastUpdate").beginObject().field("epoch", p.uptimeMillis() / 1000)
                    .field("string", ShowFormat.ctime(p.uptimeMillis()) + "\n").endObject();
            w.name("nexthops").beginArray().beginObject();
            w.field("ip", p.nextHopText());
            w.field("afi", f.afi() == AddressFamily.AFI_IPV4 ? "ipv4" : "ipv6");
            if (!p.isLocal()) {
                w.field("metric", r.nexthopView().metric(p.nextHop()));
            }
            w.field("accessible", valid(r, p));
            w.field("used", true);
            w.endObject().endArray();
            PathSource s = p.source();
            w.name("peer").beginObject();
            w.field("peerId", p.isLocal() ? "0.0.0.0" : s.addressText());
            w.field("routerId", Ipv4Addresses.format(p.effectiveRouterId()));
            if (!p.isLocal()) {
                w.field("type", s.isIbgp() ? "internal" : "external");
            }
            w.endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
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
