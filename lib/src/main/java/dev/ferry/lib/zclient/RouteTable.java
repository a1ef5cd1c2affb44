package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.Route;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routes a client wants in zebra, per table, with the id of the operation that last set each one (to
 * name the route a result is about) and the ids of deletes whose result has not come. Replayed whole after a
 * reconnection. Owned by the client's executor.
 */
final class RouteTable implements ClientRoutes {
    private final Map<TableKey, Map<RouteKey, Route>> tables = new LinkedHashMap<>();
    private final Map<Long, RouteKey> addIds = new HashMap<>();
    private final Map<Long, RouteKey> deleteIds = new HashMap<>();
    private int size;

    /** Records {@code route} (its id and op already set) as wanted, replacing the one with its key. */
    @Override
    public void add(TableKey table, Route route) {
        RouteKey key = RouteKey.of(table, route);
        Route old = tables.computeIfAbsent(table, t -> new HashMap<>()).put(key, route);
        if (old != null) {
            addIds.remove(old.getId());
        } else {
            size++;
        }
        addIds.put(route.getId(), key);
    }

    /** Forgets the route with {@code key} and returns the delete to send, or null if there was no such route. */
    @Override
    public Route delete(RouteKey key, long id) {
        Map<RouteKey, Route> t = tables.get(key.table());
        Route old = t == null ? null : t.remove(key);
        if (old == null) {
            return null;
        }
        size--;
        addIds.remove(old.getId());
        deleteIds.put(id, key);
        return key.deleteOp(id);
    }

    /**
     * The route a result names, or null for an id that no longer names one (replaced since). A delete's result
     * is its last, so its id is forgotten.
     */
    @Override
    public RouteKey resultFor(long id) {
        RouteKey k = addIds.get(id);
        return k != null ? k : deleteIds.remove(id);
    }

    @Override
    public Route get(RouteKey key) {
        Map<RouteKey, Route> t = tables.get(key.table());
        return t == null ? null : t.get(key);
    }

    @Override
    public int size() {
        return size;
    }

    /** The session ended: deletes in flight need no result any more (the replay leaves those routes out). */
    @Override
    public int retainedEntries() {
        return size + addIds.size() + deleteIds.size();
    }

    @Override
    public void sessionEnded() {
        deleteIds.clear();
    }

    /** Every wanted route, table by table, into {@code out}. */
    @Override
    public int replay(Outbox out) {
        for (var e : tables.entrySet()) {
            for (Route r : e.getValue().values()) {
                out.route(e.getKey(), r);
            }
        }
        return size;
    }
}
