package dev.ferry.lab.vm;

import dev.ferry.lab.ExecResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One command running in the guest, started through the {@link ControlChannel}: its exit status comes as
 * the agent's {@code done} line, its output in EXEC/ID.out and ID.err, which {@link #result} reads and
 * then deletes with the rest of the command's files.
 */
final class GuestProcess {
    /** Exit status of a command that outlived its time limit (timeout(1)'s, as the other backends use). */
    static final int TIMED_OUT = 124;
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final ControlChannel channel;
    private final Path execDir;
    private final String id;
    private final CompletableFuture<Integer> done;

    GuestProcess(ControlChannel channel, Path execDir, String id, CompletableFuture<Integer> done) {
        this.channel = channel;
        this.execDir = execDir;
        this.id = id;
        this.done = done;
    }

    boolean finished() {
        return done.isDone();
    }

    /** What the command wrote to stderr so far (e.g. tcpdump's "listening on"). */
    String stderrSoFar() {
        return read(execDir.resolve(id + ".err"));
    }

    void signal(String signal) {
        channel.signal(id, signal);
    }

    /**
     * Waits for the command to end, at most {@code timeout}; past it the command gets SIGKILL and the
     * result exit status 124. The command's files are gone afterwards.
     */
    ExecResult result(Duration timeout) {
        try {
            int status;
            String note = "";
            try {
                status = done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                signal("KILL");
                try {
                    done.get(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException ignored) {
                    // report the time-out all the same
                }
                status = TIMED_OUT;
                note = "(timed out after " + timeout.toMillis() + " ms in the VM)\n";
            } catch (ExecutionException e) {
                return new ExecResult(255, read(execDir.resolve(id + ".out")),
                        read(execDir.resolve(id + ".err")) + e.getCause().getMessage() + "\n");
            }
            return new ExecResult(status, read(execDir.resolve(id + ".out")), read(execDir.resolve(id + ".err")) + note);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            signal("KILL");
            return new ExecResult(130, "", "interrupted");
        } finally {
            if (done.isDone()) {
                deleteFiles(execDir, id);
            }
        }
    }

    static void deleteFiles(Path execDir, String id) {
        for (String ext : new String[] {".sh", ".out", ".err", ".pid"}) {
            try {
                Files.deleteIfExists(execDir.resolve(id + ext));
            } catch (IOException e) {
                // the exec dir goes with the lab
            }
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
