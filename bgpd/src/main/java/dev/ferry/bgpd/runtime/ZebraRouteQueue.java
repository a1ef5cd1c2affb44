package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One instance's routes on their way to zebra. A best-path change only queues its destination (the Loc-RIB's
 * own object; a removal queues the prefix); the route operation is made when the zebra client can send it,
 * from the destination's state then. A removal, or a destination with no best path left (it may have left the
 * Loc-RIB, and the prefix come back in a new one), is looked up again in the Loc-RIB: a prefix withdrawn and
 * announced again while queued is not deleted on the way. A full table arrives much faster than zebra installs
 * it, and route messages made at once would wait in the client by the hundred thousand (some 200 bytes each);
 * queued references cost a few bytes, and a prefix that changed again meanwhile goes once with its newest
 * state. Not thread-safe: the event loop owns it.
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
    /**
     * A {@link Destination} to install, the {@link Prefix} of a removal, or the {@link AddressFamily} of the
     * entries after it (queued when the family changes, so a full table's entries need no family each).
     */
    private final ChunkedFifo<Object> queued = new ChunkedFifo<>();
    /** The family of the newest entry queued; null when the next entry must queue its family first. */
    private AddressFamily tailFamily;
    /** The family of the entries being taken off the queue. */
    private AddressFamily headFamily;
    /** Destinations and prefixes queued (not counting families). */
    private int size;
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
    public void install(AddressFamily family, Destination d) {
        enqueue(family, d);
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

    private void enqueue(AddressFamily family, Object destinationOrPrefix) {
        if (!zebra.connected()) {
            return;
        }
        if (family == tailFamily && destinationOrPrefix.equals(queued.peekLast())) {
            return; // changed twice in a row: it goes once, as it is when it goes
        }
        if (family != tailFamily) {
            queued.add(family);
            tailFamily = family;
        }
        queued.add(destinationOrPrefix);
        size++;
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
        while (!queued.isEmpty() && !zebra.backlogged()) {
            Object o = queued.poll();
            if (o instanceof AddressFamily family) {
                headFamily = family;
                continue;
            }
            AddressFamily f = headFamily;
            size--;
            Destination d = o instanceof Destination x ? x : null;
            Prefix p = d != null ? d.prefix() : (Prefix) o;
            if (!closed && (d == null || d.best() == null)) {
                d = rib.destination(f, p); // removed, maybe back since
            }
            if (!closed && d != null && BgpRouter.installs(d.best())) {
                zebra.add(f, p, d.best(), d.multipaths());
            } else {
                zebra.delete(f, p);
            }
        }
        if (queued.isEmpty()) {
            tailFamily = null; // the next entry names its family again
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
        queued.clear();
        tailFamily = null;
        size = 0;
    }

    /** Prefixes waiting (with repeats). */
    int size() {
        return size;
    }

    /** Whether the instance is gone and nothing of it waits any more. */
    boolean finished() {
        return closed && queued.isEmpty();
    }
}
