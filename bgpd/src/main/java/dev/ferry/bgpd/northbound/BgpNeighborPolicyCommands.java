package dev.ferry.bgpd.northbound;

import static dev.ferry.bgpd.northbound.BgpSession.NEIGHBOR;
import static dev.ferry.bgpd.northbound.BgpSession.NEIGHBOR_HELP;
import static dev.ferry.bgpd.northbound.BgpSession.NO;
import static dev.ferry.bgpd.northbound.BgpSession.family;
import static dev.ferry.bgpd.northbound.BgpSession.neighbor;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.bgpd.config.BgpNeighborPolicy;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import java.util.EnumSet;
import java.util.Set;

/**
 * The per-family neighbor policy commands of FRR 8.4 (bgp_vty.c): `neighbor X prefix-list NAME in|out`,
 * `neighbor X route-map NAME in|out`, `neighbor X maximum-prefix LIMIT [THRESHOLD] [warning-only|restart M]
 * [force]`, in the address-family nodes and, for IPv4 unicast, the BGP node (FRR's hidden forms).
 */
final class BgpNeighborPolicyCommands {
    private static final Set<Node> NODES = EnumSet.of(Node.BGP, Node.BGP_IPV4_UNICAST, Node.BGP_IPV6_UNICAST,
            Node.BGP_IPV4_VPN, Node.BGP_IPV6_VPN, Node.BGP_IPV4_LABELED_UNICAST);
    private static final String PREFIX_LIST = "Filter updates to/from this neighbor\nName of a prefix list\n"
            + "Filter incoming updates\nFilter outgoing updates\n";
    private static final String ROUTE_MAP = "Apply route map to neighbor\nName of route map\n"
            + "Apply map to incoming routes\nApply map to outbound routes\n";
    private static final String MAX = "Maximum number of prefix accept from this peer\nmaximum no. of prefix limit\n";
    private static final String THRESHOLD = "Threshold value (%) at which to generate a warning msg\n";
    private static final String WARNING = "Only give warning message when limit is exceeded\n";
    private static final String RESTART = "Restart bgp connection after limit is exceeded\nRestart interval in minutes\n";
    private static final String FORCE = "Force checking all received routes not only accepted\n";

    private BgpNeighborPolicyCommands() {
    }

    static void install(Cli cli) {
        String peer = "neighbor " + NEIGHBOR;
        cli.install(NODES, peer + " prefix-list WORD$name <in|out>$dir", NEIGHBOR_HELP + PREFIX_LIST,
                ctx -> policy(ctx).prefixList(in(ctx), ctx.arg("name")));
        cli.install(NODES, "no " + peer + " prefix-list WORD$name <in|out>$dir", NO + NEIGHBOR_HELP + PREFIX_LIST,
                ctx -> policy(ctx).prefixList(in(ctx), null));
        cli.install(NODES, peer + " route-map RMAP_NAME$name <in|out>$dir", NEIGHBOR_HELP + ROUTE_MAP,
                ctx -> policy(ctx).routeMap(in(ctx), ctx.arg("name")));
        cli.install(NODES, "no " + peer + " route-map RMAP_NAME$name <in|out>$dir", NO + NEIGHBOR_HELP + ROUTE_MAP,
                ctx -> policy(ctx).routeMap(in(ctx), null));
        String max = peer + " maximum-prefix (1-4294967295)$limit";
        cli.install(NODES, max + " [(1-100)$threshold] [force$force]", NEIGHBOR_HELP + MAX + THRESHOLD + FORCE,
                BgpNeighborPolicyCommands::maxPrefix);
        cli.install(NODES, max + " [(1-100)$threshold] warning-only$warning [force$force]",
                NEIGHBOR_HELP + MAX + THRESHOLD + WARNING + FORCE, BgpNeighborPolicyCommands::maxPrefix);
        cli.install(NODES, max + " [(1-100)$threshold] restart (1-65535)$restart [force$force]",
                NEIGHBOR_HELP + MAX + THRESHOLD + RESTART + FORCE, BgpNeighborPolicyCommands::maxPrefix);
        cli.install(NODES, "no " + peer + " maximum-prefix [(1-4294967295) [(1-100)] [<warning-only|restart (1-65535)>]"
                + " [force]]", NO + NEIGHBOR_HELP + MAX + THRESHOLD + WARNING + RESTART + FORCE,
                ctx -> policy(ctx).maxPrefix(null));
    }

    private static BgpNeighborPolicy policy(CommandContext ctx) {
        return neighbor(ctx).policy(family(ctx));
    }

    private static boolean in(CommandContext ctx) {
        return ctx.arg("dir").equals("in");
    }

    private static void maxPrefix(CommandContext ctx) {
        int threshold = ctx.has("threshold") ? (int) ctx.number("threshold") : BgpNeighborPolicy.DEFAULT_THRESHOLD;
        int restart = ctx.has("restart") ? (int) ctx.number("restart") : 0;
        policy(ctx).maxPrefix(new BgpNeighborPolicy.MaxPrefix(ctx.number("limit"), threshold, ctx.has("warning"),
                restart, ctx.has("force")));
    }

    /** The family block's policy lines for {@code n}, in bgp_config_write_peer_af's order. */
    static void write(BgpNeighbor n, BgpAddressFamily family, ConfigWriter w) {
        BgpNeighborPolicy p = n.policy(family);
        String prefix = "neighbor " + n.name() + " ";
        BgpNeighborPolicy.MaxPrefix max = p.maxPrefix();
        if (max != null) {
            w.line(prefix + "maximum-prefix " + max.limit()
                    + (max.threshold() != BgpNeighborPolicy.DEFAULT_THRESHOLD ? " " + max.threshold() : "")
                    + (max.warningOnly() ? " warning-only" : "")
                    + (max.restartMinutes() != 0 ? " restart " + max.restartMinutes() : "")
                    + (max.force() ? " force" : ""));
        }
        for (boolean in : new boolean[] {true, false}) {
            if (p.prefixList(in) != null) {
                w.line(prefix + "prefix-list " + p.prefixList(in) + (in ? " in" : " out"));
            }
        }
        for (boolean in : new boolean[] {true, false}) {
            if (p.routeMap(in) != null) {
                w.line(prefix + "route-map " + p.routeMap(in) + (in ? " in" : " out"));
            }
        }
    }
}
