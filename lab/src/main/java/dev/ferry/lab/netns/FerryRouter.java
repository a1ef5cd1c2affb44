package dev.ferry.lab.netns;

import dev.ferry.lab.ExecResult;
import dev.ferry.lab.proc.HostCommand;
import dev.ferry.lab.topology.RouterSpec;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A router of Ferry's daemons, run from a Ferry distribution exactly as an operator runs one instance:
 * `frrinit.sh start --config_dir C --run_dir R` inside the namespace (watchfrr starts zebra, staticd and the
 * daemons the daemons file enables, then vtysh -b loads frr.conf), and `frrinit.sh stop` to end it.
 */
final class FerryRouter implements RouterRunner {
    private static final System.Logger LOG = System.getLogger("dev.ferry.lab.netns");
    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration STOP = Duration.ofMinutes(2);

    private final RouterSpec spec;
    private final String ns;
    private final RouterDirs dirs;
    private final Path home;

    FerryRouter(RouterSpec spec, String ns, RouterDirs dirs, Path home) {
        this.spec = spec;
        this.ns = ns;
        this.dirs = dirs;
        this.home = home;
    }

    /** Why Ferry routers cannot run from {@code home}, or empty. */
    static Optional<String> missing(Path home) {
        if (home == null) {
            return Optional.of("no Ferry distribution found for the Ferry routers (build it with ./mvnw package, "
                    + "or set -Dferry.home / FERRY_HOME to etc/target/ferry)");
        }
        if (!Files.isExecutable(home.resolve("bin/frrinit.sh"))) {
            return Optional.of("no Ferry distribution at " + home + " (bin/frrinit.sh missing)");
        }
        return Optional.empty();
    }

    @Override
    public Path runDir() {
        return dirs.runDir();
    }

    @Override
    public void start() throws Exception {
        dirs.create();
        StringBuilder daemons = new StringBuilder("# written by ferry-lab for router " + spec.name() + "\n");
        for (String d : spec.daemons()) {
            daemons.append(d).append("=yes\n");
        }
        daemons.append("vtysh_enable=yes\nzebra_options=\"  -A 127.0.0.1 -s 90000000\"\n");
        Files.writeString(dirs.configDir().resolve("daemons"), daemons);
        Files.writeString(dirs.configDir().resolve("frr.conf"), spec.frrConf());
        Files.writeString(dirs.configDir().resolve("vtysh.conf"), "service integrated-vtysh-config\n");
        ExecResult r = frrinit("start", START);
        Files.writeString(dirs.runDir().resolve("frrinit-start.log"), r.output());
        if (!r.ok()) {
            throw new IllegalStateException(spec.name() + ": Ferry's frrinit.sh start failed (exit " + r.exitCode() + "):\n"
                    + r.output().strip());
        }
        if (r.stderr().contains("vtysh -b reported errors")) {
            LOG.log(Level.WARNING, spec.name() + ": " + r.stderr().strip());
        }
    }

    @Override
    public void stop() {
        if (!Files.exists(dirs.runDir().resolve("watchfrr.pid")) && !Files.exists(dirs.runDir().resolve("frrinit.daemons"))) {
            return;
        }
        ExecResult r = frrinit("stop", STOP);
        if (!r.ok()) {
            LOG.log(Level.WARNING, spec.name() + ": frrinit.sh stop: " + r.output().strip());
        }
    }

    private ExecResult frrinit(String command, Duration timeout) {
        List<String> argv = new ArrayList<>(List.of(home.resolve("bin/frrinit.sh").toString(), command,
                "--config_dir", dirs.configDir().toString(), "--run_dir", dirs.runDir().toString()));
        return HostCommand.run(Namespaces.inside(ns, RouterRunner.withHostname(spec.name(), argv)), timeout, env());
    }

    /** The JDK running the lab also runs the daemons when it is recent enough (ferry-run checks). */
    private static Map<String, String> env() {
        String javaHome = System.getProperty("java.home");
        return Runtime.version().feature() >= 25 && javaHome != null ? Map.of("FERRY_JAVA_HOME", javaHome) : Map.of();
    }

    @Override
    public List<String> vtysh(String command) {
        return List.of(home.resolve("bin/vtysh").toString(), "--vty_socket", dirs.runDir().toString(),
                "--config_dir", dirs.configDir().toString(), "-c", command);
    }

    @Override
    public List<String> interactiveVtysh() {
        return List.of(home.resolve("bin/vtysh").toString(), "--vty_socket", dirs.runDir().toString(),
                "--config_dir", dirs.configDir().toString());
    }
}
