package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.log.LogLevel;
import java.nio.file.Path;

/** Settings every daemon holds and writes at the top of running-config: hostname, defaults, logging. */
public final class GlobalConfig {
    /** FRR writes this line; Ferry keeps it so configs saved by either are read by both. */
    public static final String FRR_VERSION_LINE = "frr version " + Version.FRR_COMPATIBLE + "-ferry-" + Version.get();

    String hostname = Version.systemHostname();
    String defaults = "traditional";
    Path logFile;
    LogLevel logFileLevel;
    LogLevel logStdoutLevel;
    LogLevel logSyslogLevel;

    public String hostname() {
        return hostname;
    }

    /** "traditional" or "datacenter": FRR's defaults profile, which daemons consult for their defaults. */
    public String defaults() {
        return defaults;
    }

    void writeTop(ConfigWriter w, DebugFlags debugs) {
        w.line(FRR_VERSION_LINE);
        w.line("frr defaults " + defaults);
        w.line("hostname " + hostname);
        if (logFile != null) {
            w.line("log file " + logFile + levelSuffix(logFileLevel));
        }
        if (logStdoutLevel != null) {
            w.line("log stdout" + levelSuffix(logStdoutLevel));
        }
        if (logSyslogLevel != null) {
            w.line("log syslog" + levelSuffix(logSyslogLevel));
        }
        debugs.writeConfig(w);
    }

    /** FRR omits the level when it is the default for `log` commands, debugging. */
    private static String levelSuffix(LogLevel level) {
        return level == LogLevel.DEBUGGING ? "" : " " + level.word();
    }
}
