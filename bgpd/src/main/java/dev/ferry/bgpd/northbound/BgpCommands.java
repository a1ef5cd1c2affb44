package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.policy.FilterCommands;
import dev.ferry.bgpd.policy.PolicyShowCommands;
import dev.ferry.bgpd.policy.RouteMapCommands;
import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.daemon.GlobalConfig;

/** Installs all of bgpd's configuration commands. */
public final class BgpCommands {
    private BgpCommands() {
    }

    public static void install(Cli cli, BgpConfig config, GlobalConfig global) {
        BgpRouterCommands routers = BgpRouterCommands.install(cli, config, global);
        BgpNeighborCommands.install(cli);
        BgpFamilyCommands.install(cli);
        BgpVpnCommands.install(cli, config, routers);
        FilterCommands.install(cli, config.policies());
        RouteMapCommands.install(cli, config.policies());
        PolicyShowCommands.install(cli, config.policies());
    }
}
