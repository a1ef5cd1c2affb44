package dev.ferry.zebra.rib.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.rib.RouteCounts;
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

    /** From the table's counts: no walk, whatever its size. */
    static RouteSummary of(RouteTable table) {
        RouteSummary s = new RouteSummary();
        RouteCounts c = table.counts();
        for (RouteType t : TYPES) {
            s.rib[t.ordinal()] = c.rib(t);
            s.fib[t.ordinal()] = c.fib(t);
            s.totalRib += c.rib(t);
            s.totalFib += c.fib(t);
        }
        s.ibgpRib = c.ibgpRib();
        s.ibgpFib = c.ibgpFib();
        s.totalRib += s.ibgpRib;
        s.totalFib += s.ibgpFib;
        return s;
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
