package dev.ferry.ldpd;

import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.northbound.LdpCommands;
import dev.ferry.ldpd.northbound.LdpConfigWriter;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;

/** ldpd: LDP configuration commands and running-config (the protocol arrives with its own issue). */
public final class LdpDaemon implements DaemonModule {
    private final LdpConfig config = new LdpConfig();

    /** The configuration, for the protocol code; touch it only on the daemon's event loop. */
    public LdpConfig config() {
        return config;
    }

    @Override
    public void start(DaemonContext ctx) {
        LdpCommands.install(ctx.cli(), config);
    }

    @Override
    public void writeConfig(ConfigWriter w) {
        LdpConfigWriter.write(config, w);
    }
}
