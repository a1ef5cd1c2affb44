package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.ConfigWriter;

/** What a daemon adds to the shared bootstrap: its commands, its protocol work, its running-config. */
public interface DaemonModule {

    /** Installs commands and starts protocol work. Runs on the daemon's event loop. */
    void start(DaemonContext ctx) throws Exception;

    /** Writes this daemon's blocks of running-config (vrf, interface, router ...), FRR's order and layout. */
    void writeConfig(ConfigWriter w);

    /** Stops protocol work before the process exits (withdraw, close sessions). Runs on the event loop. */
    default void stop() {
    }
}
