package dev.ferry.ospfd.runtime;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.SummaryLsaV2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * `show ip ospf database [TYPE] [json]`: without a type, FRR 8.4's summary tables per area and LS type
 * (show_ip_ospf_database_summary, show_lsa_summary); with one, every LSA of that type in full
 * (show_lsa_detail and the show_*_lsa_detail functions). The formatting works on lists of LSAs, so that it is
 * tested on the database FRR flooded in the recorded capture.
 */
final class ShowDatabase {
    /** The area-scoped types of the summary, in FRR's order (OSPF_MIN_LSA up). */
    private static final int[] AREA_TYPES = {LsaTypes.V2_ROUTER, LsaTypes.V2_NETWORK, LsaTypes.V2_SUMMARY,
        LsaTypes.V2_ASBR_SUMMARY, LsaTypes.V2_NSSA, LsaTypes.V2_OPAQUE_LINK, LsaTypes.V2_OPAQUE_AREA};
    private static final String ID_HEADER = "Link ID         ADV Router      Age  Seq#       CkSum";
    private static final String OPAQUE_HEADER = "Opaque-Type/Id  ADV Router      Age  Seq#       CkSum";

    /** One area's database as the show commands read it. */
    record AreaLsas(String areaId, List<Lsa> lsas) {
    }

    private ShowDatabase() {
    }

    /** FRR's LSDB order within a type: by Link State ID, then advertising router (route table order). */
    static List<Lsa> sorted(Iterable<Lsa> lsas, int type) {
        List<Lsa> out = new ArrayList<>();
        for (Lsa l : lsas) {
            if (l.header().type() == type) {
                out.add(l);
            }
        }
        out.sort(Comparator.comparing((Lsa l) -> l.header().linkStateId(), Integer::compareUnsigned)
                .thenComparing(l -> l.header().advertisingRouter(), Integer::compareUnsigned));
        return out;
    }

    static String desc(int type) {
        return switch (type) {
            case LsaTypes.V2_ROUTER -> "Router Link States";
            case LsaTypes.V2_NETWORK -> "Net Link States";
            case LsaTypes.V2_SUMMARY -> "Summary Link States";
            case LsaTypes.V2_ASBR_SUMMARY -> "ASBR-Summary Link States";
            case LsaTypes.V2_AS_EXTERNAL -> "AS External Link States";
            case LsaTypes.V2_NSSA -> "NSSA-external Link States";
            case LsaTypes.V2_OPAQUE_LINK -> "Link-Local Opaque-LSA";
            case LsaTypes.V2_OPAQUE_AREA -> "Area-Local Opaque-LSA";
            case LsaTypes.V2_OPAQUE_AS -> "AS-external Opaque-LSA";
            default -> "unknown";
        };
    }

    static String jsonDesc(int type) {
        return switch (type) {
            case LsaTypes.V2_ROUTER -> "routerLinkStates";
            case LsaTypes.V2_NETWORK -> "networkLinkStates";
            case LsaTypes.V2_SUMMARY -> "summaryLinkStates";
            case LsaTypes.V2_ASBR_SUMMARY -> "asbrSummaryLinkStates";
            case LsaTypes.V2_AS_EXTERNAL -> "asExternalLinkStates";
            case LsaTypes.V2_NSSA -> "nssaExternalLinkStates";
            case LsaTypes.V2_OPAQUE_LINK -> "linkLocalOpaqueLsa";
            case LsaTypes.V2_OPAQUE_AREA -> "areaLocalOpaqueLsa";
            case LsaTypes.V2_OPAQUE_AS -> "asExternalOpaqueLsa";
            default -> "unknown";
        };
    }

    private static String header(int type) {
        return switch (type) {
            case LsaTypes.V2_ROUTER -> ID_HEADER + "  Link count";
            case LsaTypes.V2_SUMMARY, LsaTypes.V2_AS_EXTERNAL, LsaTypes.V2_NSSA -> ID_HEADER + "  Route";
            case LsaTypes.V2_OPAQUE_LINK, LsaTypes.V2_OPAQUE_AREA, LsaTypes.V2_OPAQUE_AS -> OPAQUE_HEADER;
            default -> ID_HEADER;
        };
    }

    // ---- summary ----

    static String summaryText(String routerId, List<AreaLsas> areas, List<Lsa> external) {
        StringBuilder sb = new StringBuilder("\n       OSPF Router with ID (").append(routerId).append(")\n\n");
        for (AreaLsas a : areas) {
            for (int type : AREA_TYPES) {
                List<Lsa> lsas = sorted(a.lsas(), type);
                if (lsas.isEmpty()) {
                    continue;
                }
                sb.append("                ").append(desc(type)).append(" (Area ").append(a.areaId())
                        .append(")\n\n").append(header(type)).append('\n');
                lsas.forEach(l -> summaryLine(sb, l));
                sb.append('\n');
            }
        }
        List<Lsa> ext = sorted(external, LsaTypes.V2_AS_EXTERNAL);
        if (!ext.isEmpty()) {
            sb.append("                ").append(desc(LsaTypes.V2_AS_EXTERNAL)).append("\n\n")
                    .append(header(LsaTypes.V2_AS_EXTERNAL)).append('\n');
            ext.forEach(l -> summaryLine(sb, l));
            sb.append('\n');
        }
        return sb.append('\n').toString();
    }

    /** show_lsa_summary: "%-15pI4" then "%-15pI4 %4d 0x%08lx 0x%04x" and the type's column. */
    private static void summaryLine(StringBuilder sb, Lsa lsa) {
        LsaHeader h = lsa.header();
        sb.append(String.format("%-15s%-15s %4d 0x%08x 0x%04x", ShowFormat.ip(h.linkStateId()),
                ShowFormat.ip(h.advertisingRouter()), h.ageSeconds(), h.sequence(), h.checksum()));
        switch (lsa.body()) {
            case RouterLsaV2 r -> sb.append(' ').append(r.links().size());
            case SummaryLsaV2 s when h.type() == LsaTypes.V2_SUMMARY -> sb.append(' ')
                    .append(prefix(h.linkStateId(), s.networkMask()));
            case ExternalLsaV2 e -> sb.append(' ').append(e.route().type2() ? "E2" : "E1").append(' ')
                    .append(prefix(h.linkStateId(), e.networkMask()))
                    .append(String.format(" [0x%x]", Integer.toUnsignedLong(e.route().routeTag())));
            default -> {
                // network and ASBR-summary LSAs have no extra column
            }
        }
        sb.append('\n');
    }

    private static String prefix(int id, int mask) {
        return ShowFormat.ip(id & mask) + "/" + ShowFormat.maskLength(mask);
    }

    static void summaryJson(JsonWriter w, String routerId, List<AreaLsas> areas, List<Lsa> external) {
        w.field("routerId", routerId).name("areas").beginObject();
        for (AreaLsas a : areas) {
            w.name(a.areaId()).beginObject();
            for (int type : AREA_TYPES) {
                List<Lsa> lsas = sorted(a.lsas(), type);
                if (!lsas.isEmpty()) {
                    summaryArray(w, type, lsas);
                }
            }
            w.endObject();
        }
        w.endObject();
        List<Lsa> ext = sorted(external, LsaTypes.V2_AS_EXTERNAL);
        if (!ext.isEmpty()) {
            summaryArray(w, LsaTypes.V2_AS_EXTERNAL, ext);
        }
    }

    private static void summaryArray(JsonWriter w, int type, List<Lsa> lsas) {
        w.name(jsonDesc(type)).beginArray();
        for (Lsa lsa : lsas) {
            LsaHeader h = lsa.header();
            w.beginObject().field("lsId", ShowFormat.ip(h.linkStateId()))
                    .field("advertisedRouter", ShowFormat.ip(h.advertisingRouter())).field("lsaAge", h.ageSeconds())
                    .field("sequenceNumber", Integer.toHexString(h.sequence()))
                    .field("checksum", Integer.toHexString(h.checksum()));
            switch (lsa.body()) {
                case RouterLsaV2 r -> w.field("numOfRouterLinks", r.links().size());
                case SummaryLsaV2 s when type == LsaTypes.V2_SUMMARY -> w.field("summaryAddress",
                        prefix(h.linkStateId(), s.networkMask()));
                case ExternalLsaV2 e -> w.field("metricType", e.route().type2() ? "E2" : "E1")
                        .field("route", prefix(h.linkStateId(), e.networkMask()))
                        .field("tag", Integer.toUnsignedLong(e.route().routeTag()));
                default -> {
                    // no extra member
                }
            }
            w.endObject();
        }
        w.endArray();
        w.field(jsonDesc(type) + "Count", lsas.size());
    }

    // ---- one type in detail ----

    /** The type a command word names, as FRR matches it ("r", "ne", "su", "a", "e"), or 0. */
    static int type(String word) {
        if (word == null) {
            return 0;
        }
        if (word.startsWith("r")) {
            return LsaTypes.V2_ROUTER;
        }
        if (word.startsWith("ne")) {
            return LsaTypes.V2_NETWORK;
        }
        if (word.startsWith("su")) {
            return LsaTypes.V2_SUMMARY;
        }
        if (word.startsWith("a")) {
            return LsaTypes.V2_ASBR_SUMMARY;
        }
        return word.startsWith("e") ? LsaTypes.V2_AS_EXTERNAL : 0;
    }

    /**
     * show_lsa_detail for one type: AS-external LSAs once, area types per area.
     *
     * @param self which advertising routers are this router (FRR's IS_LSA_SELF)
     */
    static String detailText(String routerId, int type, List<AreaLsas> areas, List<Lsa> external,
            IntPredicate self) {
        StringBuilder sb = new StringBuilder("\n       OSPF Router with ID (").append(routerId).append(")\n\n");
        if (type == LsaTypes.V2_AS_EXTERNAL) {
            sb.append("                ").append(desc(type)).append(" \n\n");
            sorted(external, type).forEach(l -> detail(sb, l, self));
        } else {
            for (AreaLsas a : areas) {
                sb.append("\n                ").append(desc(type)).append(" (Area ").append(a.areaId())
                        .append(")\n\n");
                sorted(a.lsas(), type).forEach(l -> detail(sb, l, self));
            }
        }
        return sb.toString();
    }

    private static void detail(StringBuilder sb, Lsa lsa, IntPredicate self) {
        LsaHeader h = lsa.header();
        boolean mine = self.test(h.advertisingRouter());
        boolean dna = (h.age() & LsaHeader.DO_NOT_AGE) != 0;
        sb.append("  LS age: ").append(h.ageSeconds()).append(dna ? (mine ? "(S-DNA)" : "(DNA)") : "").append('\n');
        sb.append(String.format("  Options: 0x%-2x : %s\n", h.options(), ShowFormat.options(h.options())));
        sb.append(String.format("  LS Flags: 0x%-2x \n", lsaFlags(mine)));
        if (lsa.body() instanceof RouterLsaV2 r) {
            sb.append(String.format("  Flags: 0x%x", r.flags()));
            if (r.flags() != 0) {
                sb.append(" :").append(r.isAreaBorder() ? " ABR" : "").append(r.isAsBoundary() ? " ASBR" : "")
                        .append(r.isVirtualLinkEndpoint() ? " VL-endpoint" : "");
            }
            sb.append('\n');
        }
        sb.append("  LS Type: ").append(ShowFormat.lsaType(h.type())).append('\n');
        sb.append("  Link State ID: ").append(ShowFormat.ip(h.linkStateId())).append(' ')
                .append(ShowFormat.linkStateIdMeaning(h.type())).append('\n');
        sb.append("  Advertising Router: ").append(ShowFormat.ip(h.advertisingRouter())).append('\n');
        sb.append(String.format("  LS Seq Number: %08x\n", h.sequence()));
        sb.append(String.format("  Checksum: 0x%04x\n", h.checksum()));
        sb.append("  Length: ").append(h.length()).append("\n\n");
        switch (lsa.body()) {
            case RouterLsaV2 r -> routerBody(sb, r);
            case NetworkLsaV2 n -> {
                sb.append("  Network Mask: /").append(ShowFormat.maskLength(n.networkMask())).append('\n');
                for (int router : n.attachedRouters()) {
                    sb.append("        Attached Router: ").append(ShowFormat.ip(router)).append("\n\n");
                }
            }
            case SummaryLsaV2 s -> sb.append("  Network Mask: /").append(ShowFormat.maskLength(s.networkMask()))
                    .append("\n        TOS: 0  Metric: ").append(s.metric()).append("\n\n");
            case ExternalLsaV2 e -> {
                ExternalLsaV2.Route r = e.route();
                sb.append("  Network Mask: /").append(ShowFormat.maskLength(e.networkMask())).append('\n');
                sb.append("        Metric Type: ").append(r.type2() ? "2 (Larger than any link state path)" : "1")
                        .append('\n');
                sb.append("        TOS: 0\n        Metric: ").append(r.metric()).append('\n');
                sb.append("        Forward Address: ").append(ShowFormat.ip(r.forwardingAddress())).append('\n');
                sb.append("        External Route Tag: ").append(Integer.toUnsignedLong(r.routeTag()))
                        .append("\n\n");
            }
            default -> {
                // opaque LSAs are not shown in detail
            }
        }
    }

    /** FRR's lsa->flags: SELF|SELF_CHECKED for ours, SELF_CHECKED|RECEIVED for the others. */
    static int lsaFlags(boolean self) {
        return self ? 0x3 : 0x6;
    }

    private static final String[] LINK_TYPE = {"(null)", "another Router (point-to-point)", "a Transit Network",
        "Stub Network", "a Virtual Link"};
    private static final String[] LINK_ID = {"(null)", "Neighboring Router ID", "Designated Router address", "Net",
        "Neighboring Router ID"};
    private static final String[] LINK_DATA = {"(null)", "Router Interface address", "Router Interface address",
        "Network Mask", "Router Interface address"};
    private static final String[] LINK_ID_JSON = {"null", "neighborRouterId", "designatedRouterAddress",
        "networkAddress", "neighborRouterId"};
    private static final String[] LINK_DATA_JSON = {"null", "routerInterfaceAddress", "routerInterfaceAddress",
        "networkMask", "routerInterfaceAddress"};

    private static int linkType(RouterLsaV2.Link l) {
        return l.type() >= 1 && l.type() <= 4 ? l.type() : 0;
    }

    private static void routerBody(StringBuilder sb, RouterLsaV2 r) {
        sb.append("   Number of Links: ").append(r.links().size()).append("\n\n");
        for (RouterLsaV2.Link l : r.links()) {
            int t = linkType(l);
            sb.append("    Link connected to: ").append(LINK_TYPE[t]).append('\n');
            sb.append("     (Link ID) ").append(LINK_ID[t]).append(": ").append(ShowFormat.ip(l.linkId())).append('\n');
            sb.append("     (Link Data) ").append(LINK_DATA[t]).append(": ").append(ShowFormat.ip(l.linkData()))
                    .append('\n');
            sb.append("      Number of TOS metrics: 0\n");
            sb.append("       TOS 0 Metric: ").append(l.metric()).append("\n\n");
        }
        sb.append('\n');
    }

    static void detailJson(JsonWriter w, String routerId, int type, List<AreaLsas> areas, List<Lsa> external,
            IntPredicate self) {
        w.field("routerId", routerId);
        if (type == LsaTypes.V2_AS_EXTERNAL) {
            w.name(jsonDesc(type)).beginArray();
            sorted(external, type).forEach(l -> detailJson(w, l, self));
            w.endArray();
            return;
        }
        w.name(jsonDesc(type)).beginObject().name("areas").beginObject();
        for (AreaLsas a : areas) {
            w.name(a.areaId()).beginArray();
            sorted(a.lsas(), type).forEach(l -> detailJson(w, l, self));
            w.endArray();
        }
        w.endObject().endObject();
    }

    private static void detailJson(JsonWriter w, Lsa lsa, IntPredicate self) {
        LsaHeader h = lsa.header();
        w.beginObject().field("lsaAge", h.ageSeconds()).field("options", ShowFormat.options(h.options()))
                .field("lsaFlags", lsaFlags(self.test(h.advertisingRouter())));
        if (lsa.body() instanceof RouterLsaV2 r) {
            w.field("flags", r.flags());
            if (r.isAreaBorder()) {
                w.field("abr", true);
            }
            if (r.isAsBoundary()) {
                w.field("asbr", true);
            }
            if (r.isVirtualLinkEndpoint()) {
                w.field("vlEndpoint", true);
            }
        }
        w.field("lsaType", ShowFormat.lsaType(h.type())).field("linkStateId", ShowFormat.ip(h.linkStateId()))
                .field("advertisingRouter", ShowFormat.ip(h.advertisingRouter()))
                .field("lsaSeqNumber", Integer.toHexString(h.sequence()))
                .field("checksum", Integer.toHexString(h.checksum())).field("length", h.length());
        switch (lsa.body()) {
            case RouterLsaV2 r -> {
                w.field("numOfLinks", r.links().size()).name("routerLinks").beginObject();
                for (int i = 0; i < r.links().size(); i++) {
                    RouterLsaV2.Link l = r.links().get(i);
                    int t = linkType(l);
                    w.name("link" + i).beginObject().field("linkType", LINK_TYPE[t])
                            .field(LINK_ID_JSON[t], ShowFormat.ip(l.linkId()))
                            .field(LINK_DATA_JSON[t], ShowFormat.ip(l.linkData())).field("numOfTosMetrics", 0)
                            .field("tos0Metric", l.metric()).endObject();
                }
                w.endObject();
            }
            case NetworkLsaV2 n -> {
                w.field("networkMask", ShowFormat.maskLength(n.networkMask())).name("attchedRouters").beginObject();
                for (int router : n.attachedRouters()) {
                    w.name(ShowFormat.ip(router)).beginObject().field("attachedRouterId", ShowFormat.ip(router))
                            .endObject();
                }
                w.endObject();
            }
            case SummaryLsaV2 s -> w.field("networkMask", ShowFormat.maskLength(s.networkMask()))
                    .field("tos0Metric", s.metric());
            case ExternalLsaV2 e -> w.field("networkMask", ShowFormat.maskLength(e.networkMask()))
                    .field("metricType", e.route().type2() ? "E2 (Larger than any link state path)" : "E1")
                    .field("tos", 0).field("metric", e.route().metric())
                    .field("forwardAddress", ShowFormat.ip(e.route().forwardingAddress()))
                    .field("externalRouteTag", Integer.toUnsignedLong(e.route().routeTag()));
            default -> {
                // opaque LSAs: header only
            }
        }
        w.endObject();
    }

    /** The router's areas and their LSAs, for the functions above. */
    static List<AreaLsas> areas(OspfRouter router) {
        List<AreaLsas> out = new ArrayList<>();
        for (Area a : router.areas()) {
            List<Lsa> lsas = new ArrayList<>();
            a.lsdb.all().forEach(lsas::add);
            out.add(new AreaLsas(a.label(), lsas));
        }
        return out;
    }

    static List<Lsa> external(OspfRouter router) {
        List<Lsa> lsas = new ArrayList<>();
        router.external().all().forEach(lsas::add);
        return lsas;
    }
}
