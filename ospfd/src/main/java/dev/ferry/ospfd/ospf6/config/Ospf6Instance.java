package dev.ferry.ospfd.ospf6.config;

/** One `router ospf6 [vrf NAME]` instance. */
public final class Ospf6Instance {
    private final String vrf;
    private String routerId;
    private boolean logAdjacencyChanges;
    private boolean logAdjacencyDetail;

    /** @param logAdjacencyChanges the defaults profile's value (FRR sets it when the instance is created) */
    public Ospf6Instance(String vrf, boolean logAdjacencyChanges) {
        this.vrf = vrf;
        this.logAdjacencyChanges = logAdjacencyChanges;
    }

    public String vrf() {
        return vrf;
    }

    /** The configured router ID (A.B.C.D), or null. */
    public String routerId() {
        return routerId;
    }

    public void routerId(String routerId) {
        this.routerId = routerId;
    }

    public boolean logAdjacencyChanges() {
        return logAdjacencyChanges;
    }

    public boolean logAdjacencyDetail() {
        return logAdjacencyDetail;
    }

    public void logAdjacency(boolean changes, boolean detail) {
        this.logAdjacencyChanges = changes;
        this.logAdjacencyDetail = detail;
    }
}
