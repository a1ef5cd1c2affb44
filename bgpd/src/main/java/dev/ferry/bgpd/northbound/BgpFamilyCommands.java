package dev.ferry.bgpd.northbound;

import static dev.ferry.bgpd.northbound.BgpSession.NEIGHBOR;
import static dev.ferry.bgpd.northbound.BgpSession.NEIGHBOR_HELP;
import static dev.ferry.bgpd.northbound.BgpSession.NO;
import static dev.ferry.bgpd.northbound.BgpSession.family;
import static dev.ferry.bgpd.northbound.BgpSession.familyConfig;
import static dev.ferry.bgpd.northbound.BgpSession.instance;
import static dev.ferry.bgpd.northbound.BgpSession.neighbor;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpAddressFamilyConfig;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.BgpRedistribution;
import dev.ferry.bgpd.config.BgpRouteSource;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.util.EnumSet;
import java.util.Set;

/**
 * `address-family ...` and the per-family commands: neighbor activation, next-hop-self, `network` and
 * `redistribute`. FRR also accepts the IPv4-unicast ones directly in the BGP node (hidden commands from
 * before address families), and so does Ferry.
 */
public final class BgpFamilyCommands {
    private static final String AF_HELP = "Enter Address Family command mode\nAddress Family\n";
    private static final String MODIFIER = "Address Family modifier\n";
    private static final Set<Node> ALL_FAMILIES = EnumSet.of(Node.BGP_IPV4_UNICAST, Node.BGP_IPV4_LABELED_UNICAST,
            Node.BGP_IPV4_VPN, Node.BGP_IPV6_UNICAST, Node.BGP_IPV6_VPN);
    private static final Set<Node> IPV4_UNICAST_LIKE = EnumSet.of(Node.BGP, Node.BGP_IPV4_UNICAST,
            Node.BGP_IPV4_LABELED_UNICAST);

    private BgpFamilyCommands() {
    }

    public static void install(Cli cli) {
        cli.install(Node.BGP, "address-family ipv4 [<unicast|vpn|labeled-unicast>$safi]",
                AF_HELP + MODIFIER.repeat(3), ctx -> enter(ctx, "ipv4"));
        cli.install(Node.BGP, "address-family ipv6 [<unicast|vpn>$safi]", AF_HELP + MODIFIER.repeat(2),
                ctx -> enter(ctx, "ipv6"));
        cli.install(Node.BGP, "address-family vpnv4 [unicast]", AF_HELP + MODIFIER,
                ctx -> enterFamily(ctx, BgpAddressFamily.IPV4_VPN));
        cli.install(Node.BGP, "address-family vpnv6 [unicast]", AF_HELP + MODIFIER,
                ctx -> enterFamily(ctx, BgpAddressFamily.IPV6_VPN));
        Set<Node> withHidden = EnumSet.copyOf(ALL_FAMILIES);
        withHidden.add(Node.BGP);
        String activate = "Enable the Address Family for this Neighbor";
        cli.install(withHidden, "neighbor " + NEIGHBOR + " activate", NEIGHBOR_HELP + activate,
                BgpFamilyCommands::activate);
        cli.install(withHidden, "no neighbor " + NEIGHBOR + " activate", NO + NEIGHBOR_HELP + activate,
                ctx -> neighbor(ctx).activated(family(ctx), false));
        cli.install(withHidden, "[no] neighbor " + NEIGHBOR + " next-hop-self",
                NO + NEIGHBOR_HELP + "Disable the next hop calculation for this neighbor",
                ctx -> neighbor(ctx).nextHopSelf(family(ctx), !ctx.no()));
        String rrClient = "Configure a neighbor as Route Reflector client";
        cli.install(withHidden, "neighbor " + NEIGHBOR + " route-reflector-client", NEIGHBOR_HELP + rrClient,
                BgpFamilyCommands::reflectorClient);
        cli.install(withHidden, "no neighbor " + NEIGHBOR + " route-reflector-client",
                NO + NEIGHBOR_HELP + rrClient, ctx -> neighbor(ctx).routeReflectorClient(family(ctx), false));
        installNetwork(cli);
        installRedistribute(cli);
        installMaximumPaths(cli);
    }

    /** FRR's peer_af_flag_set with PEER_FLAG_REFLECTOR_CLIENT: only an internal neighbor can be a client. */
    private static void reflectorClient(CommandContext ctx) {
        BgpNeighbor n = neighbor(ctx);
        if (!n.isInternal(instance(ctx).asn())) {
            throw new CliError("% Invalid command. Not an internal neighbor");
        }
        n.routeReflectorClient(family(ctx), true);
    }

    /** `maximum-paths [ibgp] N` (bgp_maxpaths_config_vty): unicast families, and the hidden IPv4 form. */
    private static void installMaximumPaths(Cli cli) {
        Set<Node> nodes = EnumSet.copyOf(IPV4_UNICAST_LIKE);
        nodes.add(Node.BGP_IPV6_UNICAST);
        String range = "(1-" + BgpAddressFamilyConfig.MULTIPATH_NUM + ")";
        String help = "Forward packets over multiple paths\n";
        String ibgp = "iBGP-multipath\n";
        String number = "Number of paths\n";
        String cluster = "Match the cluster length\n";
        cli.install(nodes, "maximum-paths " + range + "$paths", help + number,
                ctx -> familyConfig(ctx).maximumPaths((int) ctx.number("paths")));
        cli.install(nodes, "no maximum-paths [" + range + "]", NO + help + number,
                ctx -> familyConfig(ctx).maximumPaths(BgpAddressFamilyConfig.MULTIPATH_NUM));
        cli.install(nodes, "maximum-paths ibgp " + range + "$paths [equal-cluster-length$ecl]",
                help + ibgp + number + cluster,
                ctx -> familyConfig(ctx).maximumPathsIbgp((int) ctx.number("paths"), ctx.has("ecl")));
        cli.install(nodes, "no maximum-paths ibgp [" + range + " [equal-cluster-length]]",
                NO + help + ibgp + number + cluster,
                ctx -> familyConfig(ctx).maximumPathsIbgp(BgpAddressFamilyConfig.MULTIPATH_NUM, false));
    }

    private static void enter(CommandContext ctx, String afi) {
        String safi = ctx.arg("safi", "unicast");
        BgpAddressFamily family = BgpAddressFamily.of(afi, safi);
        if (instance(ctx).type() != BgpInstanceType.DEFAULT && !family.isUnicast()) {
            throw new CliError("Only Unicast/Multicast/EVPN SAFIs supported in non-core instances.");
        }
        enterFamily(ctx, family);
    }

    private static void enterFamily(CommandContext ctx, BgpAddressFamily family) {
        ctx.enter(family.node(), instance(ctx).family(family));
    }

    /** FRR's peer_activate: IPv4/IPv6 unicast and labeled-unicast exclude each other. */
    private static void activate(CommandContext ctx) {
        BgpNeighbor n = neighbor(ctx);
        BgpAddressFamily family = family(ctx);
        BgpAddressFamily rival = switch (family) {
            case IPV4_UNICAST -> BgpAddressFamily.IPV4_LABELED_UNICAST;
            case IPV4_LABELED_UNICAST -> BgpAddressFamily.IPV4_UNICAST;
            default -> null;
        };
        if (!n.isActivated(family) && rival != null && n.isActivated(rival)) {
            throw new CliError("% Cannot activate peer for both 'ipv4 unicast' and 'ipv4 labeled-unicast'");
        }
        n.activated(family, true);
    }

    private static void installNetwork(Cli cli) {
        String options = " [route-map RMAP_NAME]";
        String optionsHelp = "Route-map to modify the attributes\nName of the route map";
        cli.install(IPV4_UNICAST_LIKE, "[no] network A.B.C.D/M" + options,
                NO + "Specify a network to announce via BGP\nIPv4 prefix\n" + optionsHelp,
                ctx -> network(ctx, ctx.arg("A.B.C.D/M")));
        cli.install(Node.BGP_IPV6_UNICAST, "[no] network X:X::X:X/M" + options,
                NO + "Specify a network to announce via BGP\nIPv6 prefix\n" + optionsHelp,
                ctx -> network(ctx, ctx.arg("X:X::X:X/M")));
    }

    /** FRR's bgp_static_set. */
    private static void network(CommandContext ctx, String text) {
        IpPrefix prefix = IpPrefix.parse(text);
        if (IpAddresses.isIpv6LinkLocal(prefix.address())) {
            throw new CliError("% Malformed prefix (link-local address)");
        }
        prefix = prefix.masked();
        BgpAddressFamilyConfig af = familyConfig(ctx);
        String routeMap = ctx.arg("RMAP_NAME");
        if (!ctx.no()) {
            af.addNetwork(new BgpNetwork(prefix, routeMap));
            return;
        }
        BgpNetwork existing = af.network(prefix);
        if (existing == null) {
            throw new CliError("% Can't find static route specified");
        }
        if (routeMap != null && existing.routeMap() != null && !routeMap.equals(existing.routeMap())) {
            throw new CliError("% route-map name doesn't match static route");
        }
        af.removeNetwork(prefix);
    }

    private static void installRedistribute(Cli cli) {
        String options = " [{metric (0-4294967295)$metric|route-map RMAP_NAME}]";
        String optionsHelp = "Metric for redistributed routes\nDefault metric\nRoute map reference\n"
                + "Pointer to route-map entries";
        for (boolean ipv4 : new boolean[] {true, false}) {
            Set<Node> nodes = ipv4 ? EnumSet.of(Node.BGP, Node.BGP_IPV4_UNICAST) : EnumSet.of(Node.BGP_IPV6_UNICAST);
            String sources = BgpRouteSource.syntax(ipv4) + "$source";
            String help = "Redistribute information from another routing protocol\n" + BgpRouteSource.help(ipv4)
                    + "\n";
            cli.install(nodes, "redistribute " + sources + options, help + optionsHelp,
                    BgpFamilyCommands::redistribute);
            cli.install(nodes, "no redistribute " + sources + options, NO + help + optionsHelp,
                    ctx -> familyConfig(ctx).stopRedistributing(BgpRouteSource.fromWord(ctx.arg("source"))));
        }
    }

    private static void redistribute(CommandContext ctx) {
        BgpAddressFamilyConfig af = familyConfig(ctx);
        BgpRouteSource source = BgpRouteSource.fromWord(ctx.arg("source"));
        BgpRedistribution old = af.redistribution(source);
        Long metric = ctx.has("metric") ? ctx.number("metric") : null;
        af.redistribute(source, (old == null ? BgpRedistribution.PLAIN : old).updatedWith(metric,
                ctx.arg("RMAP_NAME")));
    }
}
