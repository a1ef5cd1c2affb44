package dev.ferry.lib.watchfrr;

import dev.ferry.lib.daemon.DaemonOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * watchfrr's command line: the instance options every daemon takes (same names as FRR's), where the
 * daemon launchers live, the timing knobs, and the daemons to run. The run directory (pid files, VTY
 * sockets, zserv.api, logs) is --vty_socket when given, else /var/run/frr[/NAME], as for the daemons.
 */
@Command(name = "watchfrr", version = "watchfrr (Ferry)", sortOptions = false,
        description = "Starts zebra, then the other Ferry daemons together, and restarts those that die.")
final class WatchfrrOptions {
    @Option(names = {"-N", "--pathspace"}, description = "Instance name: /var/run/frr/NAME and /etc/frr/NAME")
    String pathspace;

    @Option(names = "--vty_socket", description = "Run directory: VTY sockets, pid files, logs")
    Path vtyDir;

    @Option(names = "--config_dir", description = "Directory of daemons and frr.conf (default /etc/frr[/NAME])")
    Path configDir;

    @Option(names = {"-i", "--pid_file"}, description = "watchfrr's pid file (default <rundir>/watchfrr.pid)")
    Path pidFile;

    @Option(names = "--log", description = "watchfrr's log: stdout or file:PATH (default stdout)")
    String log = "stdout";

    @Option(names = "--log-level", description = "Passed on to the daemons")
    String logLevel;

    @Option(names = {"-d", "--daemon"}, description = "Run in the background (done by the launcher script)")
    boolean daemon;

    @Option(names = "--bin_dir", description = "Directory of the daemon launchers (default <ferry.home>/bin)")
    Path binDir;

    @Option(names = {"-t", "--timeout"}, description = "Seconds a daemon may take to open its VTY socket (default 60)")
    int startTimeoutSeconds = 60;

    @Option(names = "--stop-timeout", description = "Seconds between SIGTERM and SIGKILL when stopping (default 10)")
    int stopTimeoutSeconds = 10;

    @Option(names = {"-m", "--min-restart-interval"}, description = "First restart delay in seconds (default 1)")
    int minRestartSeconds = 1;

    @Option(names = {"-M", "--max-restart-interval"}, description = "Longest restart delay in seconds (default 60)")
    int maxRestartSeconds = 60;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
    boolean help;

    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the version")
    boolean version;

    @Parameters(paramLabel = "DAEMON", description = "Daemons to run, zebra first (default: from <config_dir>/daemons)")
    List<String> daemons = new ArrayList<>();

    Path runDir() {
        if (vtyDir != null) {
            return vtyDir.toAbsolutePath().normalize();
        }
        return pathspace == null ? DaemonOptions.DEFAULT_RUN_DIR : DaemonOptions.DEFAULT_RUN_DIR.resolve(pathspace);
    }

    Path configDir() {
        if (configDir != null) {
            return configDir.toAbsolutePath().normalize();
        }
        return pathspace == null ? DaemonOptions.DEFAULT_CONFIG_DIR : DaemonOptions.DEFAULT_CONFIG_DIR.resolve(pathspace);
    }

    Path pidFile() {
        return pidFile != null ? pidFile.toAbsolutePath().normalize() : runDir().resolve("watchfrr.pid");
    }

    /** The launcher scripts: bin/ferry-run sets ferry.home to the distribution it runs from. */
    Path binDir() {
        if (binDir != null) {
            return binDir.toAbsolutePath().normalize();
        }
        String home = System.getProperty("ferry.home");
        if (home == null) {
            throw new IllegalStateException("--bin_dir is required when not started by bin/watchfrr");
        }
        return Path.of(home, "bin");
    }

    BackoffPolicy backoffPolicy() {
        Duration max = Duration.ofSeconds(maxRestartSeconds);
        // a daemon that ran longer than the longest delay (and at least a minute) is considered healthy again
        Duration stableAfter = max.compareTo(Duration.ofMinutes(1)) > 0 ? max : Duration.ofMinutes(1);
        return new BackoffPolicy(Duration.ofSeconds(minRestartSeconds), max, stableAfter);
    }
}
