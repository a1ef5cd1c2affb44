package dev.ferry.lib.watchfrr;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs an instance's daemons on one event loop: starts them one after the other (each once the one
 * before has its VTY socket, as FRR's watchfrr and frrinit.sh do), and stops them in reverse order.
 */
final class Supervisor {
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
        loop.execute(() -> startFrom(0));
    }

    private void startFrom(int index) {
        if (stopping) {
            return;
        }
        if (index == daemons.size()) {
            List<String> down = daemons.stream().filter(d -> !d.isUp()).map(SupervisedDaemon::name).toList();
            log.info(down.isEmpty() ? "all daemons are up" : "start sequence done; not up yet: " + down);
            return;
        }
        daemons.get(index).start(() -> startFrom(index + 1));
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
