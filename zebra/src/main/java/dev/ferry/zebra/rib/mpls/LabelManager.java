package dev.ferry.zebra.rib.mpls;

import dev.ferry.zebra.rib.ClientId;
import dev.ferry.zebra.rib.RibError;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/**
 * Hands out chunks of MPLS labels to clients (FRR's label_manager.c): LDP's bindings, BGP's VPN labels.
 * Chunks come from the dynamic range (16-1048575 unless narrowed, FRR 9's `mpls label dynamic-block`),
 * in FRR's order: a free chunk of exactly the asked size is reused, else the first hole big enough, else the
 * space after the last chunk. A specific base can be asked for. A client's chunks go back when its session
 * ends, except those it asked to keep.
 */
public final class LabelManager {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.rib");
    /** MPLS_LABEL_UNRESERVED_MIN / MAX. */
    public static final int MIN_LABEL = 16;
    public static final int MAX_LABEL = 1048575;

    private final List<LabelChunk> chunks = new ArrayList<>();
    private int dynamicStart = MIN_LABEL;
    private int dynamicEnd = MAX_LABEL;

    /** Narrows (or restores) the range chunks without a requested base come from. */
    public void setDynamicRange(int start, int end) {
        if (start < MIN_LABEL || end > MAX_LABEL || start > end) {
            throw new IllegalArgumentException("label range " + start + "-" + end);
        }
        dynamicStart = start;
        dynamicEnd = end;
    }

    public int dynamicStart() {
        return dynamicStart;
    }

    public int dynamicEnd() {
        return dynamicEnd;
    }

    /** A chunk of {@code size} labels anywhere in the dynamic range; null when none is free. */
    public LabelChunk getChunk(ClientId client, int size, boolean keep) {
        if (size <= 0) {
            return null;
        }
        int prevEnd = dynamicStart - 1;
        for (ListIterator<LabelChunk> it = chunks.listIterator(); it.hasNext();) {
            LabelChunk c = it.next();
            if (c.owner == null && c.size() == size && c.start() >= dynamicStart && c.end() <= dynamicEnd) {
                c.owner = client;
                c.keep = keep;
                return c;
            }
            if (c.start() > prevEnd + size && prevEnd + size <= dynamicEnd && c.start() > dynamicStart) {
                LabelChunk n = new LabelChunk(prevEnd + 1, prevEnd + size, client, keep);
                it.previous();
                it.add(n);
                return n;
            }
            prevEnd = Math.max(prevEnd, c.end());
        }
        long start = Math.max(prevEnd + 1L, dynamicStart);
        if (start + size - 1 > dynamicEnd) {
            LOG.log(System.Logger.Level.WARNING, RibError.LABELS_EXHAUSTED.format(
                    "asked " + size + " labels from " + dynamicStart + "-" + dynamicEnd));
            return null;
        }
        LabelChunk n = new LabelChunk((int) start, (int) (start + size - 1), client, keep);
        chunks.add(n);
        return n;
    }

    /** The chunk [base, base + size - 1] if none of it is taken (FRR's assign_specific_label_chunk). */
    public LabelChunk getChunkAt(ClientId client, int size, int base, boolean keep) {
        long end = (long) base + size - 1;
        if (size <= 0 || base < MIN_LABEL || end > MAX_LABEL) {
            return null;
        }
        int insertAt = chunks.size();
        for (int i = 0; i < chunks.size(); i++) {
            LabelChunk c = chunks.get(i);
            if (c.end() < base) {
                continue;
            }
            if (c.start() > end) {
                insertAt = Math.min(insertAt, i);
                break;
            }
            if (c.owner != null) {
                return null;
            }
            insertAt = Math.min(insertAt, i);
        }
        chunks.removeIf(c -> c.owner == null && c.end() >= base && c.start() <= end);
        LabelChunk n = new LabelChunk(base, (int) end, client, keep);
        chunks.add(Math.min(insertAt, chunks.size()), n);
        chunks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return n;
    }

    /** Gives a chunk back; false if {@code client} does not hold exactly that chunk. */
    public boolean releaseChunk(ClientId client, int start, int end) {
        for (LabelChunk c : chunks) {
            if (c.start() == start && c.end() == end && client.equals(c.owner)) {
                c.owner = null;
                c.keep = false;
                return true;
            }
        }
        return false;
    }

    /** The client's session ended: its chunks are free again, except those it asked to keep. */
    public void releaseAll(ClientId client) {
        for (LabelChunk c : chunks) {
            if (client.equals(c.owner) && !c.keep) {
                c.owner = null;
            }
        }
    }

    /** Every chunk, free ones included, by start label. */
    public List<LabelChunk> chunks() {
        return List.copyOf(chunks);
    }
}
