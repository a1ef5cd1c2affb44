package dev.ferry.lib.watchfrr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run one daemon of an instance: its launcher and arguments, and the files it owns in the run
 * directory. Every path is passed explicitly so the daemon never falls back on /var/run/frr.
 */
record DaemonSpec(String name, List<String> command, Path vtySocket, Path pidFile, Path logFile) {

    /** {@code <bin>/<name> <options from the daemons file> --vty_socket RUN -i RUN/<name>.pid ...}. */
    static DaemonSpec of(String name, Path binDir, Path runDir, List<String> options, String logLevel) {
        Path pidFile = runDir.resolve(name + ".pid");
        Path logFile = runDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(binDir.resolve(name).toString());
        command.addAll(options);
        command.addAll(List.of("--vty_socket", runDir.toString(), "-i", pidFile.toString(),
                "-z", runDir.resolve("zserv.api").toString(), "--log", "file:" + logFile));
        if (logLevel != null) {
            command.addAll(List.of("--log-level", logLevel));
        }
        return new DaemonSpec(name, List.copyOf(command), runDir.resolve(name + ".vty"), pidFile, logFile);
    }
}
