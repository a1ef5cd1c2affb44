package dev.ferry.bgpd.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * bgpd's label pool (FRR's bgp_labelpool.c): labels for `label vpn export auto`, one per (VRF, address family),
 * taken from chunks of {@link #CHUNK_SIZE} labels that zebra's label manager hands out. A label is asked for by
 * an owner key; until a chunk arrives the owner waits (and the export waits with it), then {@code assigned}
 * runs. A released label goes back to the free list. Without zebra (tests, in-process routers) the chunks come
 * from a local range starting at {@link #LOCAL_BASE}. Runs on the daemon's loop.
 */
public final class VpnLabels {
    /** Labels per chunk, as FRR's label pool asks. */
    public static final int CHUNK_SIZE = 128;
    /** First label of the local chunks used without zebra (the start of zebra's dynamic range). */
    public static final int LOCAL_BASE = 80;

    /** One chunk as zebra gave it. */
    public record Chunk(int start, int end) {
    }

    private final IntConsumer requestChunk;
    private final Runnable assigned;
    private final Map<String, Integer> ledger = new LinkedHashMap<>();
    private final Set<String> waiting = new LinkedHashSet<>();
    private final Deque<Integer> free = new ArrayDeque<>();
    private final List<Chunk> chunks = new ArrayList<>();
    private int requestsOutstanding;
    private int nextLocal = LOCAL_BASE;

    /**
     * @param requestChunk asks zebra for a chunk of the given size (null: use local chunks)
     * @param assigned     runs after waiting owners got their labels
     */
    public VpnLabels(IntConsumer requestChunk, Runnable assigned) {
        this.requestChunk = requestChunk;
        this.assigned = assigned;
    }

    /** The owner's label, or null while it waits for a chunk (a chunk is asked for). */
    public Integer label(String owner) {
        Integer have = ledger.get(owner);
        if (have != null) {
            return have;
        }
        if (free.isEmpty() && requestChunk == null) {
            addChunk(new Chunk(nextLocal, nextLocal + CHUNK_SIZE - 1));
            nextLocal += CHUNK_SIZE;
        }
        if (!free.isEmpty()) {
            int l = free.poll();
            ledger.put(owner, l);
            return l;
        }
        if (waiting.add(owner) && requestsOutstanding < waiting.size()) {
            requestsOutstanding++;
            requestChunk.accept(CHUNK_SIZE);
        }
        return null;
    }

    /** The owner no longer needs its label. */
    public void release(String owner) {
        waiting.remove(owner);
        Integer l = ledger.remove(owner);
        if (l != null) {
            free.addFirst(l);
        }
    }

    /** zebra's answer to a chunk request. */
    public void chunk(Chunk c, boolean failed) {
        requestsOutstanding = Math.max(0, requestsOutstanding - 1);
        if (failed || chunks.contains(c)) {
            return; // a replayed request after a reconnection is answered with the chunk we hold
        }
        addChunk(c);
        if (waiting.isEmpty()) {
            return;
        }
        for (String owner : List.copyOf(waiting)) {
            if (free.isEmpty()) {
                break;
            }
            waiting.remove(owner);
            ledger.put(owner, free.poll());
        }
        assigned.run();
    }

    private void addChunk(Chunk c) {
        chunks.add(c);
        for (int l = c.start(); l <= c.end(); l++) {
            free.add(l);
        }
    }

    /** Labels in use (FRR's Ledger and InUse). */
    public int inUse() {
        return ledger.size();
    }

    /** Owners waiting for a label (FRR's Requests). */
    public int waitingCount() {
        return waiting.size();
    }

    public int chunkCount() {
        return chunks.size();
    }

    /** Chunk requests zebra has not answered (FRR's Pending). */
    public int pendingChunks() {
        return requestsOutstanding;
    }
}
