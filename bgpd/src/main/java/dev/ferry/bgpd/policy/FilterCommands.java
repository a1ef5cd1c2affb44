package dev.ferry.bgpd.policy;

import dev.ferry.bgpd.attr.Communities;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpPrefix;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filter lists in the config node, with FRR 8.4's syntax and messages (lib/filter_cli.c, bgpd/bgp_filter.c,
 * bgp_vty.c): `ip|ipv6 prefix-list`, `bgp as-path access-list`, `bgp community-list [standard]`. Without a
 * `seq`, an entry gets the highest sequence number plus 5; a line that repeats an existing entry is accepted
 * and changes nothing.
 */
public final class FilterCommands {
    static final String NO = "Negate a command or set its defaults\n";
    private static final String PREFIX_LIST = "Build a prefix list\nPrefix list entry name\n";
    private static final String SEQ = "Sequence number of an entry\nSequence number\n";
    private static final String ACTION = "Specify packets to reject\nSpecify packets to forward\n";
    private static final String BGP = "BGP information\n";
    private static final String AS_PATH = "BGP autonomous system path filter\nSpecify an access list name\n"
            + "Regular expression access list name\n";
    private static final String REGEX = "A regular-expression (1234567890_^|[,{}() ]$*+.?-\\) to match the BGP AS paths\n";
    private static final String COMMUNITY_LIST = "Add a community list entry\nCommunity list number (standard)\n"
            + "Add an standard community-list entry\nCommunity list name\n";
    static final String COMMUNITY_VALUE = "Community number in AA:NN format (where AA and NN are (0-65535)) or "
            + "local-AS|no-advertise|no-export|internet|graceful-shutdown|accept-own-nexthop|accept-own|"
            + "route-filter-translated-v4|route-filter-v4|route-filter-translated-v6|route-filter-v6|llgr-stale|"
            + "no-llgr|blackhole|no-peer or additive\n";

    private FilterCommands() {
    }

    public static void install(Cli cli, Policies policies) {
        installPrefixLists(cli, policies, false);
        installPrefixLists(cli, policies, true);
        installAsPath(cli, policies);
        installCommunityLists(cli, policies);
    }

    private static void installPrefixLists(Cli cli, Policies policies, boolean ipv6) {
        String ip = ipv6 ? "ipv6" : "ip";
        String ipHelp = ipv6 ? "IPv6 information\n" : "IP information\n";
        String entry = ipv6 ? " <any|X:X::X:X/M$prefix [{ge (0-128)$ge|le (0-128)$le}]>"
                : " <any|A.B.C.D/M$prefix [{ge (0-32)$ge|le (0-32)$le}]>";
        String entryHelp = ipv6
                ? "Any prefix match.  Same as \"::0/0 le 128\"\nIPv6 prefix <network>/<length>, e.g., 3ffe::/16\n"
                        + "Maximum prefix length to be matched\nMaximum prefix length\n"
                        + "Minimum prefix length to be matched\nMinimum prefix length\n"
                : "Any prefix match.  Same as \"0.0.0.0/0 le 32\"\nIP prefix <network>/<length>, e.g., 35.0.0.0/8\n"
                        + "Minimum prefix length to be matched\nMinimum prefix length\n"
                        + "Maximum prefix length to be matched\nMaximum prefix length\n";
        String head = ip + " prefix-list WORD$name";
        String headHelp = ipHelp + PREFIX_LIST;
        cli.install(Node.CONFIG, head + " [seq (1-4294967295)$seq] <deny|permit>$action" + entry,
                headHelp + SEQ + ACTION + entryHelp, ctx -> addPrefixEntry(ctx, policies, ipv6));
        cli.install(Node.CONFIG, "no " + head + " [seq (1-4294967295)$seq] <deny|permit>$action" + entry,
                NO + headHelp + SEQ + ACTION + entryHelp, ctx -> removePrefixEntry(ctx, policies, ipv6));
        cli.install(Node.CONFIG, "no " + head + " seq (1-4294967295)$seq", NO + headHelp + SEQ,
                ctx -> removePrefixEntry(ctx, policies, ipv6));
        cli.install(Node.CONFIG, "no " + head, NO + headHelp, ctx -> {
            policies.removePrefixList(ctx.arg("name"), ipv6);
            policies.changed();
        });
        String remark = "Access list entry comment\nComment up to 100 characters\n";
        cli.install(Node.CONFIG, head + " description LINE...", headHelp + remark, ctx -> {
            policies.prefixListOrNew(ctx.arg("name"), ipv6).description(ctx.arg("LINE..."));
            policies.changed();
        });
        cli.install(Node.CONFIG, "no " + head + " description [LINE...]", NO + headHelp + remark, ctx -> {
            PrefixList list = policies.prefixList(ctx.arg("name"), ipv6);
            if (list != null) {
                list.description(null);
                dropIfEmpty(policies, list);
            }
        });
    }

    private static void addPrefixEntry(CommandContext ctx, Policies policies, boolean ipv6) {
        PolicyAction action = PolicyAction.of(ctx.arg("action"));
        PrefixList list = policies.prefixList(ctx.arg("name"), ipv6);
        PrefixListEntry e = entry(ctx, list == null ? 5 : list.nextSeq(), action, ipv6);
        if (list != null && list.find(action, e.prefix(), e.ge(), e.le(), e.any()) != null) {
            return;
        }
        policies.prefixListOrNew(ctx.arg("name"), ipv6).put(e);
        policies.changed();
    }

    /** The entry the line describes, checked as FRR's prefix_list_length_validate. */
    private static PrefixListEntry entry(CommandContext ctx, long autoSeq, PolicyAction action, boolean ipv6) {
        long seq = ctx.has("seq") ? ctx.number("seq") : autoSeq;
        if (!ctx.has("prefix")) {
            return PrefixListEntry.any(seq, action, ipv6);
        }
        IpPrefix prefix = IpPrefix.parse(ctx.arg("prefix")).masked();
        int ge = ctx.has("ge") ? (int) ctx.number("ge") : 0;
        int le = ctx.has("le") ? (int) ctx.number("le") : 0;
        if ((le != 0 && prefix.length() > le) || (ge != 0 && prefix.length() > ge)
                || (ge != 0 && le != 0 && ge > le)) {
            throw new CliError("% Configuration failed.\n\nError type: validation\nError description: "
                    + "Invalid prefix range for " + prefix + ": Make sure that mask length <= ge <= le");
        }
        return new PrefixListEntry(seq, action, prefix, ge, le, false);
    }

    /** FRR's plist_remove: by sequence number, or by the entry's content. */
    private static void removePrefixEntry(CommandContext ctx, Policies policies, boolean ipv6) {
        PrefixList list = policies.prefixList(ctx.arg("name"), ipv6);
        PrefixListEntry target = null;
        if (list != null && ctx.has("seq") && !ctx.has("action")) {
            target = list.entries().stream().filter(e -> e.seq() == ctx.number("seq")).findFirst().orElse(null);
        } else if (list != null) {
            PrefixListEntry e = entry(ctx, 0, PolicyAction.of(ctx.arg("action")), ipv6);
            target = list.find(e.action(), e.prefix(), e.ge(), e.le(), e.any());
        }
        if (target == null) {
            throw new CliError("% Configuration failed.\n\nError type: validation\nError description: "
                    + "prefix-list entry not found");
        }
        list.remove(target.seq());
        dropIfEmpty(policies, list);
    }

    private static void dropIfEmpty(Policies policies, PrefixList list) {
        if (list.isEmpty()) {
            policies.removePrefixList(list.name(), list.ipv6());
        }
        policies.changed();
    }

    private static void installAsPath(Cli cli, Policies policies) {
        String syntax = "bgp as-path access-list AS_PATH_FILTER_NAME$name [seq (0-4294967295)$seq] <deny|permit>$action"
                + " LINE...";
        String help = BGP + AS_PATH + SEQ + ACTION + REGEX;
        cli.install(Node.CONFIG, syntax, help, ctx -> {
            String regex = ctx.arg("LINE...");
            java.util.regex.Pattern p = AsPathAccessList.compile(regex);
            if (p == null) {
                throw new CliError(regexCompiles(regex) ? "Invalid character in as-path access-list " + regex
                        : "can't compile regexp " + regex);
            }
            PolicyAction action = PolicyAction.of(ctx.arg("action"));
            AsPathAccessList list = policies.asPathListOrNew(ctx.arg("name"));
            if (list.find(action, regex) != null) {
                return;
            }
            long seq = ctx.has("seq") ? ctx.number("seq") : list.nextSeq();
            list.put(new AsPathAccessList.Entry(seq, action, regex, p));
            policies.changed();
        });
        cli.install(Node.CONFIG, "no " + syntax, NO + help, ctx -> {
            AsPathAccessList list = policies.asPathList(ctx.arg("name"));
            AsPathAccessList.Entry e = list == null ? null
                    : list.find(PolicyAction.of(ctx.arg("action")), ctx.arg("LINE..."));
            if (e == null) {
                throw new CliError("bgp as-path access-list " + ctx.arg("name") + " doesn't exist");
            }
            list.remove(e.seq());
            if (list.isEmpty()) {
                policies.removeAsPathList(list.name());
            }
            policies.changed();
        });
        cli.install(Node.CONFIG, "no bgp as-path access-list AS_PATH_FILTER_NAME$name", NO + BGP + AS_PATH, ctx -> {
            if (policies.asPathList(ctx.arg("name")) == null) {
                throw new CliError("bgp as-path access-list " + ctx.arg("name") + " doesn't exist");
            }
            policies.removeAsPathList(ctx.arg("name"));
            policies.changed();
        });
    }

    /** Whether the expression is a valid regular expression (then only FRR's character check refused it). */
    private static boolean regexCompiles(String regex) {
        try {
            java.util.regex.Pattern.compile(regex.replace("_", "(^|[,{}() ]|$)"));
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static void installCommunityLists(Cli cli, Policies policies) {
        String syntax = "bgp community-list <(1-99)$num|standard COMMUNITY_LIST_NAME$name> [seq (0-4294967295)$seq]"
                + " <deny|permit>$action AA:NN...";
        String help = BGP + COMMUNITY_LIST + SEQ + "Specify community to reject\nSpecify community to accept\n"
                + COMMUNITY_VALUE;
        cli.install(Node.CONFIG, syntax, help, ctx -> {
            int[] values = communities(ctx.arg("AA:NN..."), "% Malformed community-list value");
            PolicyAction action = PolicyAction.of(ctx.arg("action"));
            String text = communityText(values);
            CommunityList list = policies.communityListOrNew(listName(ctx));
            if (list.find(action, text) != null) {
                return;
            }
            long seq = ctx.has("seq") ? ctx.number("seq") : list.nextSeq();
            list.put(new CommunityList.Entry(seq, action, values, text));
            policies.changed();
        });
        cli.install(Node.CONFIG, "no " + syntax, NO + help, ctx -> {
            CommunityList list = policies.communityList(listName(ctx));
            int[] values = communities(ctx.arg("AA:NN..."), "% Malformed community-list value");
            CommunityList.Entry e = list == null ? null
                    : list.find(PolicyAction.of(ctx.arg("action")), communityText(values));
            if (e == null) {
                throw new CliError("% Can't find community-list");
            }
            list.remove(e.seq());
            if (list.isEmpty()) {
                policies.removeCommunityList(list.name());
            }
            policies.changed();
        });
        cli.install(Node.CONFIG, "no bgp community-list <(1-99)$num|standard COMMUNITY_LIST_NAME$name>",
                NO + BGP + COMMUNITY_LIST, ctx -> {
                    if (policies.communityList(listName(ctx)) == null) {
                        throw new CliError("% Can't find community-list");
                    }
                    policies.removeCommunityList(listName(ctx));
                    policies.changed();
                });
    }

    private static String listName(CommandContext ctx) {
        return ctx.has("num") ? ctx.arg("num") : ctx.arg("name");
    }

    /** Community values of a line, sorted and unique (FRR's community_str2com); refused with {@code error}. */
    static int[] communities(String text, String error) {
        List<String> words = Arrays.asList(text.trim().split("\\s+"));
        int[] values = new int[words.size()];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = Communities.parse(words.get(i));
            }
        } catch (IllegalArgumentException e) {
            throw new CliError(error);
        }
        return CommunityList.sortedUnique(values);
    }

    /** FRR's community_str. */
    static String communityText(int[] values) {
        return Arrays.stream(values).mapToObj(Communities::format).collect(Collectors.joining(" "));
    }
}
