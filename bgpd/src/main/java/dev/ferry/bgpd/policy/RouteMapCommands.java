package dev.ferry.bgpd.policy;

import static dev.ferry.bgpd.policy.FilterCommands.NO;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * `route-map NAME permit|deny SEQ` and the commands of its node (`(config-route-map)#`), with FRR 8.4's
 * syntax and help (lib/routemap_cli.c, bgpd/bgp_routemap.c): the matches on prefix-lists, communities and AS
 * paths, the sets of local preference, metric, communities, next hops, AS path prepending and weight,
 * `call`, `on-match next|goto`, `description`.
 */
public final class RouteMapCommands {
    private static final String ROUTE_MAP = "Create route-map or enter route-map command mode\nRoute map tag\n";
    private static final String ACTION = "Route map denies set operations\nRoute map permits set operations\n";
    private static final String SEQ = "Sequence to insert to/delete from existing route-map entry\n";
    private static final String MATCH = "Match values from routing table\n";
    private static final String SET = "Set values in destination routing protocol\n";

    private RouteMapCommands() {
    }

    public static void install(Cli cli, Policies policies) {
        cli.install(Node.CONFIG, "route-map RMAP_NAME$name <deny|permit>$action (1-65535)$sequence",
                ROUTE_MAP + ACTION + SEQ, ctx -> {
                    RouteMapEntry e = policies.routeMapOrNew(ctx.arg("name"))
                            .entry((int) ctx.number("sequence"), PolicyAction.of(ctx.arg("action")));
                    policies.changed();
                    ctx.enter(Node.ROUTE_MAP, e);
                });
        cli.install(Node.CONFIG, "no route-map RMAP_NAME$name", NO + ROUTE_MAP, ctx -> {
            policies.removeRouteMap(ctx.arg("name"));
            policies.changed();
        });
        cli.install(Node.CONFIG, "no route-map RMAP_NAME$name <deny|permit>$action (1-65535)$sequence",
                NO + ROUTE_MAP + ACTION + SEQ, ctx -> {
                    RouteMap map = policies.routeMap(ctx.arg("name"));
                    if (map != null) {
                        map.remove((int) ctx.number("sequence"));
                        if (map.isEmpty()) {
                            policies.removeRouteMap(map.name());
                        }
                    }
                    policies.changed();
                });
        installMatches(cli, policies);
        installSets(cli, policies);
        installFlow(cli, policies);
    }

    private static void installMatches(Cli cli, Policies policies) {
        String prefixList = "Match address of route\nMatch entries of prefix-lists\n";
        match(cli, policies, "ip address prefix-list PREFIXLIST_NAME$name",
                "IP information\n" + prefixList + "IP prefix-list name\n",
                ctx -> new MatchClause.PrefixListMatch(ctx.arg("name"), false));
        match(cli, policies, "ipv6 address prefix-list PREFIXLIST_NAME$name",
                "IPv6 information\n" + prefixList + "IPv6 prefix-list name\n",
                ctx -> new MatchClause.PrefixListMatch(ctx.arg("name"), true));
        match(cli, policies, "community <(1-99)|(100-500)|COMMUNITY_LIST_NAME>$name [exact-match$exact]",
                "Match BGP community list\nCommunity-list number (standard)\nCommunity-list number (expanded)\n"
                        + "Community-list name\nDo exact matching of communities\n",
                ctx -> new MatchClause.CommunityMatch(ctx.arg("name"), ctx.has("exact")));
        match(cli, policies, "as-path AS_PATH_FILTER_NAME$name", "Match BGP AS path list\nAS path access-list name\n",
                ctx -> new MatchClause.AsPathMatch(ctx.arg("name")));
    }

    /** `match WHAT` and `no match WHAT [ARG]`, the latter removing the clause whatever its argument. */
    private static void match(Cli cli, Policies policies, String syntax, String help,
            java.util.function.Function<CommandContext, MatchClause> clause) {
        cli.install(Node.ROUTE_MAP, "match " + syntax, MATCH + help, ctx -> {
            entry(ctx).match(clause.apply(ctx));
            policies.changed();
        });
        String command = clauseWords(syntax);
        cli.install(Node.ROUTE_MAP, "no match " + command + " [WORD [exact-match]]", NO + MATCH + help, ctx -> {
            entry(ctx).removeMatch(command);
            policies.changed();
        });
    }

    private static void installSets(Cli cli, Policies policies) {
        set(cli, policies, "local-preference WORD$value", "BGP local preference path attribute\n"
                + "Preference value (0-4294967295)\n", ctx -> new SetClause.LocalPreference(adjustment(ctx)));
        set(cli, policies, "metric OPTVAL$value", "Metric value for destination routing protocol\n"
                + "Metric value (use +/- for additions or subtractions)\n",
                ctx -> new SetClause.Metric(adjustment(ctx)));
        set(cli, policies, "weight (0-4294967295)$value", "BGP weight for routing table\nWeight value\n",
                ctx -> new SetClause.Weight(ctx.number("value")));
        set(cli, policies, "ip next-hop A.B.C.D$addr", "IP information\nNext hop address\nIP address of next hop\n",
                ctx -> new SetClause.NextHop(IpAddresses.parse(ctx.arg("addr"))));
        set(cli, policies, "ipv6 next-hop global X:X::X:X$addr",
                "IPv6 information\nIPv6 next-hop address\nIPv6 global address\nIPv6 address of next hop\n",
                ctx -> new SetClause.NextHop(IpAddresses.parse(ctx.arg("addr"))));
        set(cli, policies, "as-path prepend (1-4294967295)...", "Transform BGP AS_PATH attribute\n"
                + "Prepend to the as-path\nAS number\n", RouteMapCommands::prepend);
        set(cli, policies, "community AA:NN...", "BGP community attribute\n" + FilterCommands.COMMUNITY_VALUE,
                RouteMapCommands::community);
        cli.install(Node.ROUTE_MAP, "set community none", SET + "BGP community attribute\nNo community attribute\n",
                ctx -> {
                    entry(ctx).set(SetClause.Community.none());
                    policies.changed();
                });
    }

    private static void set(Cli cli, Policies policies, String syntax, String help,
            java.util.function.Function<CommandContext, SetClause> clause) {
        cli.install(Node.ROUTE_MAP, "set " + syntax, SET + help, ctx -> {
            entry(ctx).set(clause.apply(ctx));
            policies.changed();
        });
        String command = clauseWords(syntax);
        cli.install(Node.ROUTE_MAP, "no set " + command + " [LINE...]", NO + SET + help, ctx -> {
            entry(ctx).removeSet(command);
            policies.changed();
        });
    }

    private static void installFlow(Cli cli, Policies policies) {
        BiConsumer<CommandContext, Runnable> change = (ctx, r) -> {
            r.run();
            policies.changed();
        };
        cli.install(Node.ROUTE_MAP, "on-match next", "Exit policy on matches\nNext clause\n",
                ctx -> change.accept(ctx, () -> entry(ctx).exitPolicy(RouteMapEntry.ExitPolicy.NEXT, 0)));
        cli.install(Node.ROUTE_MAP, "no on-match next", NO + "Exit policy on matches\nNext clause\n",
                ctx -> change.accept(ctx, () -> entry(ctx).exitPolicy(RouteMapEntry.ExitPolicy.EXIT, 0)));
        cli.install(Node.ROUTE_MAP, "on-match goto (1-65535)$rm_num", "Exit policy on matches\nGoto Clause number\n"
                + "Number\n", ctx -> change.accept(ctx, () -> onMatchGoto(ctx)));
        cli.install(Node.ROUTE_MAP, "no on-match goto", NO + "Exit policy on matches\nGoto Clause number\n",
                ctx -> change.accept(ctx, () -> entry(ctx).exitPolicy(RouteMapEntry.ExitPolicy.EXIT, 0)));
        cli.install(Node.ROUTE_MAP, "continue (1-65535)$rm_num", "Continue on a different entry within the "
                + "route-map\nRoute-map entry sequence number\n", ctx -> change.accept(ctx, () -> onMatchGoto(ctx)));
        cli.install(Node.ROUTE_MAP, "call WORD$name", "Jump to another Route-Map after match+set\n"
                + "Target route-map name\n", ctx -> change.accept(ctx, () -> entry(ctx).call(ctx.arg("name"))));
        cli.install(Node.ROUTE_MAP, "no call", NO + "Jump to another Route-Map after match+set\n",
                ctx -> change.accept(ctx, () -> entry(ctx).call(null)));
        cli.install(Node.ROUTE_MAP, "description LINE...", "Route-map comment\n"
                + "Comment describing this route-map rule\n",
                ctx -> change.accept(ctx, () -> entry(ctx).description(ctx.arg("LINE..."))));
        cli.install(Node.ROUTE_MAP, "no description", NO + "Route-map comment\n",
                ctx -> change.accept(ctx, () -> entry(ctx).description(null)));
    }

    /** FRR's lib_route_map_entry_exit_policy validation: only forward. */
    private static void onMatchGoto(CommandContext ctx) {
        RouteMapEntry e = entry(ctx);
        int target = (int) ctx.number("rm_num");
        if (target <= e.seq()) {
            throw new CliError("% Configuration failed.\n\nError type: validation\nError description: "
                    + "Cannot go to a sequence number less than or equal to the current");
        }
        e.exitPolicy(RouteMapEntry.ExitPolicy.GOTO, target);
    }

    private static RouteMapEntry entry(CommandContext ctx) {
        return ctx.data(RouteMapEntry.class);
    }

    /** The keyword words of a clause syntax: "ip address prefix-list" of "ip address prefix-list NAME$name". */
    private static String clauseWords(String syntax) {
        StringBuilder b = new StringBuilder();
        for (String w : syntax.split(" ")) {
            if (!w.matches("[a-z][a-z0-9-]*")) {
                break;
            }
            b.append(b.isEmpty() ? "" : " ").append(w);
        }
        return b.toString();
    }

    private static SetClause.Adjustment adjustment(CommandContext ctx) {
        SetClause.Adjustment a = SetClause.Adjustment.parse(ctx.arg("value"));
        if (a == null) {
            throw new CliError("% Malformed value '" + ctx.arg("value") + "'");
        }
        return a;
    }

    private static SetClause prepend(CommandContext ctx) {
        String[] words = ctx.arg("(1-4294967295)...").trim().split("\\s+");
        try {
            long[] asns = Arrays.stream(words).mapToLong(Long::parseLong).toArray();
            if (Arrays.stream(asns).anyMatch(a -> a < 1 || a > 0xFFFFFFFFL)) {
                throw new NumberFormatException();
            }
            return new SetClause.Prepend(asns);
        } catch (NumberFormatException e) {
            throw new CliError("% Invalid AS path value " + ctx.arg("(1-4294967295)..."));
        }
    }

    /** FRR's set_community: `additive` anywhere in the list; values sorted and unique. */
    private static SetClause community(CommandContext ctx) {
        String text = ctx.arg("AA:NN...").trim();
        boolean additive = false;
        StringBuilder values = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if ("additive".startsWith(w)) {
                additive = true;
            } else {
                values.append(values.isEmpty() ? "" : " ").append(w);
            }
        }
        if (values.isEmpty()) {
            throw new CliError("% Malformed communities attribute ''");
        }
        int[] v = FilterCommands.communities(values.toString(),
                "% Malformed communities attribute '" + values + "'");
        return new SetClause.Community(v, FilterCommands.communityText(v), additive);
    }
}
