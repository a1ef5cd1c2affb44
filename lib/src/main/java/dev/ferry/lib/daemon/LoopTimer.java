package dev.ferry.lib.daemon;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One restartable timer of a daemon's event loop (hellos, inactivity, retransmission, keepalives): the task runs on
 * the loop, so it sees protocol state without locks. Starting a running timer restarts it.
 */
public final class LoopTimer {
    private static final System.Logger LOG = System.getLogger(LoopTimer.class.getName());

    private final ScheduledExecutorService loop;
    private final Runnable task;
    private ScheduledFuture<?> future;
    private long dueNanos;

    public LoopTimer(ScheduledExecutorService loop, Runnable task) {
        this.loop = loop;
        this.task = task;
    }

    /** Runs the task once, {@code millis} from now. */
    public void start(long millis) {
        cancel();
        dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        future = loop.schedule(this::fire, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs the task every {@code millis}, the first time after {@code firstMillis}. */
    public void startPeriodic(long firstMillis, long millis) {
        cancel();
        dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(firstMillis);
        future = loop.scheduleAtFixedRate(() -> {
            dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            runGuarded();
        }, firstMillis, millis, TimeUnit.MILLISECONDS);
    }

    /** Starts it unless it is already running (coalesces several requests into one run). */
    public void startIfIdle(long millis) {
        if (!running()) {
            start(millis);
        }
    }

    public void cancel() {
        if (future != null) {
            future.cancel(false);
            future = null;
        }
    }

    public boolean running() {
        return future != null && !future.isDone();
    }

    /** Milliseconds until the next run, or -1 when the timer is not running (FRR prints "inactive"). */
    public long remainingMillis() {
        return running() ? Math.max(0, TimeUnit.NANOSECONDS.toMillis(dueNanos - System.nanoTime())) : -1;
    }

    private void fire() {
        future = null;
        runGuarded();
    }

    /** A failing task is logged, and a periodic timer keeps running (an executor would cancel it silently). */
    private void runGuarded() {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "timer task failed", e);
        }
    }
}
