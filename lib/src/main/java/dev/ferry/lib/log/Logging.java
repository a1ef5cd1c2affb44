package dev.ferry.lib.log;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import java.util.stream.Stream;

/**
 * A daemon's log targets, as FRR's `log stdout|syslog|file` commands set them. Code logs through
 * System.Logger (backed by java.util.logging); this class owns the root handlers. The root logger's level
 * follows the most verbose target (never above INFO), so a debug message no target takes is not even built:
 * with the root at ALL, every library logger was enabled for debug (netty's HTTP/2 frame logger formatted
 * every frame of the zebra API, with a stack walk for the caller of each). The libraries' own loggers stay at
 * INFO even then: FRR's "debugging" level (the default of `log file FILE`) is for the messages `debug ...`
 * commands turn on, not for a hex dump of every HTTP/2 frame.
 */
public final class Logging {
    /** gRPC's, netty's and protobuf's loggers, held so that their level is not lost with them. */
    private static final List<Logger> LIBRARIES = Stream.of("io.grpc", "io.netty", "com.google")
            .map(Logger::getLogger).toList();

    private final String daemon;
    private final Logger root = Logger.getLogger("");
    private Handler stdout;
    private LogLevel stdoutLevel;
    private Handler syslog;
    private LogLevel syslogLevel;
    private Handler file;
    private Path filePath;
    private LogLevel fileLevel;

    public Logging(String daemon) {
        this.daemon = daemon;
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.setLevel(Level.INFO);
        for (Logger library : LIBRARIES) {
            library.setLevel(Level.INFO);
        }
    }

    /** Applies a --log target from the command line: "stdout", "syslog" or "file:PATH". */
    public void applyTarget(String target, LogLevel level) throws IOException {
        if (target.equals("stdout")) {
            stdout(level);
        } else if (target.equals("syslog")) {
            syslog(level);
        } else if (target.startsWith("file:")) {
            file(Path.of(target.substring("file:".length())), level);
        } else {
            throw new IllegalArgumentException("unknown log target \"" + target + "\" (stdout, syslog or file:PATH)");
        }
    }

    public synchronized void stdout(LogLevel level) {
        remove(stdout);
        stdout = level == null ? null : add(flushing(unclosable(System.out)), level);
        stdoutLevel = level;
    }

    public synchronized void syslog(LogLevel level) {
        remove(syslog);
        syslog = level == null ? null : add(new SyslogHandler(daemon), level);
        syslogLevel = level;
    }

    /** Logs to {@code path} (appending), or stops file logging when path is null. */
    public synchronized void file(Path path, LogLevel level) throws IOException {
        Handler next = null;
        if (path != null) {
            // A plain appending stream: java.util.logging.FileHandler would expand '%' and leave .lck files.
            next = add(flushing(new FileOutputStream(path.toFile(), true)), level);
        }
        remove(file);
        file = next;
        filePath = path;
        fileLevel = path == null ? null : level;
    }

    public synchronized Path filePath() {
        return filePath;
    }

    public synchronized LogLevel fileLevel() {
        return fileLevel;
    }

    public synchronized LogLevel stdoutLevel() {
        return stdoutLevel;
    }

    public synchronized LogLevel syslogLevel() {
        return syslogLevel;
    }

    /** FRR's `show logging`. */
    public synchronized String show() {
        return "Syslog logging: " + describe(syslogLevel) + "\n"
                + "Stdout logging: " + describe(stdoutLevel) + "\n"
                + "Stderr logging: disabled\n"
                + "Logfile logging: " + (filePath == null ? "disabled" : "level " + fileLevel.word()
                        + ", filename " + filePath) + "\n"
                + "Protocol name: " + daemon.toUpperCase(Locale.ROOT) + "\n"
                + "Record priority: disabled\n"
                + "Timestamp precision: 3\n";
    }

    private static String describe(LogLevel level) {
        return level == null ? "disabled" : "level " + level.word();
    }

    private Handler add(Handler h, LogLevel level) {
        h.setFormatter(new FrrLogFormat(daemon.toUpperCase(Locale.ROOT)));
        h.setLevel(level.julLevel());
        root.addHandler(h);
        followTargets();
        return h;
    }

    private void remove(Handler h) {
        if (h != null) {
            root.removeHandler(h);
            h.close();
            followTargets();
        }
    }

    /** The root logger's level: the most verbose of the targets' levels, INFO at most. */
    private void followTargets() {
        Level level = Level.INFO;
        for (Handler h : root.getHandlers()) {
            if (h.getLevel().intValue() < level.intValue()) {
                level = h.getLevel();
            }
        }
        root.setLevel(level);
    }

    /** A handler that flushes every record: a crash must not lose the lines that explain it. */
    private static Handler flushing(OutputStream out) {
        return new StreamHandler(out, new FrrLogFormat("")) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush();
            }
        };
    }

    /** stdout must stay open when its handler is replaced. */
    private static OutputStream unclosable(PrintStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
    }
}
