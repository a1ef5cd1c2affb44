package dev.ferry.zebra.northbound;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.zebra.config.ZebraConfig;
import dev.ferry.zebra.config.ZebraVrf;
import java.io.IOException;
import java.nio.file.Path;

/** zebra's `vrf NAME` node and its namespace binding (`netns NAME`). */
public final class VrfCommands {
    /** FRR's VRF_NAMSIZ. */
    static final int MAX_VRF_NAME = 36;
    /** Where relative namespace names live (FRR's NS_RUN_DIR). */
    private static final String NAMESPACE_DIR = "/var/run/netns";
    /** The id FRR shows for a VRF the kernel does not have (VRF_UNKNOWN). */
    private static final long UNKNOWN_VRF_ID = 4294967295L;

    private VrfCommands() {
    }

    public static void install(Cli cli, ZebraConfig config) {
        cli.install(Node.CONFIG, "vrf NAME", "Select a VRF to configure\nVRF's name", ctx -> {
            String name = ctx.arg("NAME");
            if (name.length() > MAX_VRF_NAME) {
                throw new CliError("% VRF name " + name + " invalid: length exceeds " + MAX_VRF_NAME + " bytes");
            }
            ctx.enter(Node.VRF, config.vrf(name));
        });
        cli.install(Node.CONFIG, "no vrf NAME",
                "Negate a command or set its defaults\nDelete a pseudo VRF's configuration\nVRF's name",
                ctx -> config.removeVrf(ctx.arg("NAME")));
        cli.install(Node.VRF, "netns NAME",
                "Attach VRF to a Namespace\nThe file name in " + NAMESPACE_DIR + ", or a full pathname",
                ctx -> ctx.data(ZebraVrf.class).attachNamespace(resolve(ctx.arg("NAME"))));
        cli.install(Node.VRF, "no netns [NAME]", "Negate a command or set its defaults\n"
                + "Detach VRF from a Namespace\nThe file name in " + NAMESPACE_DIR + ", or a full pathname",
                VrfCommands::detach);
    }

    /** FRR's ns_netns_pathname: the real path of the namespace file, which must exist. */
    private static String resolve(String name) {
        Path path = name.startsWith("/") ? Path.of(name) : Path.of(NAMESPACE_DIR, name);
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            throw new CliError("Invalid pathname for " + path + ": No such file or directory");
        }
    }

    private static void detach(CommandContext ctx) {
        ZebraVrf vrf = ctx.data(ZebraVrf.class);
        if (vrf.namespacePath() == null) {
            throw new CliError("VRF " + vrf.name() + "(" + UNKNOWN_VRF_ID + ") is not configured with NetNS");
        }
        vrf.detachNamespace();
    }
}
