package dev.ferry.lab.proc;

import dev.ferry.lab.ExecResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program on the host to completion, with a time limit. Output goes through files, not pipes: a
 * daemon the program starts may inherit a pipe and hold it open, and reading it to its end would never
 * return.
 */
public final class HostCommand {
    private HostCommand() {
    }

    /** Runs {@code argv}; a program that outlives {@code timeout} is killed and its result has exit code 124. */
    public static ExecResult run(List<String> argv, Duration timeout) {
        return run(argv, timeout, Map.of());
    }

    public static ExecResult run(List<String> argv, Duration timeout, Map<String, String> env) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("ferry-lab", ".out");
            err = Files.createTempFile("ferry-lab", ".err");
            ProcessBuilder pb = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                return new ExecResult(130, Files.readString(out), "interrupted");
            }
            if (!done) {
                p.destroyForcibly();
                p.onExit().get(5, TimeUnit.SECONDS);
                return new ExecResult(124, Files.readString(out),
                        Files.readString(err) + "\n(timed out after " + timeout.toMillis() + " ms: " + argv + ")");
            }
            return new ExecResult(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            return new ExecResult(127, "", "cannot run " + argv + ": " + e.getMessage());
        } catch (Exception e) {
            return new ExecResult(1, "", "failed waiting for " + argv + ": " + e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Runs {@code argv} and returns its result, or throws naming the command and its output when it failed. */
    public static ExecResult check(List<String> argv, Duration timeout) {
        ExecResult r = run(argv, timeout);
        if (!r.ok()) {
            throw new IllegalStateException(String.join(" ", argv) + " failed (exit " + r.exitCode() + "): "
                    + (r.stderr().isBlank() ? r.stdout() : r.stderr()).strip());
        }
        return r;
    }

    /** Whether an executable of that name is on the PATH (or the path itself is executable). */
    public static boolean onPath(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        for (String dir : (path + ":/usr/sbin:/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temp file is not worth failing the command for
        }
    }
}
