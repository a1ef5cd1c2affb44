package dev.ferry.lab.docker;

import dev.ferry.lab.ExecResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program on the host (the docker CLI, iptables, ip) to completion within a time limit.
 *
 * <p>Output goes through files, not pipes: a daemon that a command starts (inside a container, through
 * `docker exec`) may inherit a pipe and keep it open, and reading a pipe to its end would then never return.
 * On timeout the process this class started is killed (by its handle, nothing else) and the result has exit
 * code 124, as timeout(1) reports.
 */
final class HostCommand {
    static final int TIMED_OUT = 124;

    private HostCommand() {
    }

    /** Runs argv, stdin from /dev/null; output decoded as UTF-8 (bad bytes replaced, never an error). */
    static ExecResult run(List<String> argv, Duration timeout) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("ferry-lab-cmd", ".out");
            err = Files.createTempFile("ferry-lab-cmd", ".err");
            ProcessBuilder pb = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(new File("/dev/null"));
            Process p = pb.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            String stdout = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
            String stderr = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
            if (!done) {
                return new ExecResult(TIMED_OUT, stdout, stderr + "ferry-lab: timed out after "
                        + timeout.toSeconds() + " s: " + String.join(" ", argv) + "\n");
            }
            return new ExecResult(p.exitValue(), stdout, stderr);
        } catch (IOException e) {
            return new ExecResult(127, "", "ferry-lab: cannot run " + argv.getFirst() + ": " + e.getMessage() + "\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ExecResult(130, "", "ferry-lab: interrupted: " + String.join(" ", argv) + "\n");
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Runs argv and returns its stdout, or throws with its stderr when it fails. */
    static String check(List<String> argv, Duration timeout) {
        ExecResult r = run(argv, timeout);
        if (!r.ok()) {
            throw new DockerLabException(String.join(" ", argv) + " failed (exit " + r.exitCode() + "): "
                    + r.stderr().strip());
        }
        return r.stdout();
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file left in /tmp is harmless
        }
    }
}
