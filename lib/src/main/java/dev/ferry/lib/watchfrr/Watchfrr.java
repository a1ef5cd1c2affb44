package dev.ferry.lib.watchfrr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import picocli.CommandLine;

/**
 * The supervisor of one instance (FRR's watchfrr): starts zebra, then the other daemons together, restarts any that dies
 * with a growing delay and re-applies its config, and on SIGTERM stops them all by PID, last first.
 * <pre>
 *   watchfrr [-N NAME] [--vty_socket RUNDIR] [--config_dir DIR] [-i PIDFILE] [--log file:PATH] zebra staticd ...
 * </pre>
 */
public final class Watchfrr {
    private Watchfrr() {
    }

    public static void main(String[] args) {
        WatchfrrOptions options = new WatchfrrOptions();
        CommandLine cli = new CommandLine(options);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println("watchfrr: " + e.getMessage());
            cli.usage(System.err);
            System.exit(2);
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(System.out);
        } else if (cli.isVersionHelpRequested()) {
            cli.printVersionHelp(System.out);
        } else {
            try {
                run(options);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                System.err.println("watchfrr: " + e.getMessage());
                System.exit(1);
            }
        }
    }

    // Returns once the daemons are being started; the event loop's thread keeps the JVM alive.
    private static void run(WatchfrrOptions options) throws IOException {
        Path runDir = options.runDir();
        Path configDir = options.configDir();
        Path binDir = options.binDir();
        Files.createDirectories(runDir);
        EventLog log = EventLog.open(options.log);
        DaemonsFile daemonsFile = DaemonsFile.readIfPresent(configDir.resolve("daemons"));
        List<String> names = options.daemons.isEmpty() ? daemonsFile.daemonsToStart() : options.daemons;
        List<DaemonSpec> specs = new ArrayList<>();
        for (String name : names) {
            if (!DaemonsFile.START_ORDER.contains(name)) {
                throw new IllegalArgumentException("unknown daemon " + name + " (known: " + DaemonsFile.START_ORDER + ")");
            }
            if (!Files.isExecutable(binDir.resolve(name))) {
                throw new IllegalStateException("no launcher " + binDir.resolve(name));
            }
            specs.add(DaemonSpec.of(name, binDir, runDir, daemonsFile.options(name), options.logLevel));
        }

        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("watchfrr-loop").unstarted(r));
        ConfigReloader reloader = new ConfigReloader(binDir, runDir, configDir, log);
        List<SupervisedDaemon> daemons = specs.stream().map(spec -> new SupervisedDaemon(spec, loop, log,
                options.backoffPolicy(), Duration.ofSeconds(options.startTimeoutSeconds), reloader::reload)).toList();
        Supervisor supervisor = new Supervisor(daemons, loop, log);

        Path pidFile = options.pidFile();
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(supervisor, options, pidFile, log)));
        log.info("watchfrr (pid %d) starting %s in %s, config in %s", ProcessHandle.current().pid(), names,
                runDir, configDir);
        supervisor.startAll();
    }

    private static void shutdown(Supervisor supervisor, WatchfrrOptions options, Path pidFile, EventLog log) {
        log.info("terminating: stopping all daemons");
        try {
            supervisor.stopAll(Duration.ofSeconds(options.stopTimeoutSeconds));
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException | IOException e) {
            log.error("shutdown: %s", e);
        }
        log.info("watchfrr exiting");
    }
}
