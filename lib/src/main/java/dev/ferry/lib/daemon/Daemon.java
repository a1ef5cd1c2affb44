package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.log.LogLevel;
import dev.ferry.lib.log.Logging;
import dev.ferry.lib.vty.VtyProtocol;
import dev.ferry.lib.vty.VtyServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The bootstrap all daemons share: options, logging, the event loop, the CLI with the common commands,
 * the daemon's own module, its config file, the VTY socket and the pid file; and a clean stop on SIGTERM.
 */
public final class Daemon implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Daemon.class.getName());

    private final DaemonContext ctx;
    private final DaemonModule module;
    private final VtyServer vty;
    private final Path pidFile;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Daemon(DaemonContext ctx, DaemonModule module, VtyServer vty, Path pidFile) {
        this.ctx = ctx;
        this.module = module;
        this.vty = vty;
        this.pidFile = pidFile;
    }

    /** A daemon's main(): starts, then runs until SIGTERM. Exits 1 with the reason if it cannot start. */
    public static void main(String name, String[] args, Supplier<DaemonModule> module) {
        DaemonOptions options = new DaemonOptions();
        CommandLine cl = new CommandLine(options).setCommandName(name);
        cl.getCommandSpec().version("Ferry " + name + " " + Version.get());
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println(name + ": " + e.getMessage());
            cl.usage(System.err);
            System.exit(2);
        }
        if (options.help) {
            cl.usage(System.out);
            return;
        }
        if (options.version) {
            System.out.println("Ferry " + name + " " + Version.get() + " (FRRouting " + Version.FRR_COMPATIBLE
                    + " compatible)");
            return;
        }
        Daemon d;
        try {
            d = start(name, options, module.get());
        } catch (Exception e) {
            System.err.println(name + ": cannot start: " + e.getMessage());
            LOG.log(System.Logger.Level.ERROR, name + " cannot start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(d::close, name + "-shutdown"));
        d.awaitStop();
    }

    /** Starts a daemon in this JVM (tests use it directly). */
    public static Daemon start(String name, DaemonOptions options, DaemonModule module) throws Exception {
        Logging logging = new Logging(name);
        LogLevel level = LogLevel.parse(options.logLevel);
        logging.applyTarget(options.log != null ? options.log : "stdout", level);
        ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name(name + "-loop").daemon(false).unstarted(r));
        Cli cli = new Cli();
        DaemonContext ctx = new DaemonContext(name, cli, loop, options, logging, new GlobalConfig(),
                new DebugFlags(name, cli));
        try {
            loop.submit(() -> {
                CommonCommands.install(ctx, module);
                module.start(ctx);
                if (options.configFile != null) {
                    loadConfig(ctx, options.configFile);
                }
                return null;
            }).get();
        } catch (ExecutionException e) {
            loop.shutdownNow();
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
        logIgnoredOptions(options);
        Path socket = options.vtyDirectory().resolve(VtyProtocol.socketName(name));
        VtyServer vty = VtyServer.start(socket, cli, loop);
        Path pid = options.pidFile(name);
        Files.writeString(pid, ProcessHandle.current().pid() + "\n");
        LOG.log(System.Logger.Level.INFO, "Ferry " + name + " " + Version.get() + " starting: vty@" + socket);
        return new Daemon(ctx, module, vty, pid);
    }

    private static void loadConfig(DaemonContext ctx, Path file) throws IOException {
        List<String> errors = ConfigFileLoader.load(ctx.cli(), file);
        for (String e : errors) {
            LOG.log(System.Logger.Level.WARNING, file + " " + e);
        }
    }

    private static void logIgnoredOptions(DaemonOptions o) {
        if (o.vtyAddr != null || o.vtyPort != null || o.user != null || o.group != null) {
            LOG.log(System.Logger.Level.INFO, "-A/-P/-u/-g are accepted for FRR compatibility and ignored");
        }
    }

    /** Runs one line in {@code session} on the event loop, as the VTY would (tests and tools use it). */
    public CliResult execute(CliSession session, String line) {
        return onLoop(() -> ctx.cli().execute(session, line));
    }

    /** This daemon's part of running-config, as `show running-config` on its VTY prints it. */
    public String runningConfig() {
        return onLoop(() -> CommonCommands.runningConfig(ctx, module));
    }

    private <T> T onLoop(java.util.concurrent.Callable<T> work) {
        try {
            return ctx.loop().submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public DaemonContext context() {
        return ctx;
    }

    public Path vtySocket() {
        return vty.path();
    }

    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the VTY, the module and the loop, and removes the socket and pid file. Idempotent. */
    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Ferry " + ctx.name() + " stopping");
        vty.close();
        try {
            ctx.loop().submit(module::stop).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, ctx.name() + ": stopping the module: " + e);
        }
        ctx.loop().shutdownNow();
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove " + pidFile + ": " + e);
        }
        stopped.countDown();
    }
}
