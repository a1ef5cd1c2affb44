package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.BgpService;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.util.List;

/**
 * The L3VPN and VRF show commands: `show [ip] bgp ipv4|ipv6 vpn [rd RD|all] [PREFIX] [json]`, `show [ip] bgp
 * ipv4|ipv6 vpn summary [json]`, `show [ip] bgp vrf NAME
 * [ipv4|ipv6 [unicast]] [json]`, `show [ip] bgp vrf NAME|all summary [json]`, `show bgp vrfs [json]` and `show bgp
 * labelpool summary [json]`.
 */
final class BgpVpnShowCommands {
    private static final String SHOW = "Show running system information\n";
    private static final String IP = "IP information\n";
    private static final String BGP = "BGP information\n";
    private static final String JSON = "JavaScript Object Notation\n";
    private static final String AFI = "Address Family\nAddress Family\n";
    private static final String VRF = "Display information for a VRF\nVRF name\n";
    private static final String RD = "Display information for a route distinguisher\nVPN Route Distinguisher\n"
            + "All VPN Route Distinguishers\n";

    private BgpVpnShowCommands() {
    }

    static void install(Cli cli, BgpService service) {
        cli.install(Node.VIEW, "show [ip] bgp <ipv4$v4|ipv6$v6> vpn [rd <ASN:NN_OR_IP-ADDRESS:NN$rdval|all>] [json$json]",
                SHOW + IP + BGP + AFI + "Display VPN NLRI specific information\n" + RD + JSON,
                ctx -> vpnTable(ctx, service));
        cli.install(Node.VIEW, "show [ip] bgp <ipv4$v4|ipv6$v6> vpn [rd <ASN:NN_OR_IP-ADDRESS:NN$rdval|all>]"
                + " <A.B.C.D|A.B.C.D/M|X:X::X:X|X:X::X:X/M>$prefix [json$json]",
                SHOW + IP + BGP + AFI + "Display VPN NLRI specific information\n" + RD
                        + "Network in the BGP routing table to display\n".repeat(4) + JSON,
                ctx -> vpnRoute(ctx, service));
        cli.install(Node.VIEW, "show [ip] bgp <ipv4$v4|ipv6$v6> vpn summary [json$json]",
                SHOW + IP + BGP + AFI + "Display VPN NLRI specific information\nSummary of BGP neighbor status\n"
                        + JSON, ctx -> vpnSummary(ctx, service));
        cli.install(Node.VIEW, "show [ip] bgp vrf NAME$vrf [<ipv4$v4|ipv6$v6> [unicast]] [json$json]",
                SHOW + IP + BGP + VRF + AFI + "Address Family modifier\n" + JSON, ctx -> vrfTable(ctx, service));
        cli.install(Node.VIEW, "show [ip] bgp vrf <all$all|NAME$vrf> summary [json$json]",
                SHOW + IP + BGP + "Display information for a VRF\nAll VRFs\nVRF name\n"
                        + "Summary of BGP neighbor status\n" + JSON, ctx -> vrfSummary(ctx, service));
        cli.install(Node.VIEW, "show [ip] bgp vrfs [json$json]", SHOW + IP + BGP + "Show BGP VRFs\n" + JSON,
                ctx -> ctx.print(BgpVpnShow.vrfs(service, ctx.has("json"))));
        cli.install(Node.VIEW, "show bgp labelpool summary [json$json]",
                SHOW + BGP + "BGP Labelpool information\nLabel pool summary\n" + JSON,
                ctx -> ctx.print(BgpVpnShow.labelPool(service, ctx.has("json"))));
    }

    private static AddressFamily vpnFamily(CommandContext ctx) {
        return ctx.has("v6") ? AddressFamily.IPV6_VPN : AddressFamily.IPV4_VPN;
    }

    /** The default instance, or null after telling the user there is none (FRR's words). */
    private static BgpRouter defaultRouterOrSay(CommandContext ctx, BgpService service) {
        BgpRouter r = service.router();
        if (r == null) {
            ctx.print(ctx.has("json") ? "{}\n" : "% No BGP process is configured\n");
        }
        return r;
    }

    private static void vpnTable(CommandContext ctx, BgpService service) {
        BgpRouter r = defaultRouterOrSay(ctx, service);
        boolean json = ctx.has("json");
        if (r == null) {
            return;
        }
        AddressFamily f = vpnFamily(ctx);
        RouteDistinguisher rd = null;
        if (ctx.arg("rdval") != null) {
            rd = RouteDistinguisher.parse(ctx.arg("rdval"));
            if (rd == null) {
                throw new CliError("% Malformed Route Distinguisher");
            }
        }
        ctx.print(json ? BgpVpnShow.vpnJson(service, r, f, rd) : BgpVpnShow.vpnText(service, r, f, rd));
    }

    /**
     * One prefix in every RD, or in the one named (FRR's bgp_show_route_in_table): an address or, with an RD,
     * any prefix finds the longest match; a prefix alone must match exactly.
     */
    private static void vpnRoute(CommandContext ctx, BgpService service) {
        BgpRouter r = service.router();
        boolean json = ctx.has("json");
        if (r == null) {
            ctx.print(json ? "{}\n" : "No BGP process is configured\n");
            return;
        }
        AddressFamily f = vpnFamily(ctx);
        String text = ctx.arg("prefix");
        IpPrefix match = text.contains("/") ? IpPrefix.parse(text) : null;
        if (match == null) {
            byte[] a = IpAddresses.parse(text);
            match = a == null ? null : new IpPrefix(a, a.length * 8);
        }
        if (match == null) {
            throw new CliError("address is malformed");
        }
        boolean v6 = !match.isIpv4();
        if (v6 != ctx.has("v6")) {
            throw new CliError(v6 ? "% Cannot specify IPv6 address or prefix with IPv4 AFI"
                    : "% Cannot specify IPv4 address or prefix with IPv6 AFI");
        }
        RouteDistinguisher rd = null;
        if (ctx.arg("rdval") != null) {
            rd = RouteDistinguisher.parse(ctx.arg("rdval"));
            if (rd == null) {
                throw new CliError("% Malformed Route Distinguisher");
            }
        }
        boolean exact = text.contains("/") && !ctx.has("rd");
        ctx.print(json ? BgpVpnShow.vpnRouteJson(service, r, f, rd, match.masked(), exact)
                : BgpVpnShow.vpnRouteText(service, r, f, rd, match.masked(), exact));
    }

    private static void vpnSummary(CommandContext ctx, BgpService service) {
        BgpRouter r = defaultRouterOrSay(ctx, service);
        boolean json = ctx.has("json");
        if (r == null) {
            return;
        }
        AddressFamily f = vpnFamily(ctx);
        if (json) {
            ctx.print(BgpSummary.json(r, List.of(f)));
            return;
        }
        // one family named: FRR leaves out the "IPv4 VPN Summary (VRF default):" heading
        String text = BgpSummary.text(r, List.of(f));
        String heading = "\n" + BgpSummary.familyName(f) + " Summary (VRF default):\n";
        ctx.print(text.startsWith(heading) ? text.substring(heading.length()) : text);
    }

    private static void vrfTable(CommandContext ctx, BgpService service) {
        String name = ctx.arg("vrf");
        boolean json = ctx.has("json");
        BgpRouter r = name.equals("default") ? service.router() : service.vrfRouter(name);
        if (r == null) {
            ctx.print(json ? "{}\n" : "% No such VRF or BGP instance: " + name + "\n");
            return;
        }
        AddressFamily f = ctx.has("v6") ? AddressFamily.IPV6_UNICAST : AddressFamily.IPV4_UNICAST;
        ctx.print(BgpVpnShow.vrfTable(service, r, f, json));
    }

    private static void vrfSummary(CommandContext ctx, BgpService service) {
        boolean json = ctx.has("json");
        List<BgpRouter> routers = new java.util.ArrayList<>();
        if (ctx.has("all")) {
            if (service.router() != null) {
                routers.add(service.router());
            }
            routers.addAll(service.vrfRouters());
        } else {
            String name = ctx.arg("vrf");
            BgpRouter r = name.equals("default") ? service.router() : service.vrfRouter(name);
            if (r == null) {
                ctx.print(json ? "{}\n" : "% No such VRF " + name + "\n");
                return;
            }
            routers.add(r);
        }
        StringBuilder sb = new StringBuilder();
        if (json) {
            sb.append('{');
        }
        boolean first = true;
        for (BgpRouter r : routers) {
            String name = r.vrf() == null ? "default" : r.vrf();
            if (json) {
                sb.append(first ? "" : ",").append('"').append(name).append("\":")
                        .append(r.peerList().isEmpty() ? "{}" : BgpSummary.json(r, BgpRouter.ALL_FAMILIES).strip());
            } else if (r.peerList().isEmpty()) {
                sb.append("% No BGP neighbors found in VRF ").append(name).append('\n');
            } else {
                sb.append(BgpSummary.text(r, BgpRouter.ALL_FAMILIES));
            }
            first = false;
        }
        if (json) {
            sb.append("}\n");
        }
        ctx.print(sb.toString());
    }
}
