package dev.ferry.zebra.rib.show;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.json.JsonWriter;
import dev.ferry.zebra.rib.Afi;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RibVrf;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteNode;
import dev.ferry.zebra.rib.RouteTable;
import dev.ferry.zebra.rib.RouteType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * `show ip route`, `show ipv6 route` (list, one prefix, summary) with FRR 8.4's output, text and JSON,
 * including its quirks: the legend only when something is listed, "VRF NAME:" headers for non-default and
 * `vrf all` listings, one JSON document per VRF for `vrf all ... json`, "% VRF X not active" for a VRF that
 * is configured but not in the kernel. `table N` lists the routes added with that kernel table id ("VRF
 * default table N:"), `table all` every table of the VRF, its own included, by table id.
 */
public final class RouteShowCommands {
    private static final String VRF_HELP = "Specify the VRF\nThe VRF name\nAll VRFs\n";

    private final Rib rib;
    private final Predicate<String> vrfConfigured;

    private RouteShowCommands(Rib rib, Predicate<String> vrfConfigured) {
        this.rib = rib;
        this.vrfConfigured = vrfConfigured;
    }

    /**
     * @param vrfConfigured whether a VRF of that name is configured (tells "not active" from "not found")
     */
    public static void install(Cli cli, Rib rib, Predicate<String> vrfConfigured) {
        RouteShowCommands c = new RouteShowCommands(rib, vrfConfigured);
        c.installFamily(cli, Afi.IPV4, "ip", "IP information\n", "A.B.C.D", "A.B.C.D/M",
                "<kernel|connected|static|ospf|bgp>",
                "Kernel routes (not installed via the zebra RIB)\nConnected routes (directly attached subnet or host)\n"
                        + "Statically configured routes\nOpen Shortest Path First (OSPFv2)\n"
                        + "Border Gateway Protocol (BGP)\n");
        c.installFamily(cli, Afi.IPV6, "ipv6", "IPv6 information\n", "X:X::X:X", "X:X::X:X/M",
                "<kernel|connected|static|ospf6|bgp>",
                "Kernel routes (not installed via the zebra RIB)\nConnected routes (directly attached subnet or host)\n"
                        + "Statically configured routes\nOpen Shortest Path First (IPv6) (OSPFv3)\n"
                        + "Border Gateway Protocol (BGP)\n");
    }

    private void installFamily(Cli cli, Afi afi, String ip, String ipHelp, String addr, String prefix,
            String types, String typesHelp) {
        String head = "show " + ip + " route [vrf <NAME$vrf_name|all$vrf_all>] ";
        String headHelp = "Show running system information\n" + ipHelp + "IP routing table\n" + VRF_HELP;
        cli.install(Node.VIEW, head + "[" + prefix + "$prefix longer-prefixes] [" + types + "$type] [json$json]",
                headHelp + "IP prefix <network>/<length>\nShow route matching the specified Network/Mask pair only\n"
                        + typesHelp + "JavaScript Object Notation\n",
                ctx -> list(ctx, afi));
        cli.install(Node.VIEW, "show " + ip + " route table <(1-4294967295)$table_id|all$table_all> "
                + "[vrf <NAME$vrf_name|all$vrf_all>] [" + prefix + "$prefix longer-prefixes] [" + types + "$type] "
                + "[json$json]",
                "Show running system information\n" + ipHelp + "IP routing table\nTable to display\n"
                        + "The table number to display\nAll tables\n" + VRF_HELP
                        + "IP prefix <network>/<length>\nShow route matching the specified Network/Mask pair only\n"
                        + typesHelp + "JavaScript Object Notation\n",
                ctx -> list(ctx, afi));
        cli.install(Node.VIEW, head + "<" + addr + "$address|" + prefix + "$prefix> [json$json]",
                headHelp + "Network in the IP routing table to display\nIP prefix <network>/<length>\n"
                        + "JavaScript Object Notation\n",
                ctx -> detail(ctx, afi));
        cli.install(Node.VIEW, "show " + ip + " ro", "Show running system information\n" + ipHelp
                + "IP routing table\n", ctx -> list(ctx, afi));
        cli.install(Node.VIEW, head + "summary [json$json]",
                headHelp + "Summary of all routes\nJavaScript Object Notation\n", ctx -> summary(ctx, afi));
    }

    /** The VRFs a command names, or null after printing FRR's error (VRF_GET_ID). */
    private List<RibVrf> vrfs(CommandContext ctx, boolean jsonErrors) {
        if (ctx.has("vrf_all")) {
            return new ArrayList<>(rib.vrfs().all());
        }
        String name = ctx.arg("vrf_name");
        if (name == null) {
            return List.of(rib.vrfs().defaultVrf());
        }
        RibVrf v = rib.vrfs().byName(name);
        if (v != null) {
            return List.of(v);
        }
        if (jsonErrors) {
            ctx.warning("{}");
        } else {
            ctx.warning("% VRF " + name + (vrfConfigured.test(name) ? " not active" : " not found"));
        }
        return null;
    }

    /** One table a listing shows: {@code tableId} 0 for a VRF's own table asked without `table`. */
    private record Listed(RibVrf vrf, RouteTable table, long tableId) {
    }

    private void list(CommandContext ctx, Afi afi) {
        boolean json = ctx.has("json");
        boolean anyTable = ctx.has("table_id") || ctx.has("table_all");
        if (anyTable && (ctx.has("vrf_name") || ctx.has("vrf_all"))) {
            // Ferry's VRFs are the kernel's (FRR's Linux VRF backend): a VRF already is a table
            ctx.print(json ? "{}\n" : "Linux vrf backend already points to table id\n"
                    + "Either remove table parameter or vrf parameter\n");
            return;
        }
        List<RibVrf> vrfs = vrfs(ctx, json);
        if (vrfs == null) {
            return;
        }
        List<Listed> tables = new ArrayList<>();
        for (RibVrf vrf : vrfs) {
            if (ctx.has("table_all")) {
                tables.addAll(allTables(vrf, afi));
            } else if (ctx.has("table_id")) {
                long id = ctx.number("table_id");
                RouteTable t = vrf.table(afi, (int) id);
                if (t == null) {
                    if (json) {
                        ctx.print("{}\n"); // FRR: no such table yet
                    }
                    continue;
                }
                tables.add(new Listed(vrf, t, id));
            } else {
                tables.add(new Listed(vrf, vrf.table(afi), 0));
            }
        }
        Prefix longer = ctx.arg("prefix") != null ? Prefix.parse(ctx.arg("prefix")) : null;
        RouteType type = ctx.arg("type") != null ? RouteType.fromFrrName(ctx.arg("type")) : null;
        boolean multi = ctx.has("vrf_all") || ctx.has("table_all");
        ShowContext sc = new ShowContext(rib);
        StringBuilder out = new StringBuilder();
        boolean headerDone = false;
        for (Listed listed : tables) {
            RibVrf vrf = listed.vrf();
            JsonWriter w = json ? new JsonWriter().beginObject() : null;
            boolean first = true;
            for (RouteNode node : listed.table().sorted()) {
                if (longer != null && !longer.contains(node.prefix())) {
                    continue;
                }
                boolean any = false;
                for (RouteEntry e : node.visibleEntries()) {
                    if (type != null && e.type() != type) {
                        continue;
                    }
                    if (json) {
                        if (!any) {
                            w.name(node.prefix().toString()).beginArray();
                        }
                        RouteJson.append(w, node, e, sc);
                    } else {
                        if (first) {
                            if (!headerDone) {
                                out.append(ShowHeaders.of(afi));
                            }
                            if (multi && headerDone) {
                                out.append('\n');
                            }
                            if (listed.tableId() != 0) {
                                out.append("VRF ").append(vrf.name()).append(" table ")
                                        .append(listed.tableId()).append(":\n");
                            } else if (multi || vrf.id() != RibVrf.DEFAULT_ID) {
                                out.append("VRF ").append(vrf.name()).append(":\n");
                            }
                            headerDone = true;
                            first = false;
                        }
                        RouteLines.append(out, node, e, sc);
                    }
                    any = true;
                }
                if (json && any) {
                    w.endArray();
                }
            }
            if (json) {
                out.append(w.endObject());
            }
        }
        ctx.print(out.toString());
    }

    /** FRR's do_show_ip_route_all: the VRF's tables in the router's table order (by table id). */
    private static List<Listed> allTables(RibVrf vrf, Afi afi) {
        List<Listed> l = new ArrayList<>();
        for (RouteTable t : vrf.otherTables(afi)) {
            l.add(new Listed(vrf, t, Integer.toUnsignedLong(t.kernelTable())));
        }
        l.add(new Listed(vrf, vrf.table(afi), Integer.toUnsignedLong(vrf.tableId())));
        l.sort(java.util.Comparator.comparingLong(Listed::tableId));
        return l;
    }

    private void detail(CommandContext ctx, Afi afi) {
        boolean json = ctx.has("json");
        List<RibVrf> vrfs = vrfs(ctx, false);
        if (vrfs == null) {
            return;
        }
        String address = ctx.arg("address");
        Prefix wanted = address != null ? Prefix.host(IpAddress.parse(address)) : Prefix.parse(ctx.arg("prefix"));
        ShowContext sc = new ShowContext(rib);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (RibVrf vrf : vrfs) {
            RouteNode node = vrf.table(afi).longestMatch(wanted.address(), wanted.length());
            if (node == null || (address == null && node.length() != wanted.length())
                    || node.visibleEntries().isEmpty()) {
                continue;
            }
            found = true;
            if (json) {
                JsonWriter w = new JsonWriter().beginObject().name(node.prefix().toString()).beginArray();
                for (RouteEntry e : node.visibleEntries()) {
                    RouteJson.append(w, node, e, sc);
                }
                out.append(w.endArray().endObject());
            } else {
                RouteDetail.append(out, node, sc);
            }
        }
        ctx.print(out.toString());
        if (!found) {
            ctx.warning(json ? "{}" : ctx.has("vrf_all") ? "% Network not in RIB" : "% Network not in table");
        }
    }

    private void summary(CommandContext ctx, Afi afi) {
        boolean json = ctx.has("json");
        List<RibVrf> vrfs = vrfs(ctx, false);
        if (vrfs == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (RibVrf vrf : vrfs) {
            RouteSummary s = RouteSummary.of(vrf.table(afi));
            if (json) {
                JsonWriter w = new JsonWriter();
                s.json(w);
                out.append(w);
            } else {
                s.text(out, vrf.name());
            }
        }
        ctx.print(out.toString());
    }
}
