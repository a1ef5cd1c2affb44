package dev.ferry.zebra.rib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A RibScheduler driven by hand, for tests and benchmarks: tasks run when {@link #runAll()} is called, and
 * timers when virtual time is advanced. Single-threaded like the real loop.
 */
public final class ManualScheduler implements RibScheduler {
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private final List<Pending> timers = new ArrayList<>();
    private long nowMillis;

    private static final class Pending implements Timer {
        final long due;
        final Runnable task;
        boolean cancelled;

        Pending(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    @Override
    public Timer schedule(Runnable task, long delay, TimeUnit unit) {
        Pending p = new Pending(nowMillis + unit.toMillis(delay), task);
        timers.add(p);
        return p;
    }

    /** Runs queued tasks, and those they queue, until none is left; returns how many ran. */
    public int runAll() {
        return runAll(Integer.MAX_VALUE);
    }

    /** As {@link #runAll()}, but fails after {@code limit} tasks (a loop that never settles is a bug). */
    public int runAll(int limit) {
        int n = 0;
        Runnable r;
        while ((r = tasks.poll()) != null) {
            if (n++ == limit) {
                throw new IllegalStateException("the loop did not settle after " + limit + " tasks");
            }
            r.run();
        }
        return n;
    }

    /** Moves virtual time forward, firing due timers (and running what they queue). */
    public void advance(long amount, TimeUnit unit) {
        nowMillis += unit.toMillis(amount);
        runAll();
        List<Pending> due = new ArrayList<>();
        for (Pending p : List.copyOf(timers)) {
            if (p.due <= nowMillis) {
                timers.remove(p);
                if (!p.cancelled) {
                    due.add(p);
                }
            }
        }
        for (Pending p : due) {
            p.task.run();
            runAll();
        }
    }

    public long nowMillis() {
        return nowMillis;
    }

    public boolean isIdle() {
        return tasks.isEmpty();
    }
}
