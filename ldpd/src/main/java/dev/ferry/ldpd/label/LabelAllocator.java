package dev.ferry.ldpd.label;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Local labels from the chunks zebra's label manager gives (FRR's lde_get_next_label): labels are handed out in
 * order, chunk after chunk, and labels given back are reused first. When fewer than a low-water mark are left, the
 * owner should ask zebra for another chunk ({@link #wantsChunk()}); a request in flight is remembered so that it is
 * asked once. A chunk given twice (zebra answers the client's replayed requests after a reconnection) is taken
 * once.
 */
public final class LabelAllocator {
    /** FRR's CHUNK_SIZE. */
    public static final int CHUNK_SIZE = 64;
    private static final int LOW_WATER = 8;

    private final Deque<int[]> chunks = new ArrayDeque<>();
    private final Deque<Integer> released = new ArrayDeque<>();
    private final Set<Integer> chunkStarts = new HashSet<>();
    private int next;
    private int end = -1;
    private boolean requested;

    /** A chunk arrived: its labels, {@code start..end} inclusive, join the pool. */
    public void addChunk(int start, int last) {
        requested = false;
        if (!chunkStarts.add(start)) {
            return;
        }
        if (next > end) {
            next = start;
            end = last;
        } else {
            chunks.add(new int[] {start, last});
        }
    }

    /** The next free label, or -1 when the pool is empty (a chunk must come first). */
    public int allocate() {
        if (!released.isEmpty()) {
            return released.poll();
        }
        if (next > end && !chunks.isEmpty()) {
            int[] c = chunks.poll();
            next = c[0];
            end = c[1];
        }
        return next <= end ? next++ : -1;
    }

    /** A label no longer bound to any FEC. */
    public void release(int label) {
        if (label >= 16) {
            released.add(label);
        }
    }

    public int available() {
        int n = released.size() + Math.max(0, end - next + 1);
        for (int[] c : chunks) {
            n += c[1] - c[0] + 1;
        }
        return n;
    }

    /** Whether to ask zebra for a chunk now; true once until {@link #addChunk} or {@link #requestFailed}. */
    public boolean wantsChunk() {
        if (requested || available() >= LOW_WATER) {
            return false;
        }
        requested = true;
        return true;
    }

    /** zebra refused the request; the next {@link #wantsChunk} asks again. */
    public void requestFailed() {
        requested = false;
    }
}
