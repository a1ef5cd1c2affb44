package dev.ferry.ospfd.spf;

import dev.ferry.ospfd.wire.RouterIds;

/**
 * A vertex of the shortest-path tree (RFC 2328 16.1): a router, or a transit network named by its Network-LSA
 * (advertising router = the DR, Link State ID = the DR's address in v2, its interface id in v3).
 */
public record VertexId(boolean network, int routerId, int linkStateId) {
    public static VertexId router(int routerId) {
        return new VertexId(false, routerId, 0);
    }

    public static VertexId network(int designatedRouter, int linkStateId) {
        return new VertexId(true, designatedRouter, linkStateId);
    }

    @Override
    public String toString() {
        return network ? "network " + RouterIds.format(linkStateId) + "@" + RouterIds.format(routerId)
                : "router " + RouterIds.format(routerId);
    }
}
