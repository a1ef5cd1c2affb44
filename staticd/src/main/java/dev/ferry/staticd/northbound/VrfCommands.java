package dev.ferry.staticd.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.Node;

/** staticd's copy of FRR's `vrf NAME` node (lib/vrf.c), where VRF routes are configured. */
public final class VrfCommands {
    /** FRR's VRF_NAMSIZ. */
    private static final int MAX_VRF_NAME = 36;

    private VrfCommands() {
    }

    public static void install(Cli cli) {
        cli.install(Node.CONFIG, "vrf NAME", "Select a VRF to configure\nVRF's name", ctx -> {
            String name = ctx.arg("NAME");
            if (name.length() > MAX_VRF_NAME) {
                throw new CliError("% VRF name " + name + " invalid: length exceeds " + MAX_VRF_NAME + " bytes");
            }
            ctx.enter(Node.VRF, new VrfNode(name));
        });
        // Deleting a VRF leaves its static routes configured, as in FRR: they return with the VRF.
        cli.install(Node.CONFIG, "no vrf NAME",
                "Negate a command or set its defaults\nDelete a pseudo VRF's configuration\nVRF's name", ctx -> { });
    }
}
