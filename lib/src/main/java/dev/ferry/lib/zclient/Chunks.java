package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.LabelChunkRequest;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The label chunks and SRv6 locator chunks a client holds or has asked for. After a reconnection it asks
 * again, each held label chunk by its first label so that zebra can give the same one back. Owned by the
 * client's executor.
 */
final class Chunks {
    private record Held(int end, boolean keep) {
    }

    private final Map<Long, LabelChunkRequest> pending = new LinkedHashMap<>();
    private final TreeMap<Integer, Held> held = new TreeMap<>();
    private final Map<String, Srv6LocatorChunkRequest> locators = new LinkedHashMap<>();

    LabelChunkRequest requestLabels(long id, int size, int base, boolean keep) {
        LabelChunkRequest r = LabelChunkRequest.newBuilder().setRequestId(id).setSize(size).setBase(base)
                .setKeep(keep).build();
        pending.put(id, r);
        return r;
    }

    /** zebra's answer: a chunk now held, or a refusal. */
    void answered(LabelChunk c) {
        LabelChunkRequest r = pending.remove(c.getRequestId());
        if (r != null && !c.getFailed()) {
            held.put(c.getStart(), new Held(c.getEnd(), r.getKeep()));
        }
    }

    /** Gives back the chunk starting at {@code start}; false if the client holds none there. */
    boolean releaseLabels(int start, int end) {
        Held h = held.get(start);
        if (h == null || h.end != end) {
            return false;
        }
        held.remove(start);
        return true;
    }

    int heldLabelChunks() {
        return held.size();
    }

    Srv6LocatorChunkRequest requestLocator(long id, String locator) {
        Srv6LocatorChunkRequest r = Srv6LocatorChunkRequest.newBuilder().setRequestId(id).setLocator(locator)
                .build();
        locators.put(locator, r);
        return r;
    }

    boolean releaseLocator(String locator) {
        return locators.remove(locator) != null;
    }

    /** Requests for everything held or asked for; held label chunks become requests again. */
    void replay(Outbox out, LongSupplier ids) {
        for (var e : held.entrySet()) {
            int start = e.getKey();
            requestLabels(ids.getAsLong(), e.getValue().end - start + 1, start, e.getValue().keep);
        }
        held.clear();
        pending.values().forEach(r -> out.message(ClientMessage.newBuilder().setLabelChunkRequest(r).build()));
        locators.values().forEach(r -> out.message(ClientMessage.newBuilder().setSrv6LocatorChunkRequest(r)
                .build()));
    }
}
