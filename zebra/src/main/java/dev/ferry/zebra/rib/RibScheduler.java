package dev.ferry.zebra.rib;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The RIB's event loop: where its work runs, and its timers. */
public interface RibScheduler {
    /** A pending timer. */
    interface Timer {
        void cancel();
    }

    void execute(Runnable task);

    Timer schedule(Runnable task, long delay, TimeUnit unit);

    /** The daemon's single-threaded loop. */
    static RibScheduler of(ScheduledExecutorService loop) {
        return new RibScheduler() {
            @Override
            public void execute(Runnable task) {
                loop.execute(task);
            }

            @Override
            public Timer schedule(Runnable task, long delay, TimeUnit unit) {
                ScheduledFuture<?> f = loop.schedule(task, delay, unit);
                return () -> f.cancel(false);
            }
        };
    }
}
