package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One instance's routes on their way to zebra. A best-path change only queues its prefix (a reference); the
 * route operation is made when the zebra client can send it, from the prefix's state in the Loc-RIB then. A full
 * table arrives much faster than zebra installs it, and route messages made at once would wait in the client by
 * the hundred thousand (some 200 bytes each); queued prefixes cost a few bytes, and a prefix that changed
 * again meanwhile goes once with its newest state (or as a delete). Not thread-safe: the event loop owns it.
 */
final class ZebraRouteQueue implements RouteSink {

    /** The zebra client, in one VRF. */
    interface Zebra {
        /** Whether a session is up: without one, the next session's replay carries everything. */
        boolean connected();

        /** Whether the client cannot take more now; it then calls {@link #drain()} back when it can. */
        boolean backlogged();

        void add(AddressFamily family, Prefix prefix, BgpPath best, List<BgpPath> multipaths);

        void delete(AddressFamily family, Prefix prefix);
    }

    /** The instance's Loc-RIB: the destination of a prefix now, or null. */
    interface LocRib {
        Destination destination(AddressFamily family, Prefix prefix);
    }

    private final Executor loop;
    private final Zebra zebra;
    private final ArrayDeque<AddressFamily> families = new ArrayDeque<>();
    private final ArrayDeque<Prefix> prefixes = new ArrayDeque<>();
    private LocRib rib = (f, p) -> null;
    private boolean drainScheduled;
    private boolean closed;
    private final Runnable drained;

    /** @param drained runs when a drain has sent everything (or dropped it: no session) */
    ZebraRouteQueue(Executor loop, Zebra zebra, Runnable drained) {
        this.loop = loop;
        this.zebra = zebra;
        this.drained = drained;
    }

    /** The Loc-RIB that says what each queued prefix has become (the instance is made after its sink). */
    void locRib(LocRib rib) {
        this.rib = rib;
    }

    @Override
    public void install(AddressFamily family, Prefix prefix, BgpPath best, List<BgpPath> multipaths) {
        enqueue(family, prefix);
    }

    @Override
    public void remove(AddressFamily family, Prefix prefix) {
        enqueue(family, prefix);
    }

    /** The instance is gone: what is still queued goes as deletes, whatever its Loc-RIB still holds. */
    @Override
    public void closed() {
        closed = true;
        scheduleDrain();
    }

    private void enqueue(AddressFamily family, Prefix prefix) {
        if (!zebra.connected()) {
            return;
        }
        if (prefix.equals(prefixes.peekLast()) && family == families.peekLast()) {
            return; // changed twice in a row: it goes once, as it is when it goes
        }
        families.add(family);
        prefixes.add(prefix);
        scheduleDrain();
    }

    /** Drains once the current loop task is over (the task may change the same prefixes again). */
    private void scheduleDrain() {
        if (drainScheduled) {
            return;
        }
        drainScheduled = true;
        loop.execute(() -> {
            drainScheduled = false;
            drain();
        });
    }

    /** Sends what is queued, from the Loc-RIB's state now, until the client is backlogged. */
    void drain() {
        if (!zebra.connected()) {
            clear();
        }
        while (!prefixes.isEmpty() && !zebra.backlogged()) {
            AddressFamily f = families.poll();
            Prefix p = prefixes.poll();
            Destination d = closed ? null : rib.destination(f, p);
            if (d != null && BgpRouter.installs(d.best())) {
                zebra.add(f, p, d.best(), d.multipaths());
            } else {
                zebra.delete(f, p);
            }
        }
        if (prefixes.isEmpty()) {
            drained.run();
        }
    }

    /**
     * A new zebra session: what is queued is forgotten; the instance's replay then queues every prefix it
     * installs (zebra sweeps the rest at RoutesComplete, which waits for this queue: see BgpService).
     */
    void restart() {
        clear();
    }

    private void clear() {
        families.clear();
        prefixes.clear();
    }

    /** Prefixes waiting (with repeats). */
    int size() {
        return prefixes.size();
    }

    /** Whether the instance is gone and nothing of it waits any more. */
    boolean finished() {
        return closed && prefixes.isEmpty();
    }
}
