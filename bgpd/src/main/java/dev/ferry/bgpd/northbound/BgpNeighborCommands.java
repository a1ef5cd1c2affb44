package dev.ferry.bgpd.northbound;

import static dev.ferry.bgpd.northbound.BgpSession.NEIGHBOR;
import static dev.ferry.bgpd.northbound.BgpSession.NEIGHBOR_HELP;
import static dev.ferry.bgpd.northbound.BgpSession.NO;
import static dev.ferry.bgpd.northbound.BgpSession.instance;
import static dev.ferry.bgpd.northbound.BgpSession.neighbor;

import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;

/** `neighbor X ...` session settings in the BGP node. */
public final class BgpNeighborCommands {
    private static final String AS_HELP = "AS number\nInternal BGP peer\nExternal BGP peer";
    private static final String SOURCE_HELP = "Source of routing updates\nIPv4 address\nIPv6 address\n"
            + "Interface name (requires zebra to be running)";
    private static final String TIMERS_HELP = "BGP per neighbor timers\nKeepalive interval\nHoldtime";

    private BgpNeighborCommands() {
    }

    public static void install(Cli cli) {
        String remoteAs = " remote-as <(1-4294967295)|internal|external>$as";
        cli.install(Node.BGP, "neighbor " + NEIGHBOR + remoteAs,
                NEIGHBOR_HELP + "Specify a BGP neighbor\n" + AS_HELP, BgpNeighborCommands::remoteAs);
        cli.install(Node.BGP, "no neighbor " + NEIGHBOR + " [" + remoteAs.strip() + "]",
                NO + NEIGHBOR_HELP + "Specify a BGP neighbor\n" + AS_HELP, BgpNeighborCommands::remove);
        cli.install(Node.BGP, "neighbor " + NEIGHBOR + " update-source <A.B.C.D|X:X::X:X|WORD>$source",
                NEIGHBOR_HELP + SOURCE_HELP, BgpNeighborCommands::updateSource);
        cli.install(Node.BGP, "no neighbor " + NEIGHBOR + " update-source [<A.B.C.D|X:X::X:X|WORD>]",
                NO + NEIGHBOR_HELP + SOURCE_HELP, ctx -> neighbor(ctx).updateSource(null));
        cli.install(Node.BGP, "neighbor " + NEIGHBOR + " description LINE...", NEIGHBOR_HELP
                + "Neighbor specific description\nUp to 80 characters describing this neighbor",
                ctx -> neighbor(ctx).description(ctx.arg("LINE...")));
        cli.install(Node.BGP, "no neighbor " + NEIGHBOR + " description",
                NO + NEIGHBOR_HELP + "Neighbor specific description", ctx -> neighbor(ctx).description(null));
        cli.install(Node.BGP, "[no] neighbor " + NEIGHBOR + " shutdown",
                NO + NEIGHBOR_HELP + "Administratively shut down this neighbor",
                ctx -> neighbor(ctx).shutdown(!ctx.no()));
        cli.install(Node.BGP, "neighbor " + NEIGHBOR + " timers (0-65535)$keepalive (0-65535)$holdtime",
                NEIGHBOR_HELP + TIMERS_HELP, BgpNeighborCommands::timers);
        cli.install(Node.BGP, "no neighbor " + NEIGHBOR + " timers [(0-65535) (0-65535)]",
                NO + NEIGHBOR_HELP + TIMERS_HELP, ctx -> neighbor(ctx).timers(null));
        cli.install(Node.BGP, "neighbor " + NEIGHBOR + " password LINE",
                NEIGHBOR_HELP + "Set a password\nThe password", ctx -> neighbor(ctx).password(ctx.arg("LINE")));
        cli.install(Node.BGP, "no neighbor " + NEIGHBOR + " password [LINE]",
                NO + NEIGHBOR_HELP + "Set a password\nThe password", ctx -> neighbor(ctx).password(null));
        String multihop = "Allow EBGP neighbors not on directly connected networks\nmaximum hop count";
        cli.install(Node.BGP, "neighbor " + NEIGHBOR + " ebgp-multihop [(1-255)$hops]", NEIGHBOR_HELP + multihop,
                ctx -> multihop(ctx, ctx.has("hops") ? (int) ctx.number("hops") : BgpNeighbor.MAX_TTL));
        cli.install(Node.BGP, "no neighbor " + NEIGHBOR + " ebgp-multihop [(1-255)]", NO + NEIGHBOR_HELP + multihop,
                ctx -> multihop(ctx, BgpNeighbor.EBGP_TTL));
        BgpNeighborPolicyCommands.install(cli);
    }

    private static void remoteAs(CommandContext ctx) {
        BgpInstance bgp = instance(ctx);
        IpPrefix address = BgpSession.address(ctx.arg("peer"));
        if (address == null) {
            throw new CliError("% Create the peer-group or interface first");
        }
        RemoteAs as = RemoteAs.parse(ctx.arg("as"));
        BgpNeighbor existing = bgp.neighbor(address);
        if (existing != null) {
            existing.remoteAs(as, bgp.asn());
        } else {
            bgp.addNeighbor(address, as);
        }
    }

    private static void remove(CommandContext ctx) {
        IpPrefix address = BgpSession.address(ctx.arg("peer"));
        if (address == null) {
            throw new CliError("% Create the peer-group first");
        }
        instance(ctx).removeNeighbor(address);
    }

    private static void updateSource(CommandContext ctx) {
        String source = ctx.arg("source");
        BgpNeighbor n = neighbor(ctx);
        if (BgpSession.address(source) != null) {
            n.updateSource(IpAddresses.canonical(source));
        } else if (source.indexOf('/') >= 0) {
            throw new CliError("% Invalid update-source, remove prefix length ");
        } else {
            n.updateSource(source);
        }
    }

    /** FRR's peer_timers_set: holdtime 0 or at least 3, and the keepalive kept to a third of it. */
    private static void timers(CommandContext ctx) {
        BgpNeighbor n = neighbor(ctx);
        int keepalive = (int) ctx.number("keepalive");
        int holdtime = (int) ctx.number("holdtime");
        if (holdtime < 3 && holdtime != 0) {
            throw new CliError("% Invalid value");
        }
        n.timers(new BgpNeighbor.Timers(Math.min(keepalive, holdtime / 3), holdtime));
    }

    /** ebgp-multihop only means something for eBGP; FRR ignores it for internal peers. */
    private static void multihop(CommandContext ctx, int ttl) {
        BgpNeighbor n = neighbor(ctx);
        if (!n.isInternal(instance(ctx).asn())) {
            n.ttl(ttl);
        }
    }
}
