package dev.ferry.lib.log;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A debug message is built only when a log target takes debugging: the root level follows the targets; the
 * libraries' loggers never go below INFO.
 */
class LoggingLevelTest {
    private final Logger root = Logger.getLogger("");
    private final Handler[] savedHandlers = root.getHandlers();
    private final Level savedLevel = root.getLevel();
    private final Logger library = Logger.getLogger("dev.ferry.lib.log.test.library");
    private final Logger netty = Logger.getLogger("io.netty.handler.codec.http2.Http2FrameLogger");

    @AfterEach
    void restoreRoot() {
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        for (Handler h : savedHandlers) {
            root.addHandler(h);
        }
        root.setLevel(savedLevel);
        for (String library : new String[] {"io.grpc", "io.netty", "com.google"}) {
            Logger.getLogger(library).setLevel(null);
        }
    }

    @Test
    void debugIsOffUnlessATargetWantsIt(@TempDir Path dir) throws Exception {
        Logging logging = new Logging("zebra");
        Path file = dir.resolve("zebra.log");
        logging.file(file, LogLevel.INFORMATIONAL);
        assertFalse(library.isLoggable(Level.FINE), "no target takes debugging");
        assertTrue(library.isLoggable(Level.INFO));

        logging.stdout(LogLevel.WARNINGS);
        assertFalse(library.isLoggable(Level.FINE));
        assertTrue(library.isLoggable(Level.INFO), "the file still takes informational");

        logging.file(file, LogLevel.DEBUGGING);
        assertTrue(library.isLoggable(Level.FINEST));
        library.fine("frame logged at debug");
        assertTrue(Files.readString(file).contains("frame logged at debug"));
        assertFalse(netty.isLoggable(Level.FINE), "gRPC's and netty's debug output stays off");
        assertTrue(netty.isLoggable(Level.INFO));

        logging.file(null, null);
        assertFalse(library.isLoggable(Level.FINE), "the debugging target is gone");
        logging.stdout(null);
    }
}
