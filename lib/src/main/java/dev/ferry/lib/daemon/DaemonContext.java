package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.log.Logging;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What a daemon module is given: its name, its CLI, its single event loop (all protocol state lives on
 * it), its options, logging, the settings common to all daemons, and its debug flags.
 */
public record DaemonContext(String name, Cli cli, ScheduledExecutorService loop, DaemonOptions options,
        Logging logging, GlobalConfig global, DebugFlags debugs) {
}
