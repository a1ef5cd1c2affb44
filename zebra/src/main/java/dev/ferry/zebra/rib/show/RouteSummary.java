package dev.ferry.zebra.rib.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteTable;
import dev.ferry.zebra.rib.RouteType;

/**
 * `show ip route summary [json]`: entries and installed entries per route type (FRR 8.4's
 * vty_show_ip_route_summary; BGP split into ebgp and ibgp).
 * <pre>
 * Route Source         Routes               FIB  (vrf default)
 * connected            4                    4
 * ospf                 5                    3
 * ------
 * Totals               9                    7
 * </pre>
 */
final class RouteSummary {
    private static final RouteType[] TYPES = RouteType.values();

    private final long[] rib = new long[TYPES.length];
    private final long[] fib = new long[TYPES.length];
    private long ibgpRib;
    private long ibgpFib;
    private long totalRib;
    private long totalFib;

    static RouteSummary of(RouteTable table) {
        RouteSummary s = new RouteSummary();
        table.forEach(node -> {
            for (RouteEntry e : node.visibleEntries()) {
                s.count(e);
            }
        });
        return s;
    }

    private void count(RouteEntry e) {
        boolean ibgp = e.type() == RouteType.BGP && e.hasFlag(RouteEntry.FLAG_IBGP);
        boolean installed = e.isInstalled();
        totalRib++;
        totalFib += installed ? 1 : 0;
        if (ibgp) {
            ibgpRib++;
            ibgpFib += installed ? 1 : 0;
        } else {
            rib[e.type().ordinal()]++;
            fib[e.type().ordinal()] += installed ? 1 : 0;
        }
    }

    void text(StringBuilder out, String vrfName) {
        out.append(String.format("%-20s %-20s %s  (vrf %s)\n", "Route Source", "Routes", "FIB", vrfName));
        for (RouteType t : TYPES) {
            int i = t.ordinal();
            if (t == RouteType.BGP && (rib[i] > 0 || ibgpRib > 0)) {
                out.append(String.format("%-20s %-20d %-20d \n", "ebgp", rib[i], fib[i]));
                out.append(String.format("%-20s %-20d %-20d \n", "ibgp", ibgpRib, ibgpFib));
            } else if (rib[i] > 0) {
                out.append(String.format("%-20s %-20d %-20d \n", t.frrName(), rib[i], fib[i]));
            }
        }
        out.append("------\n");
        out.append(String.format("%-20s %-20d %-20d \n", "Totals", totalRib, totalFib));
        out.append('\n');
    }

    void json(JsonWriter w) {
        w.beginObject();
        w.name("routes").beginArray();
        for (RouteType t : TYPES) {
            int i = t.ordinal();
            if (t == RouteType.BGP && (rib[i] > 0 || ibgpRib > 0)) {
                entry(w, "ebgp", rib[i], fib[i]);
                entry(w, "ibgp", ibgpRib, ibgpFib);
            } else if (rib[i] > 0) {
                entry(w, t.frrName(), rib[i], fib[i]);
            }
        }
        w.endArray();
        w.field("routesTotal", totalRib);
        w.field("routesTotalFib", totalFib);
        w.endObject();
    }

    private static void entry(JsonWriter w, String type, long ribCount, long fibCount) {
        w.beginObject().field("fib", fibCount).field("rib", ribCount).field("fibOffLoaded", 0)
                .field("fibTrapped", 0).field("type", type).endObject();
    }
}
