package dev.ferry.ospfd.runtime;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.Node;

/** ospfd's show commands, as FRR 8.4 prints them (text and `json`). */
public final class OspfShowCommands {
    private OspfShowCommands() {
    }

    public static void install(Cli cli, OspfService service) {
        cli.install(Node.VIEW, "show ip ospf [vrf NAME] neighbor [detail] [json]",
                "Show running system information\nIP information\nOSPF information\nVRF\nVRF name\n"
                        + "Neighbor list\ndetail of all neighbors\nJavaScript Object Notation",
                ctx -> ctx.print(ShowNeighbors.render(service.routers().get(ctx.arg("NAME", "default")),
                        ctx.has("json"))));
    }
}
