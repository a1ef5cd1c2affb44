package dev.ferry.ospfd.ospf6.config;

import dev.ferry.ospfd.shared.AdjacencyLogging;

/** One `router ospf6 [vrf NAME]` instance. */
public final class Ospf6Instance {
    private final String vrf;
    private String routerId;
    private final AdjacencyLogging adjacencyLogging;

    /** @param logAdjacencyChanges the defaults profile's value (FRR sets it when the instance is created) */
    public Ospf6Instance(String vrf, boolean logAdjacencyChanges) {
        this.vrf = vrf;
        this.adjacencyLogging = new AdjacencyLogging(logAdjacencyChanges);
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

    public AdjacencyLogging adjacencyLogging() {
        return adjacencyLogging;
    }
}
