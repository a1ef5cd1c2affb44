package dev.ferry.ospfd;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.ospf6.northbound.Ospf6ConfigWriter;
import dev.ferry.ospfd.ospf6.northbound.Ospf6InterfaceCommands;
import dev.ferry.ospfd.ospf6.northbound.Ospf6RouterCommands;

/** ospf6d: OSPFv3 configuration commands and running-config (the protocol arrives with its own issue). */
public final class Ospf6Daemon implements DaemonModule {
    private final Ospf6Config config = new Ospf6Config();
    private DaemonContext context;

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public Ospf6Config config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        this.context = ctx;
        Ospf6InterfaceCommands.install(ctx.cli(), config);
        Ospf6RouterCommands.install(ctx.cli(), config, ctx.global());
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        Ospf6ConfigWriter.write(config, context.global().defaults(), w);
    }
}
