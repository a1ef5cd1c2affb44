package dev.ferry.lib.log;

import java.util.Locale;
import java.util.logging.Level;

/** FRR's (syslog's) log levels, with the java.util.logging level each maps to. */
public enum LogLevel {
    EMERGENCIES(0, Level.SEVERE),
    ALERTS(1, Level.SEVERE),
    CRITICAL(2, Level.SEVERE),
    ERRORS(3, Level.SEVERE),
    WARNINGS(4, Level.WARNING),
    NOTIFICATIONS(5, Level.INFO),
    INFORMATIONAL(6, Level.INFO),
    DEBUGGING(7, Level.FINEST);

    private final int syslogSeverity;
    private final Level julLevel;

    LogLevel(int syslogSeverity, Level julLevel) {
        this.syslogSeverity = syslogSeverity;
        this.julLevel = julLevel;
    }

    public int syslogSeverity() {
        return syslogSeverity;
    }

    public Level julLevel() {
        return julLevel;
    }

    /** The word FRR uses in commands and running-config: "debugging". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Syntax alternatives for the CLI: "emergencies|alerts|...". */
    public static String cliAlternatives() {
        StringBuilder sb = new StringBuilder();
        for (LogLevel l : values()) {
            sb.append(sb.isEmpty() ? "" : "|").append(l.word());
        }
        return sb.toString();
    }

    public static LogLevel parse(String word) {
        for (LogLevel l : values()) {
            if (l.word().startsWith(word.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown log level \"" + word + "\" (expected one of "
                + cliAlternatives().replace('|', ' ') + ")");
    }

    /** The FRR level for a java.util.logging record level. */
    public static LogLevel of(Level level) {
        int v = level.intValue();
        return v >= Level.SEVERE.intValue() ? ERRORS
                : v >= Level.WARNING.intValue() ? WARNINGS
                : v >= Level.INFO.intValue() ? INFORMATIONAL : DEBUGGING;
    }
}
