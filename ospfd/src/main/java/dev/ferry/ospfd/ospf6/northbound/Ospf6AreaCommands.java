package dev.ferry.ospfd.ospf6.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.AreaRange;
import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.ospf6.config.Ospf6Instance;
import dev.ferry.ospfd.shared.AreaId;

/**
 * `area X range X:X::X:X/M [advertise|not-advertise|cost N]` of FRR 8.4's ospf6d (ospf6_area.c area_range): an ABR
 * announces the area's networks inside the range to the other areas as one Inter-Area-Prefix-LSA, or nothing with
 * not-advertise.
 */
public final class Ospf6AreaCommands {
    private static final String SYNTAX = "area <A.B.C.D|(0-4294967295)>$area range X:X::X:X/M "
            + "[<advertise|not-advertise|cost (0-16777215)>]";
    private static final String HELP = "OSPF6 area parameters\nOSPF6 area ID in IP address format\n"
            + "OSPF6 area ID as a decimal value\nConfigured address range\nSpecify IPv6 prefix\nAdvertise\n"
            + "Do not advertise\nUser specified metric for this range\nAdvertised metric for this range";

    private Ospf6AreaCommands() {
    }

    static void install(Cli cli) {
        cli.install(Node.ROUTER_OSPF6, SYNTAX, HELP, Ospf6AreaCommands::setRange);
        cli.install(Node.ROUTER_OSPF6, "no " + SYNTAX, Ospf6RouterCommands.NO + HELP, ctx -> {
            OspfArea area = instance(ctx).findArea(AreaId.parse(ctx.arg("area")));
            if (area != null) {
                area.removeRange(prefix(ctx));
            }
        });
    }

    /** As FRR: not-advertise drops the cost, a cost makes the range advertised, plain `advertise` keeps the flag. */
    private static void setRange(CommandContext ctx) {
        OspfArea area = instance(ctx).area(AreaId.parse(ctx.arg("area")));
        IpPrefix prefix = prefix(ctx);
        AreaRange old = area.range(prefix);
        boolean advertise = ctx.has("cost") || !ctx.has("not-advertise") && (old == null || old.advertise());
        long cost = ctx.has("cost") ? ctx.number("(0-16777215)") : -1;
        area.putRange(new AreaRange(prefix, advertise, cost));
    }

    private static IpPrefix prefix(CommandContext ctx) {
        return IpPrefix.parse(ctx.arg("X:X::X:X/M")).masked();
    }

    private static Ospf6Instance instance(CommandContext ctx) {
        return ctx.data(Ospf6Instance.class);
    }
}
