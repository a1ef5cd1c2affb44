package dev.ferry.zebra.rib;

import java.util.ArrayDeque;

/**
 * The nodes waiting for {@link RibProcessor}, in FRR's meta-queue classes: a node dirtied by a connected
 * route is processed before one dirtied by a static route, and so on down to BGP and the rest, so covering
 * routes settle before the routes that resolve through them. A node waits at most once per class.
 */
final class WorkQueue {
    @SuppressWarnings("unchecked")
    private final ArrayDeque<RouteNode>[] classes = new ArrayDeque[RouteType.QUEUE_CLASSES];
    private int size;

    WorkQueue() {
        for (int i = 0; i < classes.length; i++) {
            classes[i] = new ArrayDeque<>();
        }
    }

    void add(RouteNode n, RouteType cause) {
        int c = cause.queueClass();
        int bit = 1 << c;
        if ((n.queued & bit) != 0) {
            return;
        }
        n.queued |= (byte) bit;
        classes[c].add(n);
        size++;
    }

    /** The next node to process, or null when all is done. */
    RouteNode poll() {
        for (int c = 0; c < classes.length; c++) {
            RouteNode n = classes[c].poll();
            if (n != null) {
                n.queued &= (byte) ~(1 << c);
                size--;
                return n;
            }
        }
        return null;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }
}
