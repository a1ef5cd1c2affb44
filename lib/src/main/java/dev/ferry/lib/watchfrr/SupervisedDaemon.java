package dev.ferry.lib.watchfrr;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One daemon under watch. Every method runs on the supervisor's single event-loop thread, so the state
 * needs no locks; process exits and timers are posted to that loop.
 * <pre>
 *   STOPPED --start--> STARTING --VTY socket accepts--> UP
 *   STARTING --no VTY socket within the start timeout--> (SIGKILL, then as an exit)
 *   STARTING | UP --exit--> BACKOFF --delay--> STARTING          (config re-applied once UP again)
 *   any --stop--> STOPPED                                         (SIGTERM, grace period, SIGKILL)
 * </pre>
 */
final class SupervisedDaemon {
    private enum State { STOPPED, STARTING, UP, BACKOFF }

    private static final Duration VTY_POLL = Duration.ofMillis(100);

    private final DaemonSpec spec;
    private final ScheduledExecutorService loop;
    private final EventLog log;
    private final BackoffPolicy backoff;
    private final Duration startTimeout;
    private final Consumer<String> afterRestart;

    private State state = State.STOPPED;
    private Process process;
    private Instant launchedAt;
    private ScheduledFuture<?> timer;
    private boolean restarted;
    private boolean stopRequested;
    private Runnable onSettled;

    SupervisedDaemon(DaemonSpec spec, ScheduledExecutorService loop, EventLog log, BackoffPolicy backoff,
                     Duration startTimeout, Consumer<String> afterRestart) {
        this.spec = spec;
        this.loop = loop;
        this.log = log;
        this.backoff = backoff;
        this.startTimeout = startTimeout;
        this.afterRestart = afterRestart;
    }

    String name() {
        return spec.name();
    }

    boolean isUp() {
        return state == State.UP;
    }

    /** First start; {@code onSettled} runs once, when the daemon is up or its first attempt failed. */
    void start(Runnable onSettled) {
        this.onSettled = onSettled;
        launch();
    }

    private void launch() {
        if (stopRequested) {
            return;
        }
        try {
            process = new ProcessBuilder(spec.command())
                    .redirectInput(Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(spec.logFile().toFile()))
                    .start();
        } catch (IOException e) {
            log.error("%s: cannot run %s: %s", name(), spec.command().getFirst(), e.getMessage());
            settle();
            restartAfter(backoff.delayAfter(Duration.ZERO));
            return;
        }
        Process launched = process;
        launchedAt = Instant.now();
        state = State.STARTING;
        log.info("%s: started (pid %d), waiting for %s", name(), launched.pid(), spec.vtySocket());
        launched.onExit().thenRunAsync(() -> exited(launched), loop);
        schedule(this::waitForVty, VTY_POLL);
    }

    private void waitForVty() {
        if (state != State.STARTING) {
            return;
        }
        if (VtyProbe.accepts(spec.vtySocket())) {
            becameUp();
        } else if (Duration.between(launchedAt, Instant.now()).compareTo(startTimeout) > 0) {
            log.error("%s (pid %d) did not open %s within %d s; killing it (see %s)", name(), process.pid(),
                    spec.vtySocket(), startTimeout.toSeconds(), spec.logFile());
            process.destroyForcibly(); // its exit restarts it
        } else {
            schedule(this::waitForVty, VTY_POLL);
        }
    }

    private void becameUp() {
        state = State.UP;
        log.info("%s (pid %d) is up", name(), process.pid());
        if (restarted) {
            afterRestart.accept(name());
        }
        settle();
    }

    private void exited(Process dead) {
        if (dead != process || stopRequested) {
            return; // stopped on purpose, or an older incarnation
        }
        cancelTimer();
        removeLeftovers(dead.pid());
        Duration delay = backoff.delayAfter(Duration.between(launchedAt, Instant.now()));
        log.error("%s (pid %d) exited with status %d; restarting in %s", name(), dead.pid(), dead.exitValue(),
                seconds(delay));
        settle(); // a failed first start must not hold up the daemons after it
        restartAfter(delay);
    }

    private void restartAfter(Duration delay) {
        state = State.BACKOFF;
        restarted = true;
        schedule(this::launch, delay);
    }

    /** Stops the daemon and waits for it: SIGTERM, then SIGKILL after {@code grace}. Blocks the loop. */
    void stop(Duration grace) throws InterruptedException {
        stopRequested = true;
        state = State.STOPPED;
        cancelTimer();
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        log.info("%s: stopping (pid %d)", name(), p.pid());
        p.destroy();
        if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            log.error("%s (pid %d) did not stop within %d s; killing it", name(), p.pid(), grace.toSeconds());
            p.destroyForcibly();
            p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            removeLeftovers(p.pid());
        }
        log.info("%s (pid %d) stopped with status %s", name(), p.pid(), p.isAlive() ? "?" : p.exitValue());
    }

    // A killed daemon cannot remove its socket and pid file; stale ones would mislead status and scripts.
    private void removeLeftovers(long deadPid) {
        try {
            Files.deleteIfExists(spec.vtySocket());
            if (Files.isReadable(spec.pidFile())
                    && Files.readString(spec.pidFile()).strip().equals(Long.toString(deadPid))) {
                Files.delete(spec.pidFile());
            }
        } catch (IOException e) {
            log.error("%s: cannot remove stale files: %s", name(), e.getMessage());
        }
    }

    private void settle() {
        Runnable r = onSettled;
        onSettled = null;
        if (r != null) {
            r.run();
        }
    }

    private void schedule(Runnable task, Duration delay) {
        timer = loop.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
