package dev.ferry.lib.watchfrr;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * watchfrr's log: one line per event in FRR's format ("2025/01/31 12:00:00.123 WATCHFRR: ..."), on
 * stdout or appended to a file. Helper processes it runs (vtysh -b) write into the same place.
 */
final class EventLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS");

    private final PrintStream out;
    private final Path file;

    private EventLog(PrintStream out, Path file) {
        this.out = out;
        this.file = file;
    }

    /** {@code target} is "stdout" or "file:PATH" (as the daemons' --log); syslog falls back to stdout. */
    static EventLog open(String target) throws IOException {
        if (target.startsWith("file:")) {
            Path file = Path.of(target.substring("file:".length())).toAbsolutePath();
            Files.createDirectories(file.getParent());
            return new EventLog(new PrintStream(new FileOutputStream(file.toFile(), true), true,
                    StandardCharsets.UTF_8), file);
        }
        EventLog log = new EventLog(System.out, null);
        if (!target.equals("stdout")) {
            log.error("log target %s is not supported by watchfrr; logging to stdout", target);
        }
        return log;
    }

    void info(String format, Object... args) {
        write("", format, args);
    }

    void error(String format, Object... args) {
        write("error: ", format, args);
    }

    private synchronized void write(String prefix, String format, Object... args) {
        out.println(TIME.format(LocalDateTime.now()) + " WATCHFRR: " + prefix + String.format(format, args));
    }

    /** Where a child process should write so that its output lands in this log. */
    Redirect redirect() {
        return file != null ? Redirect.appendTo(file.toFile()) : Redirect.INHERIT;
    }
}
