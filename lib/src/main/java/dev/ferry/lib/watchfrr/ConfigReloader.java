package dev.ferry.lib.watchfrr;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gives a restarted daemon its part of the integrated config again, the way FRR's watchfrr does:
 * {@code vtysh -b -d DAEMON}. Runs in the background; the outcome goes to the log.
 */
final class ConfigReloader {
    private final Path vtysh;
    private final Path runDir;
    private final Path configDir;
    private final EventLog log;

    ConfigReloader(Path binDir, Path runDir, Path configDir, EventLog log) {
        this.vtysh = binDir.resolve("vtysh");
        this.runDir = runDir;
        this.configDir = configDir;
        this.log = log;
    }

    void reload(String daemon) {
        if (!Files.isReadable(configDir.resolve("frr.conf"))) {
            return; // nothing to apply, as FRR's vtysh_b()
        }
        List<String> command = List.of(vtysh.toString(), "--vty_socket", runDir.toString(),
                "--config_dir", configDir.toString(), "-b", "-d", daemon);
        try {
            Process p = new ProcessBuilder(command).redirectInput(Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(log.redirect()).start();
            log.info("%s: loading %s/frr.conf (vtysh -b -d %s, pid %d)", daemon, configDir, daemon, p.pid());
            p.onExit().thenAccept(done -> log.info("%s: vtysh -b -d %s exited with status %d",
                    daemon, daemon, done.exitValue()));
        } catch (IOException e) {
            log.error("%s: cannot run %s: %s", daemon, vtysh, e.getMessage());
        }
    }
}
