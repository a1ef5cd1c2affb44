package dev.ferry.staticd.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.staticd.config.StaticConfig;
import dev.ferry.staticd.config.StaticSid;
import dev.ferry.staticd.config.StaticSid.Behavior;

/**
 * Static local SIDs, in FRR's segment-routing / srv6 tree (FRR 10's `static-sids` node). FRR offers only the
 * micro-SID behaviors there and has no static End.DX4 at all; Ferry takes the classic behaviors with their
 * parameters spelled as iproute2 spells them:
 * <pre>
 * segment-routing
 *  srv6
 *   static-sids
 *    sid 2001:db8:b::10/128 behavior End.DX4 nh4 10.0.0.70 interface eth0
 *    sid 2001:db8:b::20/128 locator MAIN behavior End.DT4 vrf CUSTA
 * </pre>
 */
public final class StaticSidCommands {
    private static final String NO = "Negate a command or set its defaults\n";
    private static final String SID = "sid X:X::X:X/M$sid [locator WORD$loc] behavior ";
    private static final String SID_HELP = "Configure SRv6 static SID\nSID prefix (the SID is its address)\n"
            + "Locator the SID belongs to\nLocator name\nSID behavior\n";

    private StaticSidCommands() {
    }

    public static void install(Cli cli, StaticConfig config) {
        cli.install(Node.CONFIG, "segment-routing", "Segment Routing", ctx -> ctx.enter(Node.SEGMENT_ROUTING, config));
        cli.install(Node.SEGMENT_ROUTING, "srv6", "Segment Routing SRv6", ctx -> ctx.enter(Node.SRV6, config));
        cli.install(Node.SRV6, "static-sids", "Segment Routing SRv6 static SIDs",
                ctx -> ctx.enter(Node.SRV6_STATIC_SIDS, config));
        cli.install(Node.SRV6_STATIC_SIDS, SID + "End [interface IFNAME$ifname]",
                SID_HELP + "Endpoint (next segment)\nOutgoing interface\nInterface name",
                ctx -> add(ctx, config, Behavior.END));
        cli.install(Node.SRV6_STATIC_SIDS, SID + "End.X nh6 X:X::X:X$nh6 interface IFNAME$ifname",
                SID_HELP + "Endpoint with cross-connect to an IPv6 neighbour\nIPv6 next hop\nIPv6 address\n"
                        + "Outgoing interface\nInterface name",
                ctx -> add(ctx, config, Behavior.END_X));
        cli.install(Node.SRV6_STATIC_SIDS, SID + "End.DX4 nh4 A.B.C.D$nh4 interface IFNAME$ifname",
                SID_HELP + "Endpoint with decapsulation and IPv4 cross-connect\nIPv4 next hop\nIPv4 address\n"
                        + "Outgoing interface\nInterface name",
                ctx -> add(ctx, config, Behavior.END_DX4));
        cli.install(Node.SRV6_STATIC_SIDS, SID + "End.DX6 nh6 X:X::X:X$nh6 interface IFNAME$ifname",
                SID_HELP + "Endpoint with decapsulation and IPv6 cross-connect\nIPv6 next hop\nIPv6 address\n"
                        + "Outgoing interface\nInterface name",
                ctx -> add(ctx, config, Behavior.END_DX6));
        cli.install(Node.SRV6_STATIC_SIDS, SID + "<End.DT4|End.DT6|End.DT46>$bhv vrf NAME$vrf",
                SID_HELP + "Endpoint with decapsulation and IPv4 table lookup\n"
                        + "Endpoint with decapsulation and IPv6 table lookup\n"
                        + "Endpoint with decapsulation and IP table lookup\nVRF to look up in\nVRF name",
                ctx -> add(ctx, config, Behavior.of(ctx.arg("bhv"))));
        cli.install(Node.SRV6_STATIC_SIDS, "no sid X:X::X:X/M$sid [locator WORD$loc] [behavior LINE...]",
                NO + "Configure SRv6 static SID\nSID prefix\nLocator the SID belongs to\nLocator name\n"
                        + "SID behavior\nBehavior and parameters",
                ctx -> {
                    if (!config.removeSid(IpPrefix.parse(ctx.arg("sid")).masked())) {
                        throw new CliError("% No such SID");
                    }
                    config.changed();
                });
    }

    private static void add(CommandContext ctx, StaticConfig config, Behavior behavior) {
        IpPrefix sid = IpPrefix.parse(ctx.arg("sid")).masked();
        if (sid.isIpv4()) {
            throw new CliError("% A SID is an IPv6 prefix");
        }
        String nh6 = ctx.arg("nh6");
        String nh4 = ctx.arg("nh4");
        config.addSid(new StaticSid(sid, ctx.arg("loc"), behavior,
                nh4 == null ? null : IpAddresses.format(IpAddresses.parse(nh4)),
                nh6 == null ? null : IpAddresses.format(IpAddresses.parse(nh6)),
                ctx.arg("ifname"), ctx.arg("vrf")));
        config.changed();
    }
}
