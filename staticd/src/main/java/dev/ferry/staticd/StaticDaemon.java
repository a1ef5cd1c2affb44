package dev.ferry.staticd;

import dev.ferry.lib.zclient.ZebraClient;
import dev.ferry.lib.zclient.ZebraClientOptions;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.staticd.zebra.StaticInstaller;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.staticd.config.StaticConfig;
import dev.ferry.staticd.northbound.StaticConfigWriter;
import dev.ferry.staticd.northbound.StaticRouteCommands;
import dev.ferry.staticd.northbound.StaticSidCommands;
import dev.ferry.staticd.northbound.VrfCommands;

/**
 * staticd: static route configuration and its running-config; routes go to zebra over its API. Built with
 * {@code new StaticDaemon(false)} (tests of config and running-config) it does not connect to zebra.
 */
public final class StaticDaemon implements DaemonModule {
    private final StaticConfig config = new StaticConfig();
    private final boolean connect;
    private ZebraClient zebra;

    /** staticd as StaticdMain starts it: connected to zebra. */
    public StaticDaemon() {
        this(true);
    }

    public StaticDaemon(boolean connect) {
        this.connect = connect;
    }

    /** The configured routes, for the protocol code; touch them only on the daemon's event loop. */
    public StaticConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        VrfCommands.install(ctx.cli());
        StaticRouteCommands.install(ctx.cli(), config);
        StaticSidCommands.install(ctx.cli(), config);
        if (connect) {
            StaticInstaller installer = new StaticInstaller(config, ctx.loop());
            zebra = ZebraClient.connect(ctx.options().zservSocket(), RouteType.ROUTE_TYPE_STATIC, 0, installer,
                    ctx.loop(), ZebraClientOptions.defaults("staticd"));
            installer.attach(zebra);
        }
    }

    @Override
    public void stop() {
        if (zebra != null) {
            zebra.close();
        }
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        StaticConfigWriter.write(config, w);
    }
}
