package dev.ferry.zebra.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.InterfaceNodeCommands;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.config.ZebraInterface;

/**
 * zebra's interface node: lib's `interface IFNAME [vrf NAME]` and description, plus shutdown, addresses and
 * `mtu`. Each change is reported to the config's listener (the interface manager), which applies it to the
 * kernel at once.
 */
public final class InterfaceCommands {
    private static final String NO = "Negate a command or set its defaults\n";

    private InterfaceCommands() {
    }

    public static void install(Cli cli, ZebraConfig config) {
        InterfaceNodeCommands.install(cli, config.interfaces());
        cli.install(Node.INTERFACE, "[no] shutdown", NO + "Shutdown the selected interface", ctx -> {
            iface(ctx).shutdown(!ctx.no());
            config.changes().shutdownChanged(iface(ctx));
        });
        cli.install(Node.INTERFACE, "mtu (68-65535)$mtu", "Set the interface's MTU\nMTU in bytes", ctx -> {
            iface(ctx).mtu((int) ctx.number("mtu"));
            config.changes().mtuChanged(iface(ctx));
        });
        cli.install(Node.INTERFACE, "no mtu [(68-65535)]", NO + "Set the interface's MTU\nMTU in bytes", ctx -> {
            iface(ctx).mtu(0);
            config.changes().mtuChanged(iface(ctx));
        });
        cli.install(Node.INTERFACE, "[no] ip address A.B.C.D/M",
                NO + "Interface Internet Protocol config commands\nSet the IP address of an interface\n"
                        + "IP address (e.g. 10.0.0.1/8)",
                ctx -> address(ctx, config, ctx.arg("A.B.C.D/M")));
        cli.install(Node.INTERFACE, "[no] ipv6 address X:X::X:X/M",
                NO + "Interface IPv6 config commands\nSet the IP address of an interface\n"
                        + "IPv6 address (e.g. 3ffe:506::1/48)",
                ctx -> address(ctx, config, ctx.arg("X:X::X:X/M")));
    }

    private static ZebraInterface iface(CommandContext ctx) {
        return ctx.data(ZebraInterface.class);
    }

    /**
     * `no ip address` also removes an address the kernel has but the config does not (added with `ip addr
     * add`, say): FRR refuses that with "% Can't find address"; Ferry only says so when neither has it.
     */
    private static void address(CommandContext ctx, ZebraConfig config, String text) {
        IpPrefix address = IpPrefix.parse(text);
        ZebraInterface iface = iface(ctx);
        if (ctx.no()) {
            boolean configured = iface.removeAddress(address);
            boolean inKernel = config.changes().addressRemoved(iface, address);
            if (!configured && !inKernel) {
                throw new CliError("% Can't find address");
            }
            return;
        }
        if (isMartian(address)) {
            throw new CliError("% Invalid address");
        }
        if (iface.addAddress(address)) {
            config.changes().addressAdded(iface, address);
        }
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
