package dev.ferry.lab.docker;

import dev.ferry.lab.topology.RouterSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Ferry's daemons from the distribution bind-mounted read-only at {@code ferryHome}:
 * {@code <ferryHome>/bin/frrinit.sh start --config_dir CONF --run_dir RUN}, with the JDK named by
 * FERRY_JAVA_HOME in the container's environment.
 */
record FerryRuntime(Path ferryHome) implements RouterRuntime {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @Override
    public List<String> start(String container, RouterSpec spec, RouterDirs dirs) throws IOException {
        Files.writeString(dirs.conf().resolve("daemons"), FrrConfigs.ferryDaemonsFile(spec));
        if (spec.frrConf() != null && !spec.frrConf().isBlank()) {
            Files.writeString(dirs.conf().resolve("frr.conf"), spec.frrConf());
        }
        return RouterRuntime.warnings(ContainerExec.check(container, "starting Ferry on " + spec.name(), List.of(
                ferryHome.resolve("bin/frrinit.sh").toString(), "start",
                "--config_dir", dirs.conf().toString(), "--run_dir", dirs.run().toString()), START_TIMEOUT));
    }

    @Override
    public List<String> vtysh(RouterDirs dirs, String command) {
        return List.of(ferryHome.resolve("bin/vtysh").toString(), "--vty_socket", dirs.run().toString(), "-c", command);
    }

    @Override
    public List<String> interactiveVtysh(RouterDirs dirs) {
        return List.of(ferryHome.resolve("bin/vtysh").toString(), "--vty_socket", dirs.run().toString());
    }
}
