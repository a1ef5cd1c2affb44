package dev.ferry.bgpd;

import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.northbound.BgpCommands;
import dev.ferry.bgpd.northbound.BgpConfigWriter;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;

/** bgpd: BGP configuration commands and running-config (the protocol arrives with its own issue). */
public final class BgpDaemon implements DaemonModule {
    private final BgpConfig config = new BgpConfig();
    private DaemonContext context;

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public BgpConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        this.context = ctx;
        BgpCommands.install(ctx.cli(), config, ctx.global());
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        BgpConfigWriter.write(config, context.global().defaults(), w);
    }
}
