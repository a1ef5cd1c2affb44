package dev.ferry.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One instance of the built distribution (etc/target/ferry) in a network namespace, with its own config
 * and run directories, driven through bin/frrinit.sh and bin/vtysh as an operator would.
 */
final class FerryInstance {
    static final List<String> DAEMONS = List.of("zebra", "staticd", "ospfd", "ospf6d", "ldpd", "bgpd");

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final NetworkNamespace ns;
    private final Path configDir;
    private final Path runDir;

    private FerryInstance(Path home, NetworkNamespace ns, Path configDir, Path runDir) {
        this.home = home;
        this.ns = ns;
        this.configDir = configDir;
        this.runDir = runDir;
    }

    /** The distribution the build made; surefire passes its path as ferry.home. */
    static Path distribution() {
        return Path.of(System.getProperty("ferry.home", "../etc/target/ferry")).toAbsolutePath().normalize();
    }

    /** Writes a config enabling every daemon under {@code dir}/etc; the run dir is {@code dir}/run. */
    static FerryInstance create(Path home, NetworkNamespace ns, Path dir, String hostname) throws IOException {
        return create(home, ns, dir, hostname, List.of("ospfd", "ospf6d", "ldpd", "bgpd"));
    }

    /** As {@link #create(Path, NetworkNamespace, Path, String)}, with zebra and staticd plus {@code protocols}. */
    static FerryInstance create(Path home, NetworkNamespace ns, Path dir, String hostname, List<String> protocols)
            throws IOException {
        Path configDir = Files.createDirectories(dir.resolve("etc"));
        StringBuilder daemons = new StringBuilder();
        protocols.forEach(d -> daemons.append(d).append("=yes\n"));
        Files.writeString(configDir.resolve("daemons"), daemons + """
                vtysh_enable=yes
                zebra_options="  -A 127.0.0.1 -s 90000000"
                """);
        Files.writeString(configDir.resolve("frr.conf"), "hostname " + hostname + "\n!\n");
        return new FerryInstance(home, ns, configDir, dir.resolve("run"));
    }

    Shell.Result frrinit(String command) throws IOException, InterruptedException {
        return ns.exec(List.of(home.resolve("bin/frrinit.sh").toString(), command,
                "--config_dir", configDir.toString(), "--run_dir", runDir.toString()), COMMAND_TIMEOUT);
    }

    Shell.Result vtysh(String... commands) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/vtysh").toString(),
                "--vty_socket", runDir.toString(), "--config_dir", configDir.toString()));
        for (String c : commands) {
            cmd.addAll(List.of("-c", c));
        }
        return ns.exec(cmd, COMMAND_TIMEOUT);
    }

    Path runDir() {
        return runDir;
    }

    Path socket(String daemon) {
        return runDir.resolve(daemon + ".vty");
    }

    /** The pid in {@code <run dir>/<name>.pid}, if the file is there. */
    OptionalLong pid(String name) throws IOException {
        Path file = runDir.resolve(name + ".pid");
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).strip()));
        } catch (java.nio.file.NoSuchFileException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    String watchfrrLog() throws IOException {
        Path log = runDir.resolve("watchfrr.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** True when the process has ended. A zombie counts as ended: PID 1 may not reap orphans promptly. */
    static boolean isGone(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .anyMatch(l -> l.startsWith("State:") && l.substring("State:".length()).strip().startsWith("Z"));
        } catch (IOException e) {
            return true;
        }
    }
}
