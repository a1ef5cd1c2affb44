package dev.ferry.bgpd.policy;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.json.JsonWriter;
import java.util.Comparator;
import java.util.List;

/**
 * `show ip|ipv6 prefix-list [NAME] [json]`, `show route-map [NAME] [json]`, `show bgp community-list` and
 * `show bgp as-path-access-list`, laid out as FRR 8.4's lib/plist.c, lib/routemap.c and bgpd print them, each
 * headed by the daemon's name ("BGP").
 */
public final class PolicyShowCommands {
    private static final String SHOW = "Show running system information\n";
    private static final String JSON = "JavaScript Object Notation\n";
    /** FRR's frr_protoname of bgpd. */
    private static final String DAEMON = "BGP";

    private PolicyShowCommands() {
    }

    public static void install(Cli cli, Policies policies) {
        for (boolean ipv6 : new boolean[] {false, true}) {
            String ip = ipv6 ? "ipv6" : "ip";
            cli.install(Node.VIEW, "show " + ip + " prefix-list [WORD$name] [json$json]", SHOW
                    + (ipv6 ? "IPv6 information\n" : "IP information\n") + "List prefix-list entries\n"
                    + "Name of a prefix list\n" + JSON, ctx -> prefixLists(ctx, policies, ipv6));
        }
        cli.install(Node.VIEW, "show route-map [RMAP_NAME$name] [json$json]",
                SHOW + "route-map information\nroute-map name\n" + JSON, ctx -> routeMaps(ctx, policies));
        cli.install(Node.VIEW, "show bgp community-list", SHOW + "BGP information\nList community-list\n",
                ctx -> communityLists(ctx, policies));
        cli.install(Node.VIEW, "show bgp as-path-access-list", SHOW + "BGP information\n"
                + "List AS path access lists\n", ctx -> asPathLists(ctx, policies));
    }

    private static void prefixLists(CommandContext ctx, Policies policies, boolean ipv6) {
        List<PrefixList> lists = policies.prefixLists(ipv6).stream()
                .filter(l -> !ctx.has("name") || l.name().equals(ctx.arg("name")))
                .sorted(Comparator.comparing(PrefixList::name)).toList();
        if (ctx.has("name") && lists.isEmpty()) {
            ctx.warning("% Can't find specified prefix-list");
            return;
        }
        if (ctx.has("json")) {
            JsonWriter w = new JsonWriter().beginObject().name(DAEMON).beginObject();
            for (PrefixList l : lists) {
                w.name(l.name()).beginObject().field("addressFamily", ipv6 ? "IPv6" : "IPv4");
                w.name("entries").beginArray();
                for (PrefixListEntry e : l.entries()) {
                    w.beginObject().field("sequenceNumber", e.seq()).field("type", e.action().word())
                            .field("prefix", e.prefix().toString());
                    if (e.ge() != 0) {
                        w.field("minimumPrefixLength", e.ge());
                    }
                    if (e.le() != 0) {
                        w.field("maximumPrefixLength", e.le());
                    }
                    w.endObject();
                }
                w.endArray();
                if (l.description() != null) {
                    w.field("description", l.description());
                }
                w.endObject();
            }
            ctx.print(w.endObject().endObject().toString());
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (PrefixList l : lists) {
            sb.append(DAEMON).append(": ip").append(ipv6 ? "v6" : "").append(" prefix-list ").append(l.name())
                    .append(": ").append(l.entries().size()).append(" entries\n");
            if (l.description() != null) {
                sb.append("   Description: ").append(l.description()).append('\n');
            }
            for (PrefixListEntry e : l.entries()) {
                sb.append("   seq ").append(e.seq()).append(' ').append(e.body()).append('\n');
            }
        }
        ctx.print(sb.toString());
    }

    private static void routeMaps(CommandContext ctx, Policies policies) {
        List<RouteMap> maps = policies.routeMaps().stream()
                .filter(m -> !ctx.has("name") || m.name().equals(ctx.arg("name")))
                .sorted(Comparator.comparing(RouteMap::name)).toList();
        if (ctx.has("json")) {
            JsonWriter w = new JsonWriter().beginObject().name(DAEMON).beginObject();
            maps.forEach(m -> routeMapJson(m, w));
            ctx.print(w.endObject().endObject().toString());
            return;
        }
        StringBuilder sb = new StringBuilder(DAEMON + ":\n");
        if (ctx.has("name") && maps.isEmpty()) {
            sb.append(DAEMON).append(": 'route-map ").append(ctx.arg("name")).append("' not found\n");
        }
        for (RouteMap m : maps) {
            sb.append("route-map: ").append(m.name()).append(" Invoked: ").append(m.invoked())
                    .append(" Optimization: enabled Processed Change: false\n");
            for (RouteMapEntry e : m.entries()) {
                sb.append(' ').append(e.action().word()).append(", sequence ").append(e.seq()).append(" Invoked ")
                        .append(e.invoked()).append('\n');
                if (e.description() != null) {
                    sb.append("  Description:\n    ").append(e.description()).append('\n');
                }
                sb.append("  Match clauses:\n");
                e.matches().forEach(c -> sb.append("    ").append(c.command()).append(' ').append(c.argument())
                        .append('\n'));
                sb.append("  Set clauses:\n");
                e.sets().forEach(c -> sb.append("    ").append(c.command()).append(' ').append(c.argument())
                        .append('\n'));
                sb.append("  Call clause:\n");
                if (e.call() != null) {
                    sb.append("    Call ").append(e.call()).append('\n');
                }
                sb.append("  Action:\n    ").append(exitText(e)).append('\n');
            }
        }
        ctx.print(sb.toString());
    }

    private static void routeMapJson(RouteMap m, JsonWriter w) {
        w.name(m.name()).beginObject().field("invoked", m.invoked()).field("disabledOptimization", false)
                .field("processedChange", false).name("rules").beginArray();
        for (RouteMapEntry e : m.entries()) {
            w.beginObject().field("sequenceNumber", e.seq()).field("type", e.action().word())
                    .field("invoked", e.invoked());
            if (e.description() != null) {
                w.field("description", e.description());
            }
            w.name("matchClauses").beginArray();
            e.matches().forEach(c -> w.value(c.command() + " " + c.argument()));
            w.endArray().name("setClauses").beginArray();
            e.sets().forEach(c -> w.value(c.command() + " " + c.argument()));
            w.endArray();
            if (e.call() != null) {
                w.field("callClause", e.call());
            }
            w.field("action", exitText(e)).endObject();
        }
        w.endArray().endObject();
    }

    private static String exitText(RouteMapEntry e) {
        return switch (e.exitPolicy()) {
            case EXIT -> "Exit routemap";
            case NEXT -> "Continue to next entry";
            case GOTO -> "Goto " + e.gotoSeq();
        };
    }

    private static void communityLists(CommandContext ctx, Policies policies) {
        StringBuilder sb = new StringBuilder();
        for (CommunityList l : policies.communityLists()) {
            sb.append(l.numbered() ? "Community standard list " : "Named Community standard list ").append(l.name())
                    .append('\n');
            l.entries().forEach(e -> sb.append("    ").append(e.action().word()).append(' ').append(e.text())
                    .append('\n'));
        }
        ctx.print(sb.toString());
    }

    private static void asPathLists(CommandContext ctx, Policies policies) {
        StringBuilder sb = new StringBuilder();
        for (AsPathAccessList l : policies.asPathLists()) {
            sb.append("AS path access list ").append(l.name()).append('\n');
            l.entries().forEach(e -> sb.append("    ").append(e.action().word()).append(' ').append(e.regex())
                    .append('\n'));
        }
        ctx.print(sb.toString());
    }
}
