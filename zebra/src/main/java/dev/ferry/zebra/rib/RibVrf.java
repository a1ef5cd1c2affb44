package dev.ferry.zebra.rib;

/**
 * A VRF as the RIB knows it: its id and name (from the kernel, or 0 / "default"), the kernel table its
 * routes go to, a route table per address family, and its NHT switches (`ip nht resolve-via-default`).
 */
public final class RibVrf {
    /** FRR's VRF_DEFAULT. */
    public static final int DEFAULT_ID = 0;
    public static final String DEFAULT_NAME = "default";
    /** RT_TABLE_MAIN. */
    public static final int MAIN_TABLE = 254;

    private final int id;
    private final String name;
    private final int tableId;
    private final RouteTable ipv4;
    private final RouteTable ipv6;
    private final boolean[] resolveViaDefault = new boolean[Afi.values().length];
    /** Tables of routes added with another kernel table id, per AFI, by unsigned table id. */
    private final java.util.Map<Afi, java.util.TreeMap<Integer, RouteTable>> otherTables =
            new java.util.EnumMap<>(Afi.class);

    RibVrf(int id, String name, int tableId) {
        this.id = id;
        this.name = name;
        this.tableId = tableId;
        this.ipv4 = new RouteTable(this, Afi.IPV4);
        this.ipv6 = new RouteTable(this, Afi.IPV6);
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The kernel routing table (JSON "table"): 254 for the default VRF and namespace VRFs. */
    public int tableId() {
        return tableId;
    }

    public RouteTable table(Afi afi) {
        return afi == Afi.IPV4 ? ipv4 : ipv6;
    }

    /**
     * The table routes with kernel table id {@code kernelTable} live in (FRR's zebra_vrf_lookup_table_with_
     * table_id): the VRF's own for 0 and for its own id, another one (or null if it was never used) otherwise.
     */
    public RouteTable table(Afi afi, int kernelTable) {
        if (isOwnTable(kernelTable)) {
            return table(afi);
        }
        var m = otherTables.get(afi);
        return m == null ? null : m.get(kernelTable);
    }

    /** {@link #table(Afi, int)}, created on first use. */
    RouteTable tableOrCreate(Afi afi, int kernelTable) {
        if (isOwnTable(kernelTable)) {
            return table(afi);
        }
        return otherTables.computeIfAbsent(afi, a -> new java.util.TreeMap<>(Integer::compareUnsigned))
                .computeIfAbsent(kernelTable, t -> new RouteTable(this, afi, t));
    }

    private boolean isOwnTable(int kernelTable) {
        return kernelTable == 0 || kernelTable == tableId;
    }

    /** The tables of routes added with another kernel table id, by table id (those used so far). */
    public java.util.Collection<RouteTable> otherTables(Afi afi) {
        var m = otherTables.get(afi);
        return m == null ? java.util.List.of() : java.util.List.copyOf(m.values());
    }

    public boolean resolveViaDefault(Afi afi) {
        return resolveViaDefault[afi.ordinal()];
    }

    void resolveViaDefault(Afi afi, boolean on) {
        resolveViaDefault[afi.ordinal()] = on;
    }

    @Override
    public String toString() {
        return "vrf " + name + "(" + id + ")";
    }
}
