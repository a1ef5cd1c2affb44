package dev.ferry.zebra.rib.mpls;

import dev.ferry.zebra.rib.ClientId;

/** A block of labels [start, end] and its owner (null while free), FRR's label_manager_chunk. */
public final class LabelChunk {
    private final int start;
    private final int end;
    ClientId owner;
    boolean keep;

    LabelChunk(int start, int end, ClientId owner, boolean keep) {
        this.start = start;
        this.end = end;
        this.owner = owner;
        this.keep = keep;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int size() {
        return end - start + 1;
    }

    /** The client holding it, or null when free. */
    public ClientId owner() {
        return owner;
    }

    /** Kept when its owner's session ends (FRR's keep flag). */
    public boolean keep() {
        return keep;
    }

    @Override
    public String toString() {
        return start + "-" + end + (owner != null ? " " + owner : " free");
    }
}
