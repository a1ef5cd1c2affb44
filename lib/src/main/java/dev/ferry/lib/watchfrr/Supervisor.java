package dev.ferry.lib.watchfrr;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs an instance's daemons on one event loop: starts zebra first and, once it has its VTY socket (and so
 * its API socket), all the others at once; stops them in reverse order. FRR's watchfrr starts them one after
 * the other, which costs nothing for C daemons; a JVM takes a second or more to start (minutes in an emulated
 * VM), and the other daemons only need zebra (their zebra clients retry until its socket is there).
 */
final class Supervisor {
    /** The daemon the others need: started alone, first. */
    private static final String FIRST = "zebra";
    private final List<SupervisedDaemon> daemons;
    private final ScheduledExecutorService loop;
    private final EventLog log;
    private boolean stopping;

    Supervisor(List<SupervisedDaemon> daemons, ScheduledExecutorService loop, EventLog log) {
        this.daemons = List.copyOf(daemons);
        this.loop = loop;
        this.log = log;
    }

    void startAll() {
        loop.execute(() -> {
            if (!daemons.isEmpty() && daemons.getFirst().name().equals(FIRST)) {
                daemons.getFirst().start(() -> startTogether(1));
            } else {
                startTogether(0);
            }
        });
    }

    /** Starts the daemons from {@code from} on at once; logs when each has settled (up or given up). */
    private void startTogether(int from) {
        if (stopping) {
            return;
        }
        List<SupervisedDaemon> rest = daemons.subList(from, daemons.size());
        int[] unsettled = {rest.size()};
        Runnable settled = () -> {
            if (--unsettled[0] <= 0) {
                List<String> down = daemons.stream().filter(d -> !d.isUp()).map(SupervisedDaemon::name).toList();
                log.info(down.isEmpty() ? "all daemons are up" : "start sequence done; not up yet: " + down);
            }
        };
        if (rest.isEmpty()) {
            settled.run();
        }
        for (SupervisedDaemon d : rest) {
            d.start(settled);
        }
    }

    /** Called from the shutdown hook: stops every daemon, last started first, and waits for them. */
    void stopAll(Duration grace) throws InterruptedException {
        try {
            loop.submit(() -> {
                stopping = true;
                for (SupervisedDaemon d : daemons.reversed()) {
                    d.stop(grace);
                }
                return null;
            }).get();
        } catch (ExecutionException e) {
            log.error("stopping the daemons failed: %s", e.getCause());
        }
        loop.shutdownNow();
    }
}
