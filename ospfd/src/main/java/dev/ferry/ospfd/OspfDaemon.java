package dev.ferry.ospfd;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.northbound.OspfAreaCommands;
import dev.ferry.ospfd.northbound.OspfConfigWriter;
import dev.ferry.ospfd.northbound.OspfInterfaceCommands;
import dev.ferry.ospfd.northbound.OspfRedistributeCommands;
import dev.ferry.ospfd.northbound.OspfRouterCommands;

/** ospfd: OSPFv2 configuration commands and running-config (the protocol arrives with its own issue). */
public final class OspfDaemon implements DaemonModule {
    private final OspfConfig config = new OspfConfig();
    private DaemonContext context;

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public OspfConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        this.context = ctx;
        OspfInterfaceCommands.install(ctx.cli(), config);
        OspfRouterCommands.install(ctx.cli(), config, ctx.global());
        OspfAreaCommands.install(ctx.cli(), config);
        OspfRedistributeCommands.install(ctx.cli());
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        OspfConfigWriter.write(config, context.global().defaults(), w);
    }
}
