package dev.ferry.lib.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.cli.CmdStatus;
import java.nio.file.Path;

/**
 * One daemon started in the test's JVM with a session in `configure terminal`, for tests that type
 * commands and read back the daemon's running-config.
 */
public final class ConfigTerminal implements AutoCloseable {
    private final Daemon daemon;
    private final CliSession session = new CliSession();

    private ConfigTerminal(Daemon daemon) {
        this.daemon = daemon;
        run("configure terminal");
    }

    /** Starts the daemon with its run directory in {@code dir} (see {@link TestDaemons#start}). */
    public static ConfigTerminal start(Path dir, String name, DaemonModule module) throws Exception {
        return new ConfigTerminal(TestDaemons.start(dir, name, module));
    }

    /** Runs one line, whatever comes of it. */
    public CliResult execute(String line) {
        return daemon.execute(session, line);
    }

    /** Runs lines that must each succeed. */
    public void run(String... lines) {
        for (String line : lines) {
            CliResult r = execute(line);
            assertEquals(CmdStatus.SUCCESS, r.status(), line + ": " + r.output());
        }
    }

    /** Runs a line the daemon must refuse with a warning, and returns what it printed. */
    public String fail(String line) {
        CliResult r = execute(line);
        assertEquals(CmdStatus.WARNING_CONFIG_FAILED, r.status(), line);
        return r.output();
    }

    /** The daemon's running-config without the preamble (see {@link RunningConfigBlocks#body}). */
    public String config() {
        return RunningConfigBlocks.body(daemon.runningConfig());
    }

    @Override
    public void close() {
        daemon.close();
    }
}
