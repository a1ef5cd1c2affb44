package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.rib.DecisionProcess;
import dev.ferry.bgpd.runtime.BgpRouter;
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
        sb.append(valid(r, p) ? '*' : ' ').append(p == d.best() ? '>' : d.isMultipath(p) ? '=' : ' ')
                .append(p.source().isIbgp() ? 'i' : ' ');
        sb.append(ShowFormat.column(first ? d.prefix().toString() : "", 17, 20));
        Vrf vrf = nhVrf.of(p);
        String nh = p.nextHopText() + (vrf == null ? "" : "@" + (vrf.id() < 0 ? "?" : vrf.id())
                + (p.nexthopSet() ? "" : "<"));
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
                if (d.isMultipath(p)) {
                    w.field("multipath", true);
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
                    if (!p.nexthopSet()) {
                        w.field("announceNexthopSelf", true);
                    }
                    w.field("nhVrfName", vrf.name()).field("nhVrfId", vrf.id());
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
        Destination d = match(r.rib(f), new IpPrefix(address, address.length * 8), false);
        return d == null ? null : d.prefix().toIpPrefix();
    }

    /**
     * The destination of {@code match} ({@code exact}), or of the longest prefix that covers it (FRR's
     * bgp_node_match); null if none.
     */
    static Destination match(dev.ferry.bgpd.rib.RibTable t, IpPrefix match, boolean exact) {
        if (t == null) {
            return null;
        }
        Destination best = null;
        for (Destination d : t.destinations()) {
            IpPrefix p = d.prefix().toIpPrefix();
            if (p.address().length != match.address().length || p.length() > match.length()
                    || (exact && p.length() != match.length()) || !covers(p, match.address())) {
                continue;
            }
            if (best == null || p.length() > best.prefix().length()) {
                best = d;
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
        new BgpRouteDetail(r, f, null, NexthopVrf.NONE).text(sb, d);
        return sb.toString();
    }

    static String prefixJson(BgpRouter r, AddressFamily f, Prefix prefix) {
        Destination d = r.rib(f).get(prefix);
        JsonWriter w = new JsonWriter().beginObject();
        if (d != null) {
            new BgpRouteDetail(r, f, null, NexthopVrf.NONE).json(w, d);
        }
        return w.endObject().toString();
    }
}
