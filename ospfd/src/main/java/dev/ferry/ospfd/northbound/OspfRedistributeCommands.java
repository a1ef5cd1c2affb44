package dev.ferry.ospfd.northbound;

import static dev.ferry.ospfd.northbound.OspfRouterCommands.NO;
import static dev.ferry.ospfd.northbound.OspfRouterCommands.instance;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import java.util.function.Function;
import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.InstanceSettings;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.config.RouteSource;

/** `redistribute SOURCE ...` and `default-information originate ...`. */
public final class OspfRedistributeCommands {
    private static final String OPTIONS = "{metric (0-16777214)$metric|metric-type (1-2)$type|route-map RMAP_NAME}";
    private static final String OPTIONS_HELP = "Metric for redistributed routes\nOSPF default metric\n"
            + "OSPF exterior metric type for redistributed routes\nSet OSPF External Type 1/2 metrics\n"
            + "Route map reference\nPointer to route-map entries";
    private static final String DEFAULT_OPTIONS = "{always|metric (0-16777214)$metric|metric-type (1-2)$type"
            + "|route-map RMAP_NAME}";
    private static final String DEFAULT_HELP = "Control distribution of default information\n"
            + "Distribute a default route\nAlways advertise default route\nOSPF default metric\nOSPF metric\n"
            + "OSPF metric type for default routes\nSet OSPF External Type 1/2 metrics\n"
            + "Route map reference\nPointer to route-map entries";

    private OspfRedistributeCommands() {
    }

    public static void install(Cli cli) {
        installRedistribute(cli, Node.ROUTER_OSPF, ctx -> instance(ctx));
        cli.install(Node.ROUTER_OSPF, "default-information originate [" + DEFAULT_OPTIONS + "]", DEFAULT_HELP,
                ctx -> instance(ctx).defaultOriginate(new DefaultOriginate(ctx.has("always"), how(ctx))));
        cli.install(Node.ROUTER_OSPF, "no default-information originate [" + DEFAULT_OPTIONS + "]",
                NO + DEFAULT_HELP, ctx -> instance(ctx).defaultOriginate(null));
    }

    /** `redistribute SOURCE [OPTIONS]` and its `no` form on a router node of ospfd or ospf6d. */
    public static void installRedistribute(Cli cli, Node node, Function<CommandContext, InstanceSettings> instance) {
        String redistHelp = "Redistribute information from another routing protocol\n" + RouteSource.help() + "\n";
        cli.install(node, "redistribute " + RouteSource.syntax() + "$source [" + OPTIONS + "]",
                redistHelp + OPTIONS_HELP,
                ctx -> instance.apply(ctx).redistribute(RouteSource.fromWord(ctx.arg("source")), how(ctx)));
        cli.install(node, "no redistribute " + RouteSource.syntax() + "$source [" + OPTIONS + "]",
                NO + redistHelp + OPTIONS_HELP,
                ctx -> instance.apply(ctx).stopRedistributing(RouteSource.fromWord(ctx.arg("source"))));
    }

    /** The options given on this line; what is not given goes back to its default, as in FRR. */
    private static Redistribution how(CommandContext ctx) {
        int metric = ctx.has("metric") ? (int) ctx.number("metric") : -1;
        int type = ctx.has("type") ? (int) ctx.number("type") : -1;
        return new Redistribution(metric, type, ctx.arg("RMAP_NAME"));
    }
}
