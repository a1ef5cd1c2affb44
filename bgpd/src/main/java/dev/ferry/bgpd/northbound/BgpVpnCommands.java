package dev.ferry.bgpd.northbound;

import static dev.ferry.bgpd.northbound.BgpSession.NO;
import static dev.ferry.bgpd.northbound.BgpSession.family;
import static dev.ferry.bgpd.northbound.BgpSession.familyConfig;
import static dev.ferry.bgpd.northbound.BgpSession.instance;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.config.VpnExport;
import dev.ferry.bgpd.config.VpnPolicy;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * L3VPN leaking in the IPv4/IPv6 unicast blocks: label, RD, nexthop and route targets for export,
 * `export vpn` / `import vpn`, and VRF-to-VRF `import vrf NAME`.
 */
public final class BgpVpnCommands {
    private static final Set<Node> UNICAST = EnumSet.of(Node.BGP_IPV4_UNICAST, Node.BGP_IPV6_UNICAST);
    private static final String BETWEEN = "Between current address-family and vpn\n"
            + "For routes leaked from current address-family to vpn\n";
    private static final String RT_HELP = "Specify route target list\nSpecify route target list\n"
            + "Between current address-family and vpn\n"
            + "For routes leaked from vpn to current address-family: match any\n"
            + "For routes leaked from current address-family to vpn: set\n"
            + "both import: match any and export: set\n";

    private final BgpRouterCommands routers;
    private final BgpConfig config;

    private BgpVpnCommands(BgpRouterCommands routers, BgpConfig config) {
        this.routers = routers;
        this.config = config;
    }

    static void install(Cli cli, BgpConfig config, BgpRouterCommands routers) {
        BgpVpnCommands c = new BgpVpnCommands(routers, config);
        cli.install(UNICAST, "label vpn export <(0-1048575)$label|auto$auto>",
                "label value for VRF\n" + BETWEEN + "Label Value <0-1048575>\nAutomatically assign a label",
                BgpVpnCommands::label);
        cli.install(UNICAST, "no label vpn export [<(0-1048575)|auto>]",
                NO + "label value for VRF\n" + BETWEEN + "Label Value <0-1048575>\nAutomatically assign a label",
                ctx -> {
                    VpnExport export = vpnExport(ctx);
                    export.labelAuto(false);
                    export.label(null);
                });
        String rdHelp = "Specify route distinguisher\n" + BETWEEN
                + "Route Distinguisher (<as-number>:<number> | <ip-address>:<number>)";
        cli.install(UNICAST, "rd vpn export ASN:NN_OR_IP-ADDRESS:NN$rd", rdHelp, BgpVpnCommands::rd);
        cli.install(UNICAST, "no rd vpn export [ASN:NN_OR_IP-ADDRESS:NN]", NO + rdHelp,
                ctx -> vpnExport(ctx).rd(null));
        cli.install(UNICAST, "<rt|route-target> vpn <import|export|both>$direction RTLIST...",
                RT_HELP + "Space separated route target list (A.B.C.D:MN|EF:OPQR|GHJK:MN)",
                BgpVpnCommands::routeTargets);
        cli.install(UNICAST, "no <rt|route-target> vpn <import|export|both>$direction [RTLIST...]",
                NO + RT_HELP + "Space separated route target list (A.B.C.D:MN|EF:OPQR|GHJK:MN)",
                BgpVpnCommands::routeTargets);
        String nexthopHelp = "Specify next hop to use for VRF advertised prefixes\n" + BETWEEN
                + "IPv4 prefix\nIPv6 prefix";
        cli.install(UNICAST, "[no] nexthop vpn export [<A.B.C.D|X:X::X:X>$address]", NO + nexthopHelp,
                BgpVpnCommands::nexthop);
        cli.install(UNICAST, "[no] <import|export>$direction vpn", NO + "Import routes to this address-family\n"
                + "Export routes from this address-family\nto/from default instance VPN RIB",
                BgpVpnCommands::importExport);
        cli.install(UNICAST, "[no] import vrf VIEWVRFNAME$vrf",
                NO + "Import routes from another VRF\nVRF to import from\nThe name of the VRF", c::importVrf);
    }

    /**
     * The export side of the session's family, once FRR's vpn_policy_getafi agrees: the `... vpn` commands
     * and VRF-to-VRF leaking exclude each other.
     */
    private static VpnExport vpnExport(CommandContext ctx) {
        if (familyConfig(ctx).vpn().leaksVrfToVrf()) {
            throw new CliError("% error: Please unconfigure import vrf commands before using vpn commands");
        }
        return familyConfig(ctx).vpn().export();
    }

    private static void label(CommandContext ctx) {
        VpnExport export = vpnExport(ctx);
        if (ctx.has("auto")) {
            export.labelAuto(true);
            return;
        }
        export.labelAuto(false);
        export.label(ctx.number("label"));
    }

    private static void rd(CommandContext ctx) {
        RouteDistinguisher rd = RouteDistinguisher.parse(ctx.arg("rd"));
        if (rd == null) {
            throw new CliError("% Malformed rd");
        }
        vpnExport(ctx).rd(rd);
    }

    private static void routeTargets(CommandContext ctx) {
        VpnExport export = vpnExport(ctx);
        List<RouteTarget> targets = null;
        if (!ctx.no()) {
            targets = new ArrayList<>();
            for (String word : ctx.arg("RTLIST...").split(" ")) {
                RouteTarget rt = RouteTarget.parse(word);
                if (rt == null) {
                    throw new CliError("Malformed community-list value");
                }
                targets.add(rt);
            }
        }
        String direction = ctx.arg("direction");
        VpnPolicy vpn = familyConfig(ctx).vpn();
        if (!direction.equals("export")) {
            vpn.importRouteTargets(targets);
        }
        if (!direction.equals("import")) {
            export.routeTargets(targets);
        }
    }

    private static void nexthop(CommandContext ctx) {
        String nexthop = ctx.arg("address");
        if (!ctx.no() && nexthop == null) {
            throw new CliError("% Nexthop required");
        }
        vpnExport(ctx).nexthop(ctx.no() ? null : IpAddresses.canonical(nexthop));
    }

    private static void importExport(CommandContext ctx) {
        if (instance(ctx).type() == BgpInstanceType.VIEW) {
            throw new CliError("% import|export vpn valid only for bgp vrf or default instance");
        }
        VpnPolicy vpn = familyConfig(ctx).vpn();
        if (ctx.arg("direction").equals("import")) {
            vpn.importFromVpn(!ctx.no());
        } else {
            vpn.exportToVpn(!ctx.no());
        }
    }

    /** FRR's bgp_imexport_vrf: the default instance and the source VRF's instance are created if missing. */
    private void importVrf(CommandContext ctx) {
        BgpInstance to = instance(ctx);
        BgpAddressFamily family = family(ctx);
        String name = ctx.arg("vrf");
        if (name.equals("route-map")) {
            throw new CliError("% Must include route-map name");
        }
        VpnPolicy vpn = to.family(family).vpn();
        if (vpn.exportToVpn() || vpn.importFromVpn()) {
            throw new CliError("% error: Please unconfigure vpn to vrf commands before using import vrf commands");
        }
        if (name.equals(to.vrfName())) {
            throw new CliError("% Cannot " + (ctx.no() ? "unimport" : "import") + " vrf " + name + " into itself");
        }
        if (config.defaultInstance() == null) {
            routers.getOrCreate(to.asn(), BgpInstanceType.DEFAULT, null);
        }
        BgpInstance from = config.find(name);
        if (from == null) {
            from = routers.getOrCreate(to.asn(), BgpInstanceType.VRF, name);
        }
        if (ctx.no()) {
            VrfLeaking.stop(to, from, family);
        } else {
            VrfLeaking.start(to, from, family);
        }
    }
}
