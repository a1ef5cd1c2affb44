package dev.ferry.bgpd;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;

/** bgpd: commands and state (the protocol arrives with its own issue). */
public final class BgpDaemon implements DaemonModule {

    @Override
    public void start(DaemonContext ctx) {
    }

    @Override
    public void writeConfig(ConfigWriter w) {
    }
}
