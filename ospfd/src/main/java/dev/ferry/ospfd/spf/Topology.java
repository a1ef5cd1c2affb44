package dev.ferry.ospfd.spf;

import dev.ferry.lib.net.IpPrefix;
import java.util.List;
import java.util.Set;

/**
 * The version-specific reading of an area's LSAs that the version-neutral {@link SpfCalculator} walks: who links
 * to whom at what cost, where a neighbor's address is, and which prefixes hang off each vertex (v2: stub links and
 * network masks; v3: Intra-Area-Prefix-LSAs).
 */
interface Topology {
    VertexId root();

    /** The bidirectional links out of {@code v} (empty if {@code v} has no usable LSA). */
    List<Edge> edges(VertexId v);

    /**
     * The address of router {@code edge.to()} on the link that {@code edge} crosses from {@code from} (the root on
     * a point-to-point link, or a transit network), or null if its LSAs do not say.
     */
    byte[] gateway(VertexId from, Edge edge);

    /**
     * The address of router {@code edge.to()} on the link from {@code from} (the Link Data of its link back), for
     * a virtual link to it; null where the version has no use for it (OSPFv3 here).
     */
    default byte[] backlinkAddress(VertexId from, Edge edge) {
        return null;
    }

    /**
     * The nexthops of a virtual link out of the root (RFC 2328 16.1.1: those of the transit area's path to its
     * far end), or an empty set when that end is not reachable there.
     */
    default Set<NextHop> virtualNextHops(Edge edge) {
        return Set.of();
    }

    /** Called for each prefix attached to a vertex, with the cost from the vertex to it. */
    interface PrefixSink {
        void accept(IpPrefix prefix, int cost);
    }

    void prefixes(VertexId v, PrefixSink sink);

    /** Router-LSA flags (B, E, ...) of a router vertex, for the routing table's ABR/ASBR entries. */
    int routerFlags(int routerId);
}
