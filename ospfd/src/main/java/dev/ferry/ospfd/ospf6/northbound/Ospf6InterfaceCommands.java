package dev.ferry.ospfd.ospf6.northbound;

import static dev.ferry.ospfd.ospf6.northbound.Ospf6RouterCommands.NO;
import static dev.ferry.ospfd.ospf6.northbound.Ospf6RouterCommands.OSPF6;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.InterfaceNodeCommands;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.ospf6.config.Ospf6InterfaceConfig;
import dev.ferry.ospfd.ospf6.config.Ospf6NetworkType;
import dev.ferry.ospfd.shared.AreaId;

/** ospf6d's interface node: lib's `interface IFNAME [vrf NAME]` and description, plus `ipv6 ospf6 ...`. */
public final class Ospf6InterfaceCommands {
    private static final String IPV6_OSPF6 = "IPv6 Information\n" + OSPF6;

    private Ospf6InterfaceCommands() {
    }

    public static void install(Cli cli, Ospf6Config config) {
        InterfaceNodeCommands.install(cli, config.interfaces());
        String area = "Specify the OSPF6 area ID\nOSPF6 area ID in IPv4 address notation\n"
                + "OSPF6 area ID in decimal notation";
        cli.install(Node.INTERFACE, "ipv6 ospf6 area <A.B.C.D|(0-4294967295)>$area", IPV6_OSPF6 + area, ctx -> {
            Ospf6InterfaceConfig iface = touched(ctx);
            if (iface.area() != null && config.instance(iface.vrf()) != null) {
                ctx.println(iface.name() + " already attached to Area " + iface.area());
                return;
            }
            iface.area(AreaId.parse(ctx.arg("area")));
        });
        cli.install(Node.INTERFACE, "no ipv6 ospf6 area [<A.B.C.D|(0-4294967295)>]", NO + IPV6_OSPF6 + area,
                ctx -> touched(ctx).area(null));
        String mtu = "Interface MTU\nOSPFv3 Interface MTU";
        cli.install(Node.INTERFACE, "ipv6 ospf6 ifmtu (1-65535)", IPV6_OSPF6 + mtu,
                ctx -> touched(ctx).ifMtu((int) ctx.number("(1-65535)")));
        cli.install(Node.INTERFACE, "no ipv6 ospf6 ifmtu [(1-65535)]", NO + IPV6_OSPF6 + mtu,
                ctx -> touched(ctx).ifMtu(0));
        cli.install(Node.INTERFACE, "ipv6 ospf6 cost (1-65535)",
                IPV6_OSPF6 + "Interface cost\nOutgoing metric of this interface",
                ctx -> touched(ctx).cost((int) ctx.number("(1-65535)")));
        cli.install(Node.INTERFACE, "no ipv6 ospf6 cost [(1-65535)]",
                NO + IPV6_OSPF6 + "Calculate interface cost from bandwidth\nOutgoing metric of this interface",
                ctx -> touched(ctx).cost(null));
        installTimers(cli);
        installFlags(cli);
    }

    private static void installTimers(Cli cli) {
        String hello = "Time between HELLO packets\nSeconds";
        cli.install(Node.INTERFACE, "ipv6 ospf6 hello-interval (1-65535)", IPV6_OSPF6 + hello,
                ctx -> touched(ctx).helloInterval((int) ctx.number("(1-65535)")));
        cli.install(Node.INTERFACE, "no ipv6 ospf6 hello-interval [(1-65535)]", NO + IPV6_OSPF6 + hello,
                ctx -> touched(ctx).helloInterval(Ospf6InterfaceConfig.DEFAULT_HELLO));
        String dead = "Interval time after which a neighbor is declared down\nSeconds";
        cli.install(Node.INTERFACE, "ipv6 ospf6 dead-interval (1-65535)", IPV6_OSPF6 + dead,
                ctx -> touched(ctx).deadInterval((int) ctx.number("(1-65535)")));
        cli.install(Node.INTERFACE, "no ipv6 ospf6 dead-interval [(1-65535)]", NO + IPV6_OSPF6 + dead,
                ctx -> touched(ctx).deadInterval(Ospf6InterfaceConfig.DEFAULT_DEAD));
        String priority = "Router priority\nPriority value";
        cli.install(Node.INTERFACE, "ipv6 ospf6 priority (0-255)", IPV6_OSPF6 + priority,
                ctx -> touched(ctx).priority((int) ctx.number("(0-255)")));
        cli.install(Node.INTERFACE, "no ipv6 ospf6 priority [(0-255)]", NO + IPV6_OSPF6 + priority,
                ctx -> touched(ctx).priority(Ospf6InterfaceConfig.DEFAULT_PRIORITY));
    }

    private static void installFlags(Cli cli) {
        cli.install(Node.INTERFACE, "ipv6 ospf6 passive",
                IPV6_OSPF6 + "Passive interface; no adjacency will be formed on this interface",
                ctx -> touched(ctx).passive(true));
        cli.install(Node.INTERFACE, "no ipv6 ospf6 passive",
                NO + IPV6_OSPF6 + "passive interface: No Adjacency will be formed on this I/F",
                ctx -> touched(ctx).passive(false));
        cli.install(Node.INTERFACE, "[no] ipv6 ospf6 mtu-ignore",
                NO + IPV6_OSPF6 + "Disable MTU mismatch detection on this interface",
                ctx -> touched(ctx).mtuIgnore(!ctx.no()));
        String types = "Specify OSPF6 broadcast network\nSpecify OSPF6 point-to-point network";
        cli.install(Node.INTERFACE, "ipv6 ospf6 network <broadcast|point-to-point>$type",
                IPV6_OSPF6 + "Network type\n" + types,
                ctx -> touched(ctx).networkType(Ospf6NetworkType.fromWord(ctx.arg("type"))));
        cli.install(Node.INTERFACE, "no ipv6 ospf6 network [<broadcast|point-to-point>]",
                NO + IPV6_OSPF6 + "Set default network type\n" + types, ctx -> {
                    // FRR leaves an interface ospf6d never knew alone here.
                    Ospf6InterfaceConfig iface = ctx.data(Ospf6InterfaceConfig.class);
                    if (iface.touched()) {
                        iface.networkType(null);
                    }
                });
    }

    /** The interface, now known to ospf6d (every `ipv6 ospf6` command creates its state). */
    private static Ospf6InterfaceConfig touched(CommandContext ctx) {
        return ctx.data(Ospf6InterfaceConfig.class).touch();
    }
}
