package dev.ferry.bgpd.runtime;

/**
 * A first-in first-out queue in fixed chunks of 1,024 references. A full table's way to zebra queues up to a
 * million entries: an ArrayDeque then doubles its array to 4 MB, leaving the smaller arrays behind in the old
 * generation, and keeps the 4 MB after the queue empties. Here a chunk is made as the tail needs one and dropped
 * as the head leaves it, so the queue costs what it holds. Not thread-safe.
 */
final class ChunkedFifo<T> {
    private static final int CHUNK = 1024;

    /** One chunk and the link to the next (newer) one. */
    private static final class Chunk {
        final Object[] slots = new Object[CHUNK];
        Chunk next;
    }

    private Chunk head = new Chunk();
    private Chunk tail = head;
    private int headIndex;
    private int tailIndex;
    private int size;

    void add(T item) {
        if (item == null) {
            throw new NullPointerException("no null entries");
        }
        if (tailIndex == CHUNK) {
            Chunk c = new Chunk();
            tail.next = c;
            tail = c;
            tailIndex = 0;
        }
        tail.slots[tailIndex++] = item;
        size++;
    }

    /** The oldest entry, removed; null when empty. */
    @SuppressWarnings("unchecked")
    T poll() {
        if (size == 0) {
            return null;
        }
        if (headIndex == CHUNK) {
            head = head.next;
            headIndex = 0;
        }
        Object item = head.slots[headIndex];
        head.slots[headIndex++] = null;
        if (--size == 0) {
            headIndex = 0; // empty: the one chunk left is reused from its start
            tailIndex = 0;
        }
        return (T) item;
    }

    /** The newest entry; null when empty. */
    @SuppressWarnings("unchecked")
    T peekLast() {
        return size == 0 ? null : (T) tail.slots[tailIndex - 1];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        if (size > 0) {
            head = new Chunk();
            tail = head;
        }
        headIndex = 0;
        tailIndex = 0;
        size = 0;
    }
}
