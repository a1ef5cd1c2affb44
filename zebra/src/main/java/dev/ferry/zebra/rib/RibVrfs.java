package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The active VRFs, by id and by name. The default VRF always exists; others come and go as the kernel (or
 * the namespace backend) reports them. Listed by name in strcmp order, as FRR's vrfs_by_name tree.
 */
public final class RibVrfs {
    private final Map<Integer, RibVrf> byId = new HashMap<>();
    private final Map<String, RibVrf> byName = new TreeMap<>();

    RibVrfs() {
        put(new RibVrf(RibVrf.DEFAULT_ID, RibVrf.DEFAULT_NAME, RibVrf.MAIN_TABLE));
    }

    private void put(RibVrf v) {
        byId.put(v.id(), v);
        byName.put(v.name(), v);
    }

    RibVrf add(int id, String name, int tableId) {
        RibVrf existing = byId.get(id);
        if (existing != null && existing.name().equals(name) && existing.tableId() == tableId) {
            return existing;
        }
        if (existing != null) {
            throw new IllegalStateException("VRF id " + id + " is already " + existing.name());
        }
        RibVrf v = new RibVrf(id, name, tableId);
        put(v);
        return v;
    }

    void remove(RibVrf v) {
        byId.remove(v.id());
        byName.remove(v.name());
    }

    public RibVrf byId(int id) {
        return byId.get(id);
    }

    public RibVrf byName(String name) {
        return byName.get(name);
    }

    public RibVrf defaultVrf() {
        return byId.get(RibVrf.DEFAULT_ID);
    }

    /** The VRFs in name order. */
    public Collection<RibVrf> all() {
        return List.copyOf(byName.values());
    }

    /** Every table of every VRF, other kernel tables included. */
    List<RouteTable> tables() {
        List<RouteTable> l = new ArrayList<>();
        for (RibVrf v : byName.values()) {
            for (Afi afi : Afi.values()) {
                l.add(v.table(afi));
                l.addAll(v.otherTables(afi));
            }
        }
        return l;
    }

    /** The VRF's name for display; FRR prints "Unknown" for ids it does not know. */
    public String name(int id) {
        RibVrf v = byId.get(id);
        return v != null ? v.name() : "Unknown";
    }
}
