package dev.ferry.ospfd.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.daemon.GlobalConfig;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.SpfTimers;
import dev.ferry.ospfd.shared.AdjacencyLogging;

/** `router ospf [vrf NAME]` and the instance-wide settings: router ID, logging, SPF timers, passive default. */
public final class OspfRouterCommands {
    static final String NO = "Negate a command or set its defaults\n";
    private static final String SPF_HELP = "Adjust routing timers\nThrottling adaptive timer\nOSPF SPF timers\n"
            + "Delay (msec) from first change received till SPF calculation\n"
            + "Initial hold time (msec) between consecutive SPF calculations\nMaximum hold time (msec)";

    private final OspfConfig config;
    private final GlobalConfig global;

    private OspfRouterCommands(OspfConfig config, GlobalConfig global) {
        this.config = config;
        this.global = global;
    }

    public static void install(Cli cli, OspfConfig config, GlobalConfig global) {
        OspfRouterCommands c = new OspfRouterCommands(config, global);
        String routerHelp = "Enable a routing process\nStart OSPF configuration\nInstance ID\n"
                + "Specify the VRF\nThe VRF name";
        cli.install(Node.CONFIG, "router ospf [{(1-65535)|vrf NAME}]", routerHelp, c::enter);
        cli.install(Node.CONFIG, "no router ospf [{(1-65535)|vrf NAME}]", NO + routerHelp, c::remove);
        cli.install(Node.ROUTER_OSPF, "ospf router-id A.B.C.D",
                "OSPF specific commands\nrouter-id for the OSPF process\nOSPF router-id in IP address format",
                ctx -> instance(ctx).routerId(ctx.arg("A.B.C.D")));
        cli.install(Node.ROUTER_OSPF, "router-id A.B.C.D",
                "router-id for the OSPF process\nOSPF router-id in IP address format",
                ctx -> instance(ctx).routerId(ctx.arg("A.B.C.D")));
        cli.install(Node.ROUTER_OSPF, "no ospf router-id [A.B.C.D]", NO
                + "OSPF specific commands\nrouter-id for the OSPF process\nOSPF router-id in IP address format",
                OspfRouterCommands::removeRouterId);
        cli.install(Node.ROUTER_OSPF, "log-adjacency-changes [detail]",
                "Log changes in adjacency state\nLog all state changes",
                ctx -> instance(ctx).adjacencyLogging().enable(ctx.has("detail")));
        cli.install(Node.ROUTER_OSPF, "no log-adjacency-changes [detail]",
                NO + "Log changes in adjacency state\nLog all state changes",
                ctx -> instance(ctx).adjacencyLogging().disable(ctx.has("detail")));
        cli.install(Node.ROUTER_OSPF, "timers throttle spf (0-600000)$delay (0-600000)$hold (0-600000)$max",
                SPF_HELP, ctx -> instance(ctx).spfTimers(
                        new SpfTimers(ctx.number("delay"), ctx.number("hold"), ctx.number("max"))));
        cli.install(Node.ROUTER_OSPF, "no timers throttle spf [(0-600000) (0-600000) (0-600000)]", NO + SPF_HELP,
                ctx -> instance(ctx).spfTimers(SpfTimers.DEFAULT));
        cli.install(Node.ROUTER_OSPF, "passive-interface default",
                "Suppress routing updates on an interface\nSuppress routing updates on interfaces by default",
                ctx -> instance(ctx).passiveByDefault(true));
        cli.install(Node.ROUTER_OSPF, "no passive-interface default",
                NO + "Allow routing updates on an interface\nAllow routing updates on interfaces by default",
                ctx -> instance(ctx).passiveByDefault(false));
        cli.install(Node.ROUTER_OSPF, "passive-interface IFNAME",
                "Suppress routing updates on an interface\nInterface's name", ctx -> c.passive(ctx, true));
        cli.install(Node.ROUTER_OSPF, "no passive-interface IFNAME",
                NO + "Allow routing updates on an interface\nInterface's name", ctx -> c.passive(ctx, false));
    }

    static OspfInstance instance(CommandContext ctx) {
        return ctx.data(OspfInstance.class);
    }

    private void enter(CommandContext ctx) {
        if (ctx.has("(1-65535)")) {
            throw new CliError("% OSPF is not running in instance mode");
        }
        String vrf = ctx.arg("NAME", OspfConfig.DEFAULT_VRF);
        OspfInstance ospf = config.instance(vrf);
        if (ospf == null) {
            ospf = config.createInstance(vrf, AdjacencyLogging.onByDefault(global.defaults()));
        }
        ctx.enter(Node.ROUTER_OSPF, ospf);
    }

    private void remove(CommandContext ctx) {
        if (ctx.has("(1-65535)")) {
            throw new CliError("% OSPF is not running in instance mode");
        }
        if (!config.removeInstance(ctx.arg("NAME", OspfConfig.DEFAULT_VRF))) {
            throw new CliError("% OSPF instance not found");
        }
    }

    private static void removeRouterId(CommandContext ctx) {
        OspfInstance ospf = instance(ctx);
        String given = ctx.arg("A.B.C.D");
        if (given != null && !given.equals(ospf.routerId() == null ? "0.0.0.0" : ospf.routerId())) {
            throw new CliError("% OSPF router-id doesn't match");
        }
        ospf.routerId(null);
    }

    /** The deprecated per-instance form of `ip ospf passive`: it sets the interface's own flag. */
    private void passive(CommandContext ctx, boolean on) {
        ctx.println("This command is deprecated, because it is not VRF-aware.");
        ctx.println("Please, use \"" + (on ? "" : "no ") + "ip ospf passive\" on an interface instead.");
        config.interfaces().findOrCreate(ctx.arg("IFNAME"), instance(ctx).vrf()).applyPassive(on);
    }
}
