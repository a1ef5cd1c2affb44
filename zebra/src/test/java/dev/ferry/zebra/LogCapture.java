package dev.ferry.zebra;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records a logger gets at or above a level, between {@link #start()} and {@link #close()} (tests). */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level min;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    public LogCapture(String loggerName, Level min) {
        this.logger = Logger.getLogger(loggerName);
        this.min = min;
    }

    public LogCapture start() {
        logger.addHandler(this);
        return this;
    }

    /** What was logged so far, oldest first. */
    public List<LogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= min.intValue()) {
            records.add(r);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
