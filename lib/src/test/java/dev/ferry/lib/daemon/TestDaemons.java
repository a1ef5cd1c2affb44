package dev.ferry.lib.daemon;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts daemons in the test's JVM with private run directories, for tests of commands and config. */
public final class TestDaemons {
    private TestDaemons() {
    }

    /** Options for an instance whose sockets and pid files live in {@code dir}; logs go to dir/NAME.log. */
    public static DaemonOptions options(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        DaemonOptions o = new DaemonOptions();
        o.vtyDir = dir;
        o.log = "file:" + dir.resolve(name + ".log");
        return o;
    }

    public static Daemon start(Path dir, String name, DaemonModule module) throws Exception {
        return Daemon.start(name, options(dir, name), module);
    }

    /**
     * Loads config lines into one daemon the way a config file is read (config mode, parent-node fallback)
     * and returns the lines that failed, each as "LINE -> OUTPUT".
     */
    public static List<String> load(Daemon d, List<String> lines) {
        CliSession s = new CliSession();
        d.execute(s, "configure terminal");
        List<String> failed = new ArrayList<>();
        for (String line : lines) {
            CliResult r = d.execute(s, line);
            if (r.status().code() != 0) {
                failed.add(line + " -> " + r.status() + " " + r.output().strip());
            }
        }
        return failed;
    }
}
