package dev.ferry.ospfd.spf;

/**
 * A link of the SPF graph, already checked to be bidirectional (RFC 2328 16.1 step 2b).
 *
 * @param localInterface on a router's link: its interface key (v2 Link Data, v3 interface id); else 0
 * @param remoteInterface v3 point-to-point: the neighbor's interface id (names its Link-LSA); else 0
 * @param virtual an OSPFv2 virtual link of the backbone (RFC 2328 16.1 step 2): its nexthops are those of the
 *     transit area's path to the far end
 */
record Edge(VertexId to, int cost, int localInterface, int remoteInterface, boolean virtual) {
    Edge(VertexId to, int cost, int localInterface, int remoteInterface) {
        this(to, cost, localInterface, remoteInterface, false);
    }
}
