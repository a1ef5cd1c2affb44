package dev.ferry.lab.docker;

import dev.ferry.lab.topology.RouterSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Real FRR 8.4 (the host's Debian package, copied into the image): {@code start-frr.sh} starts each
 * daemon as user frr with the router's run dir, then {@code vtysh -b} loads conf/frr.conf.
 */
record FrrRuntime() implements RouterRuntime {

    static final String START_SCRIPT = "start-frr.sh";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @Override
    public List<String> start(String container, RouterSpec spec, RouterDirs dirs) throws IOException {
        if (spec.frrConf() != null && !spec.frrConf().isBlank()) {
            Files.writeString(dirs.conf().resolve("frr.conf"), spec.frrConf());
        }
        Files.writeString(dirs.conf().resolve("vtysh.conf"), FrrConfigs.VTYSH_CONF);
        Path script = dirs.root().resolve(START_SCRIPT);
        try (InputStream in = FrrRuntime.class.getResourceAsStream("/docker/" + START_SCRIPT)) {
            if (in == null) {
                throw new IOException("resource /docker/" + START_SCRIPT + " is missing from the class path");
            }
            Files.write(script, in.readAllBytes());
        }
        List<String> argv = new ArrayList<>(List.of("sh", script.toString(), dirs.conf().toString(),
                dirs.run().toString()));
        argv.addAll(FrrConfigs.daemonsToStart(spec));
        return RouterRuntime.warnings(ContainerExec.check(container, "starting FRR on " + spec.name(), argv,
                START_TIMEOUT));
    }

    @Override
    public List<String> vtysh(RouterDirs dirs, String command) {
        return List.of("vtysh", "--vty_socket", dirs.run().toString(), "-c", command);
    }

    @Override
    public List<String> interactiveVtysh(RouterDirs dirs) {
        return List.of("vtysh", "--vty_socket", dirs.run().toString());
    }
}
