package dev.ferry.ospfd.config;

import dev.ferry.ospfd.shared.AdjacencyLogging;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;
import java.util.Map;

/**
 * What the protocol runtime reads of one instance's configuration, the same for `router ospf` and `router
 * ospf6`; settings one version lacks answer with FRR's default.
 */
public interface InstanceSettings {
    String vrf();

    /** The configured router ID (A.B.C.D), or null for zebra's. */
    String routerId();

    AdjacencyLogging adjacencyLogging();

    SpfTimers spfTimers();

    Map<RouteSource, Redistribution> redistributions();

    /** `redistribute SOURCE ...`: replaces what was set for this source. */
    void redistribute(RouteSource source, Redistribution how);

    /** `no redistribute SOURCE`. */
    void stopRedistributing(RouteSource source);

    /** `default-information originate`, or null. */
    DefaultOriginate defaultOriginate();

    /** The area's configuration (stub, ranges), or null when nothing is configured for it. */
    OspfArea findArea(AreaId id);

    /** OSPFv2's `area A virtual-link R` lines; OSPFv3 has none here. */
    default List<OspfVirtualLink> virtualLinks() {
        return List.of();
    }
}
