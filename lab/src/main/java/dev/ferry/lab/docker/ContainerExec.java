package dev.ferry.lab.docker;

import dev.ferry.lab.ExecResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in a lab container with {@code docker exec}. The time limit holds inside the container too
 * (GNU {@code timeout -s KILL}; busybox's would run its own applets
 * in place of the image's real programs), so a command that hangs does not outlive the call there either; the
 * docker client gets a few seconds more before it is killed.
 */
final class ContainerExec {

    private ContainerExec() {
    }

    static ExecResult run(String container, List<String> command, Duration timeout) {
        long seconds = Math.max(1, timeout.toSeconds());
        List<String> argv = new ArrayList<>(List.of("docker", "exec", container, "timeout", "-s", "KILL",
                Long.toString(seconds)));
        argv.addAll(command);
        return HostCommand.run(argv, Duration.ofSeconds(seconds + 10));
    }

    /** Runs the command and throws, with what it printed, when it fails. */
    static ExecResult check(String container, String what, List<String> command, Duration timeout) {
        ExecResult r = run(container, command, timeout);
        if (!r.ok()) {
            throw new DockerLabException(what + " failed in container " + container + " (exit " + r.exitCode() + "):\n"
                    + (r.stdout() + r.stderr()).strip());
        }
        return r;
    }
}
