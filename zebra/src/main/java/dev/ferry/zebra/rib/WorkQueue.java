package dev.ferry.zebra.rib;

/**
 * The nodes waiting for {@link RibProcessor}, in FRR's meta-queue classes: a node dirtied by a connected
 * route is processed before one dirtied by a static route, and so on down to BGP and the rest, so covering
 * routes settle before the routes that resolve through them. A node waits at most once per class.
 *
 * <p>Within a class nodes go first in, first out while few wait. Once a backlog builds (a full table arriving
 * faster than the kernel takes it), the next node is taken from anywhere in the class instead, by a fixed
 * pseudo-random sequence: a table arrives in prefix order, and the kernel's FIB trie, fed prefixes in order,
 * rebuilds its big nodes again and again as the table grows (seconds at a time at the boundaries of the first
 * octet: 20.0.0.0, 24.0.0.0). Spread over the table, a million routes go in ~30% faster (raw netlink, 7.0-7.7 s
 * against 8.3-10.1 s here). The destinations of a class do not depend on each other's order.
 */
final class WorkQueue {
    /** Nodes waiting in a class beyond which the next is taken from anywhere in it. */
    static final int SPREAD_BACKLOG = 8192;

    private final Ring[] classes = new Ring[RouteType.QUEUE_CLASSES];
    private int size;
    /** xorshift state: the same sequence in every run, so processing order is reproducible. */
    private int random = 0x2545F491;

    WorkQueue() {
        for (int i = 0; i < classes.length; i++) {
            classes[i] = new Ring();
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
            Ring ring = classes[c];
            if (ring.size == 0) {
                continue;
            }
            RouteNode n = ring.size > SPREAD_BACKLOG ? ring.pollAt(nextRandom() % ring.size) : ring.pollAt(0);
            n.queued &= (byte) ~(1 << c);
            size--;
            return n;
        }
        return null;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    private int nextRandom() {
        int x = random;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        random = x;
        return x & Integer.MAX_VALUE;
    }

    /** A ring of nodes: added at the tail; taken at the head, or from inside with the head moved there. */
    private static final class Ring {
        private static final int SHRINK_ABOVE = 4096;
        private RouteNode[] items = new RouteNode[16];
        private int head;
        private int size;

        void add(RouteNode n) {
            if (size == items.length) {
                RouteNode[] bigger = new RouteNode[items.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[(head + i) & (items.length - 1)];
                }
                items = bigger;
                head = 0;
            }
            items[(head + size) & (items.length - 1)] = n;
            size++;
        }

        /** Takes the node {@code offset} places from the head; the head node takes its place. */
        RouteNode pollAt(int offset) {
            int mask = items.length - 1;
            int at = (head + offset) & mask;
            RouteNode n = items[at];
            items[at] = items[head];
            items[head] = null;
            head = (head + 1) & mask;
            size--;
            if (size == 0) {
                head = 0;
                if (items.length > SHRINK_ABOVE) {
                    items = new RouteNode[16]; // a full table's backlog left 4 MB here
                }
            }
            return n;
        }
    }
}
