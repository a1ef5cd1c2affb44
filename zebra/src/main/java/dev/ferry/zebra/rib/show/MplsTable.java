package dev.ferry.zebra.rib.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.mpls.Lsp;
import dev.ferry.zebra.rib.mpls.Nhlfe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `show mpls table [json]` and `show mpls table LABEL [json]` in FRR 8.4's layout (zebra_mpls.c: a ttable
 * with blank style, two spaces of right padding, a dashed rule under the header, nothing at all when there
 * are no entries). Ferry adds "failureReason" to an entry the kernel refused (JSON) and a "Not installed:"
 * line to the single-label view.
 */
final class MplsTable {
    private MplsTable() {
    }

    static String text(Collection<Lsp> lsps, ShowContext ctx) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Inbound Label", "Type", "Nexthop", "Outbound Label"});
        for (Lsp lsp : lsps) {
            for (Nhlfe n : lsp.nhlfes()) {
                String nexthop = n.gateway() != null ? n.gateway().toString()
                        : nameOr(ctx.interfaceName(0, n.ifindex()));
                String out = n.gateway() != null ? Labels.stack(n.outLabels(), true) : "-";
                rows.add(new String[] {Integer.toString(lsp.inLabel()), n.type().showName(), nexthop, out});
            }
        }
        if (rows.size() == 1) {
            return "";
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int j = 0; j < 4; j++) {
                width[j] = Math.max(width[j], r[j].length() + 2);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            sb.append(' ');
            for (int j = 0; j < 4; j++) {
                sb.append(rows.get(i)[j]).repeat(' ', width[j] - rows.get(i)[j].length());
            }
            sb.append('\n');
            if (i == 0) {
                sb.append(' ').repeat('-', width[0] + width[1] + width[2] + width[3]).append('\n');
            }
        }
        refused(sb, lsps);
        return sb.append('\n').toString();
    }

    /**
     * FRR's table has no column for it, so the entries the kernel refused (a kernel without MPLS) are named
     * under the table with the kernel's reason, grouped by reason: "Not installed, ...: 16, 17".
     */
    private static void refused(StringBuilder sb, Collection<Lsp> lsps) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Lsp lsp : lsps) {
            if (lsp.failure() != null) {
                byReason.computeIfAbsent(lsp.failure().reason(), r -> new ArrayList<>()).add(Labels.pretty(lsp.inLabel()));
            }
        }
        byReason.forEach((reason, labels) -> sb.append(" Not installed, the kernel refused them (").append(reason)
                .append("): ").append(String.join(", ", labels)).append('\n'));
    }

    private static String nameOr(String name) {
        return name.equals("unknown") ? "Null" : name;
    }

    static void json(JsonWriter w, Collection<Lsp> lsps) {
        w.beginObject();
        for (Lsp lsp : lsps) {
            w.name(Labels.pretty(lsp.inLabel()));
            lsp(w, lsp);
        }
        w.endObject();
    }

    /** FRR's lsp_json. */
    static void lsp(JsonWriter w, Lsp lsp) {
        w.beginObject();
        w.field("inLabel", lsp.inLabel());
        if (lsp.isInstalled()) {
            w.field("installed", true);
        }
        if (lsp.failure() != null) {
            w.field("failureReason", lsp.failure().reason());
        }
        w.name("nexthops").beginArray();
        for (Nhlfe n : lsp.nhlfes()) {
            w.beginObject();
            w.field("type", n.type().showName());
            int[] labels = n.outLabels();
            w.field("outLabel", labels.length > 0 ? labels[0] : 0);
            w.name("outLabelStack").beginArray();
            for (int l : labels) {
                w.value(l);
            }
            w.endArray();
            w.field("distance", n.distance());
            if (n.isInstalled()) {
                w.field("installed", true);
            }
            IpAddress gw = n.gateway();
            if (gw != null) {
                w.field("nexthop", gw.toString());
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    /** FRR's lsp_print: `show mpls table LABEL`. */
    static String detail(Lsp lsp, ShowContext ctx) {
        StringBuilder sb = new StringBuilder();
        sb.append("Local label: ").append(lsp.inLabel()).append(lsp.isInstalled() ? " (installed)" : "").append('\n');
        for (Nhlfe n : lsp.nhlfes()) {
            sb.append(" type: ").append(n.type().showName()).append(" remote label: ")
                    .append(Labels.stack(n.outLabels(), false)).append(" distance: ").append(n.distance())
                    .append('\n');
            if (n.gateway() != null) {
                sb.append("  via ").append(n.gateway());
                if (n.ifindex() != 0) {
                    sb.append(" dev ").append(ctx.interfaceName(0, n.ifindex()));
                }
            } else if (n.ifindex() != 0) {
                sb.append("  dev ").append(ctx.interfaceName(0, n.ifindex()));
            }
            sb.append(n.isInstalled() ? " (installed)" : "").append('\n');
        }
        if (lsp.failure() != null) {
            sb.append(" Not installed: ").append(lsp.failure().reason()).append('\n');
        }
        return sb.toString();
    }
}
