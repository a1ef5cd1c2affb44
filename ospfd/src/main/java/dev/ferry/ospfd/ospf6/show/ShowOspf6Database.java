package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * `show ipv6 ospf6 database [TYPE] [json]`, as FRR 8.4 prints it (ospf6d.c ospf6_lsdb_show_wrapper,
 * ospf6_lsdb_type_show_wrapper and ospf6_lsdb_show, ospf6_lsa.c ospf6_lsa_show_summary): every area's database,
 * then every interface's, then the AS's; with a type, only its scope's.
 */
public final class ShowOspf6Database {
    /** The order of FRR's LSDB table, keyed by type, advertising router and id in network byte order. */
    static final Comparator<Lsa> LSDB_ORDER = Comparator
            .comparingInt((Lsa l) -> l.header().type() & 0xffff)
            .thenComparing(l -> l.header().advertisingRouter(), Integer::compareUnsigned)
            .thenComparing(l -> l.header().linkStateId(), Integer::compareUnsigned);

    private static final String LINE = "%-4s %-15s%-15s%4d %8x %30s\n";
    private static final String LINE_WITHOUT_PAYLOAD = "%-4s %-15s%-15s%4d %8x\n";

    private ShowOspf6Database() {
    }

    public static String render(Ospf6DatabaseView db, boolean json) {
        List<Ospf6DatabaseView.Area> areas = sortedAreas(db);
        return json ? json(areas, db.asScoped(), ALL_SCOPES) : text(areas, db.asScoped(), ALL_SCOPES);
    }

    /**
     * `show ipv6 ospf6 database TYPE [json]` (ospf6_lsdb_type_show_wrapper): only the databases of the type's
     * flooding scope (S1/S2 bits), and in them only LSAs of that exact 16-bit type.
     */
    public static String render(Ospf6DatabaseView db, int type, boolean json) {
        Predicate<Lsa> ofType = l -> (l.header().type() & 0xffff) == type;
        List<Ospf6DatabaseView.Area> areas = sortedAreas(db).stream().map(a -> new Ospf6DatabaseView.Area(a.id(),
                a.lsas().stream().filter(ofType).toList(), a.links().stream().map(l -> new Ospf6DatabaseView.Link(
                        l.interfaceName(), l.lsas().stream().filter(ofType).toList())).toList())).toList();
        List<Lsa> asScoped = db.asScoped().stream().filter(ofType).toList();
        Set<Scope> scope = EnumSet.of(switch ((type >> 13) & 3) {
            case 0 -> Scope.LINK;
            case 1 -> Scope.AREA;
            default -> Scope.AS;
        });
        return json ? json(areas, asScoped, scope) : text(areas, asScoped, scope);
    }

    /** The three database scopes, in the order FRR prints them. */
    private enum Scope { AREA, LINK, AS }

    private static final Set<Scope> ALL_SCOPES = EnumSet.allOf(Scope.class);

    private static List<Ospf6DatabaseView.Area> sortedAreas(Ospf6DatabaseView db) {
        return db.areas().stream().sorted(Comparator.comparing(a -> a.id().value())).toList();
    }

    private static String text(List<Ospf6DatabaseView.Area> areas, List<Lsa> asScoped, Set<Scope> scopes) {
        StringBuilder sb = new StringBuilder();
        if (scopes.contains(Scope.AREA)) {
            for (Ospf6DatabaseView.Area a : areas) {
                sb.append("\n        Area Scoped Link State Database (Area ").append(a.id()).append(")\n\n");
                table(sb, a.lsas());
            }
        }
        if (scopes.contains(Scope.LINK)) {
            for (Ospf6DatabaseView.Area a : areas) {
                for (Ospf6DatabaseView.Link l : a.links()) {
                    sb.append("\n        I/F Scoped Link State Database (I/F ").append(l.interfaceName())
                            .append(" in Area ").append(a.id()).append(")\n\n");
                    table(sb, l.lsas());
                }
            }
        }
        if (scopes.contains(Scope.AS)) {
            sb.append("\n        AS Scoped Link State Database\n\n");
            table(sb, asScoped);
        }
        return sb.append('\n').toString();
    }

    /** ospf6_lsa_show_summary_header, then a summary per LSA. */
    private static void table(StringBuilder sb, List<Lsa> lsas) {
        sb.append(String.format("%-4s %-15s%-15s%4s %8s %30s\n", "Type", "LSId", "AdvRouter", "Age", "SeqNum",
                "Payload"));
        for (Lsa lsa : sorted(lsas)) {
            LsaHeader h = lsa.header();
            String type = Ospf6LsaNames.shortName(h.type());
            String id = RouterIds.format(h.linkStateId());
            String adv = RouterIds.format(h.advertisingRouter());
            switch (payloadKind(h.type())) {
                case NONE -> sb.append(String.format(LINE_WITHOUT_PAYLOAD, type, id, adv, h.age(), h.sequence()));
                case ONE, PER_ITEM -> LsaPayloads.of(lsa).forEach(p -> sb.append(
                        String.format(LINE, type, id, adv, h.age(), h.sequence(), p)));
            }
        }
    }

    private static String json(List<Ospf6DatabaseView.Area> areas, List<Lsa> asScoped, Set<Scope> scopes) {
        JsonWriter w = new JsonWriter().beginObject();
        if (scopes.contains(Scope.AREA)) {
            w.name("areaScopedLinkStateDb").beginArray();
            for (Ospf6DatabaseView.Area a : areas) {
                w.beginObject().field("areaId", a.id().toString());
                lsaArray(w, a.lsas());
                w.endObject();
            }
            w.endArray();
        }
        if (scopes.contains(Scope.LINK)) {
            w.name("interfaceScopedLinkStateDb").beginArray();
            for (Ospf6DatabaseView.Area a : areas) {
                for (Ospf6DatabaseView.Link l : a.links()) {
                    w.beginObject().field("areaId", a.id().toString()).field("interface", l.interfaceName());
                    lsaArray(w, l.lsas());
                    w.endObject();
                }
            }
            w.endArray();
        }
        if (scopes.contains(Scope.AS)) {
            w.name("asScopedLinkStateDb").beginArray().beginObject();
            lsaArray(w, asScoped);
            w.endObject().endArray();
        }
        return Ospf6Json.vtyJson(w.endObject());
    }

    private static void lsaArray(JsonWriter w, List<Lsa> lsas) {
        w.name("lsa").beginArray();
        for (Lsa lsa : sorted(lsas)) {
            if (payloadKind(lsa.header().type()) == PayloadKind.NONE) {
                summaryJson(w, lsa).endObject();
            } else {
                LsaPayloads.of(lsa).forEach(p -> summaryJson(w, lsa).field("payload", p).endObject());
            }
        }
        w.endArray();
    }

    private static JsonWriter summaryJson(JsonWriter w, Lsa lsa) {
        LsaHeader h = lsa.header();
        return w.beginObject().field("type", Ospf6LsaNames.shortName(h.type()))
                .field("lsId", RouterIds.format(h.linkStateId()))
                .field("advRouter", RouterIds.format(h.advertisingRouter())).field("age", h.age())
                .field("seqNum", Integer.toUnsignedLong(h.sequence()));
    }

    /** How ospf6_lsa_show_summary treats a type: its switch is on the whole 16-bit type. */
    private enum PayloadKind { ONE, PER_ITEM, NONE }

    private static PayloadKind payloadKind(int type) {
        return switch (type & 0xffff) {
            case LsaTypes.V3_INTER_AREA_PREFIX, LsaTypes.V3_INTER_AREA_ROUTER, LsaTypes.V3_AS_EXTERNAL,
                 LsaTypes.V3_NSSA -> PayloadKind.ONE;
            // 0x2006 (group membership) is in FRR's list too but has no handler: FRR would call a NULL
            // lh_get_prefix_str; Ferry prints it without payload instead
            case LsaTypes.V3_ROUTER, LsaTypes.V3_NETWORK, LsaTypes.V3_LINK, LsaTypes.V3_INTRA_AREA_PREFIX ->
                    PayloadKind.PER_ITEM;
            default -> PayloadKind.NONE;
        };
    }

    private static List<Lsa> sorted(List<Lsa> lsas) {
        return lsas.stream().sorted(LSDB_ORDER).toList();
    }
}
