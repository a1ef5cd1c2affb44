package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.Op;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The LSPs a client wants, by in-label, like {@link RouteTable} for routes. Owned by the client's executor. */
final class LspTable {
    private final Map<Integer, Lsp> lsps = new LinkedHashMap<>();
    private final Map<Long, Integer> addIds = new HashMap<>();
    private final Map<Long, Integer> deleteIds = new HashMap<>();

    /** Records {@code lsp} (id and op set) as wanted, replacing the one with its in-label. */
    void add(Lsp lsp) {
        Lsp old = lsps.put(lsp.getInLabel(), lsp);
        if (old != null) {
            addIds.remove(old.getId());
        }
        addIds.put(lsp.getId(), lsp.getInLabel());
    }

    /** Forgets the LSP of {@code inLabel}; returns the delete to send, or null if there was none. */
    Lsp delete(int inLabel, long id) {
        Lsp old = lsps.remove(inLabel);
        if (old == null) {
            return null;
        }
        addIds.remove(old.getId());
        deleteIds.put(id, inLabel);
        return Lsp.newBuilder().setId(id).setOp(Op.OP_DELETE).setInLabel(inLabel).build();
    }

    /** The in-label a result names, or null; forgets a delete's id. */
    Integer resultFor(long id) {
        Integer l = addIds.get(id);
        return l != null ? l : deleteIds.remove(id);
    }

    int size() {
        return lsps.size();
    }

    void sessionEnded() {
        deleteIds.clear();
    }

    void replay(Outbox out) {
        lsps.values().forEach(out::lsp);
    }
}
