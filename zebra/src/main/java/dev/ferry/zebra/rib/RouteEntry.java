package dev.ferry.zebra.rib;

/**
 * One route to a prefix from one source (FRR's struct route_entry). Kept small: a million of them must fit
 * in the memory budget, so the fields are packed, shared data (nexthops) is referenced, not copied, and the
 * values most routes share with others are in a shared {@link RouteExtras} (32 bytes an entry, not 56).
 * Status and flag bits carry FRR's values, so JSON "internalStatus" / "internalFlags" read the same.
 * Mutated only by the RIB on its event loop.
 */
public final class RouteEntry {
    /** FRR ROUTE_ENTRY_REMOVED: deleted, waiting for its node to be processed. */
    public static final int REMOVED = 0x1;
    /** FRR ROUTE_ENTRY_CHANGED: added or changed, nexthops must be resolved again. */
    public static final int CHANGED = 0x2;
    /** FRR ROUTE_ENTRY_QUEUED: an install is with the dataplane. */
    public static final int QUEUED = 0x8;
    /** FRR ROUTE_ENTRY_INSTALLED: in the kernel FIB. */
    public static final int INSTALLED = 0x10;
    /** FRR ROUTE_ENTRY_FAILED: the kernel refused it. */
    public static final int FAILED = 0x20;
    /** Ferry: the entry the node installs in the FIB (FRR's dest->selected_fib). Not shown in internalStatus. */
    static final int FIB_SELECTED = 0x40;
    /** Ferry: kept for a restarting client (graceful restart), removed unless the client sends it again. */
    static final int STALE = 0x80;
    /** The status bits FRR shows. */
    static final int FRR_STATUS_BITS = 0x3f;

    /** FRR ZEBRA_FLAG_ALLOW_RECURSION: nexthops may resolve through non-connected routes. */
    public static final int FLAG_ALLOW_RECURSION = 0x1;
    /** FRR ZEBRA_FLAG_IBGP. */
    public static final int FLAG_IBGP = 0x4;
    /** FRR ZEBRA_FLAG_SELECTED: the best route of its prefix. */
    public static final int FLAG_SELECTED = 0x8;
    /** FRR ZEBRA_FLAG_RR_USE_DISTANCE: entries of one source differ by distance (static routes). */
    public static final int FLAG_RR_USE_DISTANCE = 0x40;
    /** The flags a client may set. */
    public static final int CLIENT_FLAGS = FLAG_ALLOW_RECURSION | FLAG_IBGP | FLAG_RR_USE_DISTANCE;
    /**
     * Ferry: counted in its table's {@link RouteCounts} as in the RIB. Not shown in internalFlags. A bit FRR
     * has (ZEBRA_FLAG_FIB_OVERRIDE) but no client may set ({@link #CLIENT_FLAGS}), so the flags fit a byte.
     */
    static final int COUNTED_RIB = 0x10;
    /** Ferry: counted as in the kernel, as {@link #COUNTED_RIB} (FRR's ZEBRA_FLAG_EVPN_ROUTE bit). */
    static final int COUNTED_FIB = 0x20;
    private static final int COUNTED = COUNTED_RIB | COUNTED_FIB;

    private static final RouteType[] TYPES = RouteType.values();

    RouteEntry next;
    NexthopGroup group;
    ResolvedGroup nhe;
    /** Metric, tag, instance, the operation id's high half and when it was added (seconds of the RIB clock). */
    private final RouteExtras extras;
    /**
     * The low half of the id of the client's operation that added it (0: none), which the client's notices
     * about it carry: held here rather than in a map of the session's, which cost a hash entry and a key
     * object per route.
     */
    private final int opIdLow;
    private final byte type;
    private final byte distance;
    byte flags;
    byte status;

    /**
     * @param opId the id of the client's operation that added it (0: none)
     * @param extrasCache where entries share their {@link RouteExtras}
     */
    RouteEntry(RouteType type, int instance, int distance, int metric, int tag, int flags, NexthopGroup group,
            int uptime, long opId, RouteExtras.Cache extrasCache) {
        this.type = (byte) type.ordinal();
        this.distance = (byte) distance;
        this.extras = extrasCache.of(metric, tag, instance & 0xffff, (int) (opId >>> 32), uptime);
        this.opIdLow = (int) opId;
        this.flags = (byte) (flags & CLIENT_FLAGS);
        this.group = group;
        this.status = CHANGED;
    }

    public RouteType type() {
        return TYPES[type];
    }

    public int instance() {
        return extras.instance();
    }

    public int distance() {
        return distance & 0xff;
    }

    public int metric() {
        return extras.metric();
    }

    public int tag() {
        return extras.tag();
    }

    public int uptimeSeconds() {
        return extras.uptime();
    }

    /** The id of the client operation that added it (0 if the client gave none). */
    public long opId() {
        long high = extras.opIdHigh();
        return high << 32 | (opIdLow & 0xffffffffL);
    }

    /** Whether it was left from a session that ended (graceful restart) and not sent again since. */
    public boolean isStale() {
        return hasStatus(STALE);
    }

    /** Whether the entry was deleted and waits for its node to be processed. */
    public boolean isRemoved() {
        return hasStatus(REMOVED);
    }

    /** The nexthops as the client gave them. */
    public NexthopGroup group() {
        return group;
    }

    /** The nexthops as resolved; null until the entry was processed once. */
    public ResolvedGroup resolved() {
        return nhe;
    }

    /** The nexthops as `show` lists them: as resolved, or as given while the entry waits to be processed. */
    public java.util.List<ResolvedNexthop> shownNexthops() {
        if (nhe != null) {
            return nhe.hops();
        }
        java.util.List<ResolvedNexthop> l = new java.util.ArrayList<>(group.size());
        for (Nexthop n : group.nexthops()) {
            l.add(ResolvedNexthop.inactive(n));
        }
        return l;
    }

    /** The nexthop group id `show ... json` prints (0 before the first resolution). */
    public int nexthopGroupId() {
        return nhe != null ? nhe.id() : 0;
    }

    public int flags() {
        return flags & 0xff & ~COUNTED;
    }

    public int status() {
        return status & 0xff;
    }

    /** internalStatus as FRR prints it. */
    public int frrStatus() {
        return status & FRR_STATUS_BITS;
    }

    public boolean hasStatus(int bit) {
        return (status & bit) != 0;
    }

    public boolean hasFlag(int bit) {
        return (flags & bit) != 0;
    }

    public boolean isSelected() {
        return hasFlag(FLAG_SELECTED);
    }

    public boolean isInstalled() {
        return hasStatus(INSTALLED);
    }

    public boolean isFailed() {
        return hasStatus(FAILED);
    }

    public boolean isQueued() {
        return hasStatus(QUEUED);
    }

    public boolean isFibSelected() {
        return hasStatus(FIB_SELECTED);
    }

    void setStatus(int bit) {
        status |= (byte) bit;
    }

    void clearStatus(int bit) {
        status &= (byte) ~bit;
    }

    void setFlag(int bit) {
        flags |= (byte) bit;
    }

    void clearFlag(int bit) {
        flags &= (byte) ~bit;
    }

    /** Whether this entry's nexthops may be installed: resolved with some usable nexthop. */
    boolean isUsable() {
        return nhe != null && nhe.isUsable();
    }

    /** Usable by a recursive route: installed, or on its way to the kernel and not refused (see Rib javadoc). */
    boolean isForwarding() {
        return hasStatus(INSTALLED) || (hasStatus(QUEUED) && !hasStatus(FAILED));
    }

    @Override
    public String toString() {
        return type().frrName() + (instance() != 0 ? "[" + instance() + "]" : "") + " [" + distance() + "/" + metric()
                + "] status " + Integer.toHexString(status()) + " flags " + Integer.toHexString(flags()) + " "
                + (nhe != null ? nhe : group);
    }
}
