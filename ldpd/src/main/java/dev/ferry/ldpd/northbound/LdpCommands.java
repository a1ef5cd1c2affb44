package dev.ferry.ldpd.northbound;

import dev.ferry.ldpd.config.HelloTimers;
import dev.ferry.ldpd.config.LdpAddressFamily;
import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.config.LdpFamily;
import dev.ferry.ldpd.config.LdpInterface;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpAddresses;

/**
 * `mpls ldp` and what lies below it: router ID, address families, transport addresses, explicit-null,
 * interfaces, and the link hello timers, which exist at every level.
 */
public final class LdpCommands {
    private static final String NO = "Negate a command or set its defaults\n";
    private static final String HOLDTIME_HELP = NO + "Configure discovery parameters\nLDP Link Hellos\n"
            + "Hello holdtime\nTime (seconds) - 65535 implies infinite";
    private static final String INTERVAL_HELP = NO + "Configure discovery parameters\nLDP Link Hellos\n"
            + "Hello interval\nTime (seconds)";
    private static final String HOLDTIME = "[no] discovery hello holdtime (1-65535)$seconds";
    private static final String INTERVAL = "[no] discovery hello interval (1-65535)$seconds";

    private LdpCommands() {
    }

    public static void install(Cli cli, LdpConfig config) {
        cli.install(Node.CONFIG, "mpls ldp", "Global MPLS configuration subcommands\nLabel Distribution Protocol",
                ctx -> {
                    config.enabled(true);
                    ctx.enter(Node.LDP, config);
                });
        cli.install(Node.CONFIG, "no mpls ldp",
                NO + "Global MPLS configuration subcommands\nLabel Distribution Protocol", ctx -> config.enabled(false));
        cli.install(Node.LDP, "[no] router-id A.B.C.D$address",
                NO + "Configure router Id\nLSR Id (in form of an IPv4 address)", ctx -> routerId(ctx, config));
        String afHelp = "Configure Address Family and its parameters\nIPv4\nIPv6";
        cli.install(Node.LDP, "address-family <ipv4|ipv6>$af", afHelp, ctx -> {
            LdpAddressFamily af = config.family(LdpFamily.fromWord(ctx.arg("af")));
            af.enabled(true);
            ctx.enter(af.family().node(), af);
        });
        cli.install(Node.LDP, "no address-family <ipv4|ipv6>$af", NO + afHelp,
                ctx -> config.family(LdpFamily.fromWord(ctx.arg("af"))).enabled(false));
        // Global timers fall back to FRR's defaults; the lower levels to "not set".
        installHello(cli, Node.LDP, ctx -> config.hello(), LdpConfig.DEFAULT_HOLDTIME, LdpConfig.DEFAULT_INTERVAL);
        for (LdpFamily family : LdpFamily.values()) {
            installFamily(cli, family);
        }
    }

    private static void installFamily(Cli cli, LdpFamily family) {
        Node node = family.node();
        installHello(cli, node, ctx -> ctx.data(LdpAddressFamily.class).hello(), 0, 0);
        installHello(cli, family.interfaceNode(), ctx -> ctx.data(LdpInterface.class).hello(), 0, 0);
        String address = family == LdpFamily.IPV4 ? "A.B.C.D" : "X:X::X:X";
        cli.install(node, "[no] discovery transport-address " + address + "$address",
                NO + "Configure discovery parameters\nSpecify transport address for TCP connection\n"
                        + (family == LdpFamily.IPV4 ? "IP" : "IPv6") + " address to be used as transport address",
                LdpCommands::transportAddress);
        cli.install(node, "[no] label local advertise explicit-null [for ACCESSLIST_NAME$for_acl]",
                NO + "Configure label control and policies\nConfigure local label control and policies\n"
                        + "Configure outbound label advertisement control\nConfigure explicit-null advertisement\n"
                        + "IP access-list for destination prefixes\nIP access-list name",
                ctx -> ctx.data(LdpAddressFamily.class).explicitNull(!ctx.no(), ctx.arg("for_acl")));
        String ifHelp = "Enable LDP on an interface and enter interface submode\nInterface's name";
        cli.install(node, "interface IFNAME", ifHelp, ctx -> {
            LdpInterface iface = ctx.data(LdpAddressFamily.class).iface(ctx.arg("IFNAME"));
            iface.enable();
            ctx.enter(family.interfaceNode(), iface);
        });
        cli.install(node, "no interface IFNAME", NO + ifHelp, ctx -> {
            LdpInterface iface = ctx.data(LdpAddressFamily.class).findInterface(ctx.arg("IFNAME"));
            if (iface != null) {
                iface.disable();
            }
        });
    }

    private interface TimersAt {
        HelloTimers of(CommandContext ctx);
    }

    private static void installHello(Cli cli, Node node, TimersAt timers, int defaultHoldtime,
            int defaultInterval) {
        cli.install(node, HOLDTIME, HOLDTIME_HELP, ctx -> timers.of(ctx)
                .holdtime(ctx.no() ? defaultHoldtime : (int) ctx.number("seconds")));
        cli.install(node, INTERVAL, INTERVAL_HELP, ctx -> timers.of(ctx)
                .interval(ctx.no() ? defaultInterval : (int) ctx.number("seconds")));
    }

    /** A bad LSR ID is reported but, as in FRR, the command still "succeeds". */
    private static void routerId(CommandContext ctx, LdpConfig config) {
        if (ctx.no()) {
            config.routerId(null);
            return;
        }
        byte[] address = IpAddresses.parseIpv4(ctx.arg("address"));
        if (LdpAddressChecks.badIpv4(address)) {
            ctx.println("% Malformed address");
            return;
        }
        config.routerId(IpAddresses.formatIpv4(address));
    }

    private static void transportAddress(CommandContext ctx) {
        LdpAddressFamily af = ctx.data(LdpAddressFamily.class);
        if (ctx.no()) {
            af.transportAddress(null);
            return;
        }
        byte[] address = IpAddresses.parse(ctx.arg("address"));
        boolean bad = af.family() == LdpFamily.IPV4 ? LdpAddressChecks.badIpv4(address)
                : LdpAddressChecks.badIpv6(address);
        if (bad) {
            ctx.println("% Malformed address");
            return;
        }
        af.transportAddress(IpAddresses.format(address));
    }
}
