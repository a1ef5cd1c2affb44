package dev.ferry.staticd;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.staticd.config.StaticConfig;
import dev.ferry.staticd.northbound.StaticConfigWriter;
import dev.ferry.staticd.northbound.StaticRouteCommands;
import dev.ferry.staticd.northbound.VrfCommands;

/** staticd: static route configuration and its running-config (installing routes arrives with zebra's API). */
public final class StaticDaemon implements DaemonModule {
    private final StaticConfig config = new StaticConfig();

    /** The configured routes, for the protocol code; touch them only on the daemon's event loop. */
    public StaticConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        VrfCommands.install(ctx.cli());
        StaticRouteCommands.install(ctx.cli(), config);
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        StaticConfigWriter.write(config, w);
    }
}
