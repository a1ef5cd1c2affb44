package dev.ferry.lib.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** FRR's log line: "2026/11/21 16:20:01.123 ZEBRA: message". */
final class FrrLogFormat extends Formatter {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final String protocol;

    FrrLogFormat(String protocol) {
        this.protocol = protocol;
    }

    @Override
    public String format(LogRecord r) {
        return TIME.format(r.getInstant()) + " " + protocol + ": " + body(r) + "\n";
    }

    /** The message without time and tag, for syslog, which adds its own. */
    static String body(LogRecord r) {
        String msg = r.getMessage();
        if (r.getParameters() != null && r.getParameters().length > 0) {
            msg = java.text.MessageFormat.format(msg, r.getParameters());
        }
        if (r.getThrown() != null) {
            StringWriter sw = new StringWriter();
            r.getThrown().printStackTrace(new PrintWriter(sw));
            msg = msg + "\n" + sw.toString().stripTrailing();
        }
        return msg;
    }
}
