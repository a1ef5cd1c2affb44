package dev.ferry.ospfd.spf;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OSPFv2's graph (RFC 2328 16.1): Router-LSAs (Link State ID = router id) with point-to-point, transit and stub
 * links, and in the backbone virtual links (their nexthops given by the transit areas); Network-LSAs found by
 * Link State ID (the DR's address). Addresses come from Link Data: a neighbor's
 * address on a link is the Link Data of its own link back. LSAs at MaxAge are left out.
 */
final class V2Topology implements Topology {
    private final VertexId root;
    private final Map<Integer, RouterLsaV2> routers = new HashMap<>();
    private final Map<Integer, Lsa> networks = new HashMap<>();
    private final Map<Integer, Set<NextHop>> virtualNextHops;

    V2Topology(AreaLsdb lsdb, int rootRouterId) {
        this(lsdb, rootRouterId, Map.of());
    }

    /** @param virtualNextHops for the backbone: the transit areas' nexthops to our virtual links' far ends */
    V2Topology(AreaLsdb lsdb, int rootRouterId, Map<Integer, Set<NextHop>> virtualNextHops) {
        this.root = VertexId.router(rootRouterId);
        this.virtualNextHops = Map.copyOf(virtualNextHops);
        for (Lsa lsa : lsdb.all()) {
            if (lsa.header().isMaxAge()) {
                continue;
            }
            if (lsa.header().type() == LsaTypes.V2_ROUTER && lsa.body() instanceof RouterLsaV2 r
                    && lsa.header().linkStateId() == lsa.header().advertisingRouter()) {
                routers.put(lsa.header().advertisingRouter(), r);
            } else if (lsa.header().type() == LsaTypes.V2_NETWORK && lsa.body() instanceof NetworkLsaV2) {
                networks.put(lsa.header().linkStateId(), lsa);
            }
        }
    }

    @Override
    public VertexId root() {
        return root;
    }

    @Override
    public List<Edge> edges(VertexId v) {
        List<Edge> out = new ArrayList<>();
        if (v.network()) {
            Lsa lsa = networks.get(v.linkStateId());
            if (lsa == null) {
                return out;
            }
            for (int attached : ((NetworkLsaV2) lsa.body()).attachedRouters()) {
                if (linksBackToNetwork(attached, v.linkStateId())) {
                    out.add(new Edge(VertexId.router(attached), 0, 0, 0));
                }
            }
            return out;
        }
        RouterLsaV2 r = routers.get(v.routerId());
        if (r == null) {
            return out;
        }
        for (RouterLsaV2.Link link : r.links()) {
            switch (link.type()) {
                case RouterLsaV2.POINT_TO_POINT -> {
                    if (linksBackToRouter(link.linkId(), v.routerId(), RouterLsaV2.POINT_TO_POINT)) {
                        out.add(new Edge(VertexId.router(link.linkId()), link.metric(), link.linkData(), 0));
                    }
                }
                case RouterLsaV2.VIRTUAL -> {
                    if (linksBackToRouter(link.linkId(), v.routerId(), RouterLsaV2.VIRTUAL)) {
                        out.add(new Edge(VertexId.router(link.linkId()), link.metric(), link.linkData(), 0, true));
                    }
                }
                case RouterLsaV2.TRANSIT -> {
                    Lsa net = networks.get(link.linkId());
                    if (net != null && ((NetworkLsaV2) net.body()).attachedRouters().contains(v.routerId())) {
                        out.add(new Edge(VertexId.network(net.header().advertisingRouter(), link.linkId()),
                                link.metric(), link.linkData(), 0));
                    }
                }
                default -> {
                    // stub links are prefixes, not vertices
                }
            }
        }
        return out;
    }

    private boolean linksBackToRouter(int from, int to, int type) {
        RouterLsaV2 r = routers.get(from);
        if (r == null) {
            return false;
        }
        for (RouterLsaV2.Link l : r.links()) {
            if (l.type() == type && l.linkId() == to) {
                return true;
            }
        }
        return false;
    }

    private boolean linksBackToNetwork(int router, int networkId) {
        RouterLsaV2 r = routers.get(router);
        if (r == null) {
            return false;
        }
        for (RouterLsaV2.Link l : r.links()) {
            if (l.type() == RouterLsaV2.TRANSIT && l.linkId() == networkId) {
                return true;
            }
        }
        return false;
    }

    @Override
    public byte[] backlinkAddress(VertexId from, Edge edge) {
        return edge.virtual() ? null : gateway(from, edge);
    }

    @Override
    public Set<NextHop> virtualNextHops(Edge edge) {
        return virtualNextHops.getOrDefault(edge.to().routerId(), Set.of());
    }

    @Override
    public byte[] gateway(VertexId from, Edge edge) {
        RouterLsaV2 r = routers.get(edge.to().routerId());
        if (r == null) {
            return null;
        }
        for (RouterLsaV2.Link l : r.links()) {
            boolean back = from.network()
                    ? l.type() == RouterLsaV2.TRANSIT && l.linkId() == from.linkStateId()
                    : l.type() == RouterLsaV2.POINT_TO_POINT && l.linkId() == from.routerId();
            if (back) {
                return Ipv4.toBytes(l.linkData());
            }
        }
        return null;
    }

    @Override
    public void prefixes(VertexId v, PrefixSink sink) {
        if (v.network()) {
            Lsa lsa = networks.get(v.linkStateId());
            if (lsa != null) {
                int mask = ((NetworkLsaV2) lsa.body()).networkMask();
                sink.accept(Ipv4.prefixOfMask(v.linkStateId(), mask), 0);
            }
            return;
        }
        RouterLsaV2 r = routers.get(v.routerId());
        if (r == null) {
            return;
        }
        for (RouterLsaV2.Link l : r.links()) {
            if (l.type() == RouterLsaV2.STUB) {
                sink.accept(Ipv4.prefixOfMask(l.linkId(), l.linkData()), l.metric());
            }
        }
    }

    @Override
    public int routerFlags(int routerId) {
        RouterLsaV2 r = routers.get(routerId);
        return r == null ? 0 : r.flags();
    }
}
