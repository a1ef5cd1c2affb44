package dev.ferry.lab.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Processes by PID: whether one still runs, and ending the ones a lab started (SIGTERM, then SIGKILL). */
public final class Pids {
    private static final Duration POLL = Duration.ofMillis(50);

    private Pids() {
    }

    /** True while the process exists and is not a zombie (PID 1 may be slow to reap orphans). */
    public static boolean running(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("State:")) {
                    return !line.substring(6).strip().startsWith("Z");
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The pid written in a pid file, if the file holds one. */
    public static Optional<Long> read(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The inode of the process's network namespace ("net:[4026532...]"), empty when it is gone. */
    public static Optional<String> netns(long pid) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc/" + pid + "/ns/net")).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Sends SIGTERM to each process, waits up to {@code grace} for all to end, then SIGKILLs the rest and
     * waits for them too. Returns the pids that had to be killed.
     */
    public static List<Long> stop(Collection<Long> pids, Duration grace) {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        waitGone(pids, grace);
        List<Long> left = pids.stream().filter(Pids::running).toList();
        for (long pid : left) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        waitGone(left, Duration.ofSeconds(5));
        return left;
    }

    /** Waits until none of the processes runs; false if some still run at the deadline. */
    public static boolean waitGone(Collection<Long> pids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pids.stream().anyMatch(Pids::running)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(POLL);
        }
        return true;
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
