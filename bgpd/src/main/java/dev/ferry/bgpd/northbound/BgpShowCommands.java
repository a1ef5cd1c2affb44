package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.runtime.BgpRouter;
import dev.ferry.bgpd.runtime.BgpService;
import dev.ferry.bgpd.runtime.Peer;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpPrefix;
import java.util.List;

/**
 * bgpd's show and clear commands for the default instance, printed as FRR 8.4 prints them (text and `json`):
 * `show bgp [ipv4|ipv6 [unicast]] summary`, `show ip bgp summary`, `show bgp ipv4|ipv6 [unicast] [PREFIX]`,
 * `show ip bgp [PREFIX]`, `show bgp neighbors [X]`, `clear bgp *|X [soft [in|out]]`.
 */
public final class BgpShowCommands {
    private static final String SHOW = "Show running system information\n";
    private static final String BGP = "BGP information\n";
    private static final String JSON = "JavaScript Object Notation\n";
    private static final String AFI = "Address Family\nAddress Family\nAddress Family modifier\n";

    private BgpShowCommands() {
    }

    public static void install(Cli cli, BgpService service) {
        cli.install(Node.VIEW, "show bgp [<ipv4$v4|ipv6$v6> [unicast]] summary [json$json]",
                SHOW + BGP + AFI + "Summary of BGP neighbor status\n" + JSON,
                ctx -> summary(ctx, service, families(ctx, true)));
        cli.install(Node.VIEW, "show ip bgp [<ipv4$v4|ipv6$v6> [unicast]] summary [json$json]",
                SHOW + "IP information\n" + BGP + AFI + "Summary of BGP neighbor status\n" + JSON,
                ctx -> summary(ctx, service, families(ctx, false)));
        cli.install(Node.VIEW, "show bgp <ipv4$v4|ipv6$v6> [unicast] [<A.B.C.D|A.B.C.D/M|X:X::X:X|X:X::X:X/M>$prefix]"
                + " [json$json]", SHOW + BGP + "Address Family\nAddress Family\nAddress Family modifier\n"
                + "Network in the BGP routing table to display\nNetwork in the BGP routing table to display\n"
                + "Network in the BGP routing table to display\nNetwork in the BGP routing table to display\n" + JSON,
                ctx -> table(ctx, service, ctx.has("v6") ? AddressFamily.IPV6_UNICAST : AddressFamily.IPV4_UNICAST));
        cli.install(Node.VIEW, "show ip bgp [<A.B.C.D|A.B.C.D/M>$prefix] [json$json]",
                SHOW + "IP information\n" + BGP + "Network in the BGP routing table to display\n"
                        + "Network in the BGP routing table to display\n" + JSON,
                ctx -> table(ctx, service, AddressFamily.IPV4_UNICAST));
        cli.install(Node.VIEW, "show [ip] bgp neighbors [<A.B.C.D|X:X::X:X>$peer] [json$json]",
                SHOW + "IP information\n" + BGP + "Detailed information on TCP and BGP neighbor connections\n"
                        + "Neighbor to display information about\nNeighbor to display information about\n" + JSON,
                ctx -> BgpNeighborShow.show(ctx, router(service), ctx.arg("peer"), ctx.has("json")));
        String clearHelp = "Reset functions\nBGP information\nClear all peers\nBGP neighbor address to clear\n"
                + "BGP IPv6 neighbor to clear\nSoft reconfig inbound and outbound updates\n"
                + "Send route-refresh unless using 'soft-reconfiguration inbound'\nResend all outbound updates\n";
        cli.install(Node.ENABLE, "clear bgp <*$all|A.B.C.D$peer|X:X::X:X$peer> [soft$soft [<in$in|out$out>]]",
                clearHelp, ctx -> clear(ctx, service));
        cli.install(Node.ENABLE, "clear ip bgp <*$all|A.B.C.D$peer|X:X::X:X$peer> [soft$soft [<in$in|out$out>]]",
                "Reset functions\nIP information\n" + clearHelp.substring("Reset functions\n".length()),
                ctx -> clear(ctx, service));
        BgpVpnShowCommands.install(cli, service);
    }

    private static BgpRouter router(BgpService service) {
        return service.router();
    }

    /**
     * The families a summary shows: the one named, or every family with a neighbor (the IPv4 ones for `show ip`:
     * FRR 8.4's `show ip bgp summary` has an IPv4 VPN section too, see the recorded PE1 output).
     */
    private static List<AddressFamily> families(CommandContext ctx, boolean all) {
        if (ctx.has("v4")) {
            return List.of(AddressFamily.IPV4_UNICAST);
        }
        if (ctx.has("v6")) {
            return List.of(AddressFamily.IPV6_UNICAST);
        }
        return all ? BgpRouter.ALL_FAMILIES : List.of(AddressFamily.IPV4_UNICAST, AddressFamily.IPV4_VPN);
    }

    private static void summary(CommandContext ctx, BgpService service, List<AddressFamily> families) {
        BgpRouter r = router(service);
        boolean json = ctx.has("json");
        if (r == null) {
            ctx.print(json ? "{\n}\n" : "% No BGP process is configured\n");
            return;
        }
        ctx.print(json ? BgpSummary.json(r, families) : BgpSummary.text(r, families));
    }

    private static void table(CommandContext ctx, BgpService service, AddressFamily family) {
        BgpRouter r = router(service);
        boolean json = ctx.has("json");
        if (r == null) {
            ctx.print(json ? "{\n}\n" : "% No BGP process is configured\n");
            return;
        }
        String prefix = ctx.arg("prefix");
        if (prefix == null) {
            ctx.print(json ? BgpTable.json(r, family) : BgpTable.text(r, family));
            return;
        }
        IpPrefix p = prefix.contains("/") ? IpPrefix.parse(prefix) : null;
        if (p == null) {
            byte[] a = dev.ferry.lib.net.IpAddresses.parse(prefix);
            p = BgpTable.longestMatch(r, family, a);
            if (p == null) {
                ctx.print(json ? "{\n}\n" : "% Network not in table\n");
                return;
            }
        }
        if (p.isIpv4() != (family.afi() == AddressFamily.AFI_IPV4)) {
            throw new CliError("% Address family mismatch");
        }
        Prefix key = Prefix.of(p.masked());
        ctx.print(json ? BgpTable.prefixJson(r, family, key) : BgpTable.prefixText(r, family, key));
    }

    private static void clear(CommandContext ctx, BgpService service) {
        BgpRouter r = router(service);
        if (r == null) {
            throw new CliError("%BGP: No BGP process is configured");
        }
        List<Peer> peers;
        if (ctx.has("all")) {
            peers = r.peerList();
        } else {
            Peer p = r.peer(ctx.arg("peer"));
            if (p == null) {
                throw new CliError("%BGP: Unknown neighbor - \"" + ctx.arg("peer") + "\"");
            }
            peers = List.of(p);
        }
        for (Peer p : peers) {
            if (!ctx.has("soft")) {
                r.clear(p);
            } else {
                if (!ctx.has("out")) {
                    r.softIn(p);
                }
                if (!ctx.has("in")) {
                    r.softOut(p);
                }
            }
        }
    }
}
