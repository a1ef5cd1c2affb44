package dev.ferry.zebra.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.config.ZebraInterface;
import dev.ferry.zebra.ip.IpPrefix;

/** zebra's interface node: `interface IFNAME [vrf NAME]`, description, shutdown and addresses. */
public final class InterfaceCommands {
    private static final String NO = "Negate a command or set its defaults\n";

    private final ZebraConfig config;

    private InterfaceCommands(ZebraConfig config) {
        this.config = config;
    }

    public static void install(Cli cli, ZebraConfig config) {
        InterfaceCommands c = new InterfaceCommands(config);
        cli.install(Node.CONFIG, "interface IFNAME [vrf NAME]",
                "Select an interface to configure\nInterface's name\nSpecify the VRF\nThe VRF name", c::enter);
        cli.install(Node.CONFIG, "no interface IFNAME [vrf NAME]",
                NO + "Delete a pseudo interface's configuration\nInterface's name\nSpecify the VRF\nThe VRF name",
                ctx -> config.removeInterface(ctx.arg("IFNAME")));
        cli.install(Node.INTERFACE, "description LINE...",
                "Interface specific description\nCharacters describing this interface",
                ctx -> iface(ctx).description(ctx.arg("LINE...")));
        cli.install(Node.INTERFACE, "no description", NO + "Interface specific description",
                ctx -> iface(ctx).description(null));
        cli.install(Node.INTERFACE, "[no] shutdown", NO + "Shutdown the selected interface",
                ctx -> iface(ctx).shutdown(!ctx.no()));
        cli.install(Node.INTERFACE, "[no] ip address A.B.C.D/M",
                NO + "Interface Internet Protocol config commands\nSet the IP address of an interface\n"
                        + "IP address (e.g. 10.0.0.1/8)",
                ctx -> c.address(ctx, ctx.arg("A.B.C.D/M")));
        cli.install(Node.INTERFACE, "[no] ipv6 address X:X::X:X/M",
                NO + "Interface IPv6 config commands\nSet the IP address of an interface\n"
                        + "IPv6 address (e.g. 3ffe:506::1/48)",
                ctx -> c.address(ctx, ctx.arg("X:X::X:X/M")));
    }

    private void enter(CommandContext ctx) {
        ctx.enter(Node.INTERFACE, config.iface(ctx.arg("IFNAME"), ctx.arg("NAME")));
    }

    private static ZebraInterface iface(CommandContext ctx) {
        return ctx.data(ZebraInterface.class);
    }

    private void address(CommandContext ctx, String text) {
        IpPrefix address = IpPrefix.parse(text);
        if (ctx.no()) {
            if (!iface(ctx).removeAddress(address)) {
                throw new CliError("% Can't find address");
            }
            return;
        }
        if (isMartian(address)) {
            throw new CliError("% Invalid address");
        }
        iface(ctx).addAddress(address);
    }

    /** FRR refuses 0/8, 127/8 and class D/E IPv4 addresses, and ::1. */
    private static boolean isMartian(IpPrefix p) {
        byte[] a = p.address();
        if (p.isIpv4()) {
            int first = a[0] & 0xff;
            return first == 0 || first == 127 || first >= 224;
        }
        for (int i = 0; i < 15; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[15] == 1;
    }
}
