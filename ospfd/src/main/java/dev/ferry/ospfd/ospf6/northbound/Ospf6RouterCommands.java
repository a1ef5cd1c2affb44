package dev.ferry.ospfd.ospf6.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.ospfd.northbound.OspfRedistributeCommands;
import dev.ferry.lib.daemon.GlobalConfig;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.ospf6.config.Ospf6Instance;
import dev.ferry.ospfd.shared.AdjacencyLogging;

/** `router ospf6 [vrf NAME]`, `ospf6 router-id`, adjacency logging, redistribution and area ranges. */
public final class Ospf6RouterCommands {
    static final String NO = "Negate a command or set its defaults\n";
    static final String OSPF6 = "Open Shortest Path First (OSPF) for IPv6\n";

    private Ospf6RouterCommands() {
    }

    public static void install(Cli cli, Ospf6Config config, GlobalConfig global) {
        String routerHelp = "Enable a routing process\n" + OSPF6 + "Specify the VRF\nThe VRF name";
        cli.install(Node.CONFIG, "router ospf6 [vrf NAME]", routerHelp, ctx -> {
            String vrf = ctx.arg("NAME", Ospf6Config.DEFAULT_VRF);
            Ospf6Instance ospf6 = config.instance(vrf);
            if (ospf6 == null) {
                ospf6 = config.createInstance(vrf, AdjacencyLogging.onByDefault(global.defaults()));
            }
            ctx.enter(Node.ROUTER_OSPF6, ospf6);
        });
        cli.install(Node.CONFIG, "no router ospf6 [vrf NAME]", NO + routerHelp, ctx -> {
            if (!config.removeInstance(ctx.arg("NAME", Ospf6Config.DEFAULT_VRF))) {
                ctx.println("OSPFv3 is not configured");
            }
        });
        String routerIdHelp = OSPF6 + "Configure OSPF6 Router-ID\nspecify by IPv4 address notation(e.g. 0.0.0.0)";
        cli.install(Node.ROUTER_OSPF6, "ospf6 router-id A.B.C.D", routerIdHelp,
                ctx -> instance(ctx).routerId(ctx.arg("A.B.C.D")));
        cli.install(Node.ROUTER_OSPF6, "no ospf6 router-id [A.B.C.D]", NO + routerIdHelp,
                ctx -> instance(ctx).routerId(null));
        cli.install(Node.ROUTER_OSPF6, "log-adjacency-changes [detail]",
                "Log changes in adjacency state\nLog all state changes",
                ctx -> instance(ctx).adjacencyLogging().enable(ctx.has("detail")));
        cli.install(Node.ROUTER_OSPF6, "no log-adjacency-changes [detail]",
                NO + "Log changes in adjacency state\nLog all state changes",
                ctx -> instance(ctx).adjacencyLogging().disable(ctx.has("detail")));
        OspfRedistributeCommands.installRedistribute(cli, Node.ROUTER_OSPF6, Ospf6RouterCommands::instance);
        Ospf6AreaCommands.install(cli);
    }

    private static Ospf6Instance instance(CommandContext ctx) {
        return ctx.data(Ospf6Instance.class);
    }
}
