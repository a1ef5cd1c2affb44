package dev.ferry.zebra.rib;

/**
 * The route types Ferry's RIB carries, with FRR's numbering (lib/route_types.txt: ZEBRA_ROUTE_*), the name
 * FRR's JSON and `show ip route summary` use, the code letter of `show ip route`, the default distance
 * (zebra_rib.c route_info[]) and the work-queue class that orders processing (meta queue: connected and
 * kernel first, then static, then IGPs, then BGP, then the rest).
 * <p>
 * BGP's default here is eBGP's 20; bgpd gives 200 for iBGP routes itself. LDP does not add IP routes in
 * FRR 8.4 (it programs labels through the LFIB and FTN); its distance 150 is FRR's value all the same.
 */
public enum RouteType {
    KERNEL(1, "kernel", 'K', 0, 1),
    CONNECTED(2, "connected", 'C', 0, 0),
    STATIC(3, "static", 'S', 1, 2),
    OSPF(6, "ospf", 'O', 110, 3),
    OSPF6(7, "ospf6", 'O', 110, 3),
    BGP(9, "bgp", 'B', 20, 4),
    LDP(16, "ldp", 'L', 150, 5);

    /** Number of work-queue classes. */
    public static final int QUEUE_CLASSES = 6;

    private final int zebraId;
    private final String frrName;
    private final char code;
    private final int defaultDistance;
    private final int queueClass;

    RouteType(int zebraId, String frrName, char code, int defaultDistance, int queueClass) {
        this.zebraId = zebraId;
        this.frrName = frrName;
        this.code = code;
        this.defaultDistance = defaultDistance;
        this.queueClass = queueClass;
    }

    /** FRR's ZEBRA_ROUTE_* value (also the order of `show ip route summary`). */
    public int zebraId() {
        return zebraId;
    }

    /** "ospf", "connected": zebra_route_string(). */
    public String frrName() {
        return frrName;
    }

    /** The letter that starts a `show ip route` line. */
    public char code() {
        return code;
    }

    public int defaultDistance() {
        return defaultDistance;
    }

    int queueClass() {
        return queueClass;
    }

    /** Kernel and connected routes are already in the kernel (FRR's RIB_SYSTEM_ROUTE): never installed. */
    public boolean isSystem() {
        return this == KERNEL || this == CONNECTED;
    }

    public static RouteType fromFrrName(String name) {
        for (RouteType t : values()) {
            if (t.frrName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown route type " + name);
    }
}
