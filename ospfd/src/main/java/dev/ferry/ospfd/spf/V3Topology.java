package dev.ferry.ospfd.spf;

import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.NetworkLsaV3;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OSPFv3's graph (RFC 5340 4.8.1): a router's links are those of all its Router-LSAs; a transit link names the
 * DR's Network-LSA by (DR, interface id); prefixes come from Intra-Area-Prefix-LSAs referencing a router or a
 * network vertex, and a neighbor's address is the link-local address in its Link-LSA for that link.
 */
final class V3Topology implements Topology {
    private final AreaLsdb lsdb;
    private final VertexId root;
    private final Map<Integer, List<RouterLsaV3.Link>> routerLinks = new HashMap<>();
    private final Map<Integer, Integer> routerFlags = new HashMap<>();
    private final Map<VertexId, NetworkLsaV3> networks = new HashMap<>();
    private final Map<LsaKey, List<IntraAreaPrefixLsa>> prefixesByReference = new HashMap<>();

    V3Topology(AreaLsdb lsdb, int rootRouterId) {
        this.lsdb = lsdb;
        this.root = VertexId.router(rootRouterId);
        for (Lsa lsa : lsdb.all()) {
            if (lsa.header().isMaxAge()) {
                continue;
            }
            int adv = lsa.header().advertisingRouter();
            switch (lsa.body()) {
                case RouterLsaV3 r when lsa.header().type() == LsaTypes.V3_ROUTER -> {
                    routerLinks.computeIfAbsent(adv, k -> new ArrayList<>()).addAll(r.links());
                    routerFlags.merge(adv, r.flags(), (a, b) -> a | b);
                }
                case NetworkLsaV3 n when lsa.header().type() == LsaTypes.V3_NETWORK ->
                        networks.put(VertexId.network(adv, lsa.header().linkStateId()), n);
                case IntraAreaPrefixLsa p when lsa.header().type() == LsaTypes.V3_INTRA_AREA_PREFIX
                        && p.referencedAdvertisingRouter() == adv ->
                        prefixesByReference.computeIfAbsent(p.referenced(), k -> new ArrayList<>()).add(p);
                default -> {
                }
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
            NetworkLsaV3 n = networks.get(v);
            if (n == null) {
                return out;
            }
            for (int attached : n.attachedRouters()) {
                if (transitLinkTo(attached, v) != null) {
                    out.add(new Edge(VertexId.router(attached), 0, 0, 0));
                }
            }
            return out;
        }
        List<RouterLsaV3.Link> links = routerLinks.get(v.routerId());
        if (links == null) {
            return out;
        }
        for (RouterLsaV3.Link link : links) {
            switch (link.type()) {
                case RouterLsaV3.POINT_TO_POINT -> {
                    if (pointToPointLinkTo(link.neighborRouterId(), v.routerId(), link.interfaceId()) != null) {
                        out.add(new Edge(VertexId.router(link.neighborRouterId()), link.metric(), link.interfaceId(),
                                link.neighborInterfaceId()));
                    }
                }
                case RouterLsaV3.TRANSIT -> {
                    VertexId net = VertexId.network(link.neighborRouterId(), link.neighborInterfaceId());
                    NetworkLsaV3 n = networks.get(net);
                    if (n != null && n.attachedRouters().contains(v.routerId())) {
                        out.add(new Edge(net, link.metric(), link.interfaceId(), 0));
                    }
                }
                default -> {
                    // virtual links are not computed here
                }
            }
        }
        return out;
    }

    private RouterLsaV3.Link pointToPointLinkTo(int from, int to, int toInterface) {
        List<RouterLsaV3.Link> links = routerLinks.get(from);
        if (links == null) {
            return null;
        }
        for (RouterLsaV3.Link l : links) {
            if (l.type() == RouterLsaV3.POINT_TO_POINT && l.neighborRouterId() == to
                    && l.neighborInterfaceId() == toInterface) {
                return l;
            }
        }
        return null;
    }

    private RouterLsaV3.Link transitLinkTo(int router, VertexId network) {
        List<RouterLsaV3.Link> links = routerLinks.get(router);
        if (links == null) {
            return null;
        }
        for (RouterLsaV3.Link l : links) {
            if (l.type() == RouterLsaV3.TRANSIT && l.neighborRouterId() == network.routerId()
                    && l.neighborInterfaceId() == network.linkStateId()) {
                return l;
            }
        }
        return null;
    }

    @Override
    public byte[] gateway(VertexId from, Edge edge) {
        int neighbor = edge.to().routerId();
        int neighborInterface;
        if (from.network()) {
            RouterLsaV3.Link l = transitLinkTo(neighbor, from);
            if (l == null) {
                return null;
            }
            neighborInterface = l.interfaceId();
        } else {
            neighborInterface = edge.remoteInterface();
        }
        Lsa link = lsdb.lookup(new LsaKey(LsaTypes.V3_LINK, neighborInterface, neighbor));
        return link != null && link.body() instanceof LinkLsa l ? l.linkLocalAddress() : null;
    }

    @Override
    public void prefixes(VertexId v, PrefixSink sink) {
        LsaKey ref = v.network() ? new LsaKey(LsaTypes.V3_NETWORK, v.linkStateId(), v.routerId())
                : new LsaKey(LsaTypes.V3_ROUTER, 0, v.routerId());
        List<IntraAreaPrefixLsa> lsas = prefixesByReference.get(ref);
        if (lsas == null) {
            return;
        }
        for (IntraAreaPrefixLsa lsa : lsas) {
            for (Ospf6Prefix p : lsa.prefixes()) {
                if ((p.options() & Ospf6Prefix.NU) == 0) {
                    sink.accept(p.toIpPrefix(), p.field());
                }
            }
        }
    }

    @Override
    public int routerFlags(int routerId) {
        return routerFlags.getOrDefault(routerId, 0);
    }
}
