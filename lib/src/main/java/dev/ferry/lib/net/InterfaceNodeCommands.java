package dev.ferry.lib.net;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Node;

/**
 * The interface node as FRR's lib/if.c gives it to every daemon with interfaces (if_cmd_init):
 * `[no] interface IFNAME [vrf NAME]` and `[no] description`. Each daemon adds its own commands to the node.
 */
public final class InterfaceNodeCommands {
    private static final String NO = "Negate a command or set its defaults\n";
    private static final String SELECT = "Interface's name\nSpecify the VRF\nThe VRF name";

    private InterfaceNodeCommands() {
    }

    public static void install(Cli cli, InterfaceTable<?> interfaces) {
        cli.install(Node.CONFIG, "interface IFNAME [vrf NAME]", "Select an interface to configure\n" + SELECT,
                ctx -> ctx.enter(Node.INTERFACE, interfaces.findOrCreate(ctx.arg("IFNAME"), ctx.arg("NAME"))));
        cli.install(Node.CONFIG, "no interface IFNAME [vrf NAME]",
                NO + "Delete a pseudo interface's configuration\n" + SELECT,
                ctx -> interfaces.remove(ctx.arg("IFNAME")));
        cli.install(Node.INTERFACE, "description LINE...",
                "Interface specific description\nCharacters describing this interface",
                ctx -> ctx.data(ConfiguredInterface.class).description(ctx.arg("LINE...")));
        cli.install(Node.INTERFACE, "no description", NO + "Interface specific description",
                ctx -> ctx.data(ConfiguredInterface.class).description(null));
    }
}
