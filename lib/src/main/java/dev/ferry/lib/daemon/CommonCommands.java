package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.log.LogLevel;
import java.io.IOException;
import java.nio.file.Path;

/** Commands every daemon has: version, hostname, logging and running-config. */
final class CommonCommands {
    private static final String LOG_HELP = "Logging control\n";
    private static final String LEVEL_HELP = "Logging level\n".repeat(LogLevel.values().length);

    private CommonCommands() {
    }

    static void install(DaemonContext d, DaemonModule module) {
        var cli = d.cli();
        GlobalConfig g = d.global();
        cli.install(Node.VIEW, "show version", "Show running system information\nDisplays version",
                ctx -> ctx.print(showVersion(g)));
        cli.install(Node.VIEW, "show logging", "Show running system information\nShow current logging configuration",
                ctx -> ctx.print(d.logging().show()));
        cli.install(Node.VIEW, "show running-config", "Show running system information\nrunning configuration",
                ctx -> ctx.print(runningConfig(d, module)));
        cli.install(Node.CONFIG, "hostname WORD", "Set system's network name\nThis system's network name",
                ctx -> g.hostname = validHostname(ctx.arg("WORD")));
        cli.install(Node.CONFIG, "no hostname [HOSTNAME]", "Negate a command or set its defaults\n"
                + "Reset system's network name\nHost name of this router", ctx -> g.hostname = Version.systemHostname());
        cli.install(Node.CONFIG, "frr defaults <traditional|datacenter>$profile",
                "FRRouting global parameters\nset of configuration defaults used\n"
                        + "traditional defaults\nDatacenter defaults",
                ctx -> g.defaults = ctx.arg("profile"));
        // Lines FRR writes into saved configs that carry no setting for a daemon.
        cli.install(Node.CONFIG, "frr version LINE...", "FRRouting global parameters\nversion\nversion string",
                ctx -> { });
        cli.install(Node.CONFIG, "[no] service integrated-vtysh-config", "Negate a command or set its defaults\n"
                + "Set up miscellaneous service\nWrite configuration into integrated file", ctx -> { });
        installLog(d, g);
    }

    private static void installLog(DaemonContext d, GlobalConfig g) {
        String levels = "[<" + LogLevel.cliAlternatives() + ">$level]";
        d.cli().install(Node.CONFIG, "log file FILENAME " + levels, LOG_HELP + "Logging to file\nLogging filename\n"
                + LEVEL_HELP, ctx -> {
                    LogLevel level = level(ctx);
                    Path path = Path.of(ctx.arg("FILENAME"));
                    try {
                        d.logging().file(path, level);
                    } catch (IOException e) {
                        throw new CliError("% Failed to open log file " + path + ": " + e.getMessage());
                    }
                    g.logFile = path;
                    g.logFileLevel = level;
                });
        d.cli().install(Node.CONFIG, "no log file [FILENAME " + levels + "]", "Negate a command or set its defaults\n"
                + LOG_HELP + "Cancel logging to file\nLogging file name\n" + LEVEL_HELP, ctx -> {
                    try {
                        d.logging().file(null, null);
                    } catch (IOException e) {
                        throw new CliError("% " + e.getMessage());
                    }
                    g.logFile = null;
                    g.logFileLevel = null;
                });
        d.cli().install(Node.CONFIG, "[no] log stdout " + levels, "Negate a command or set its defaults\n" + LOG_HELP
                + "Set stdout logging level\n" + LEVEL_HELP, ctx -> {
                    g.logStdoutLevel = ctx.no() ? null : level(ctx);
                    d.logging().stdout(g.logStdoutLevel);
                });
        d.cli().install(Node.CONFIG, "[no] log syslog " + levels, "Negate a command or set its defaults\n" + LOG_HELP
                + "Set syslog logging level\n" + LEVEL_HELP, ctx -> {
                    g.logSyslogLevel = ctx.no() ? null : level(ctx);
                    d.logging().syslog(g.logSyslogLevel);
                });
    }

    private static LogLevel level(CommandContext ctx) {
        String word = ctx.arg("level");
        return word == null ? LogLevel.DEBUGGING : LogLevel.parse(word);
    }

    /** RFC 1123 host names, as FRR checks them. */
    private static String validHostname(String name) {
        if (!name.matches("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")) {
            throw new CliError("% Please specify string starting with alphabet");
        }
        return name;
    }

    static String showVersion(GlobalConfig g) {
        return "Ferry " + Version.get() + " (" + g.hostname + ") on Linux(" + Version.kernelRelease() + ").\n"
                + "Copyright 2026 the Ferry developers.\n"
                + "Commands, output and configuration follow FRRouting " + Version.FRR_COMPATIBLE + ".\n";
    }

    static String runningConfig(DaemonContext d, DaemonModule module) {
        ConfigWriter w = new ConfigWriter();
        d.global().writeTop(w, d.debugs());
        w.bang();
        module.writeConfig(w);
        w.line("end");
        return "Building configuration...\n\nCurrent configuration:\n!\n" + w;
    }
}
