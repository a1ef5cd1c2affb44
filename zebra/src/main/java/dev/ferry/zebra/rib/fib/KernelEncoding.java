package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.codec.MplsEncap;
import dev.ferry.lib.netlink.codec.MplsLabelStack;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgType;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.lib.netlink.codec.RtVia;
import dev.ferry.lib.netlink.codec.Seg6Encap;
import dev.ferry.zebra.rib.Afi;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.LspType;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RouteOp;
import dev.ferry.zebra.rib.RouteType;
import dev.ferry.zebra.rib.Srv6Encap;
import dev.ferry.zebra.rib.mpls.LspOp;
import java.util.ArrayList;
import java.util.List;

/**
 * How the RIB's ops look to the kernel (FRR's netlink_route_multipath_msg_encode): one RTM_NEWROUTE with
 * NLM_F_CREATE | NLM_F_REPLACE per install, RTM_DELROUTE per delete. Routes carry Ferry's rtm_protocol of
 * their type (so a restart can sweep them) and metric 20, as FRR's zebra installs them ("proto ... metric 20"
 * in `ip route`). Implicit-null (3) is never pushed: it means "pop", i.e. send the packet unlabelled. A route
 * whose one gateway has a kernel nexthop object ({@link NexthopObjects}) names it instead of carrying it.
 */
public final class KernelEncoding {
    /** FRR's NL_DEFAULT_ROUTE_METRIC: the metric every route zebra installs has in the kernel. */
    public static final int ROUTE_METRIC = 20;
    private static final int RTNH_F_ONLINK = 4;

    private KernelEncoding() {
    }

    /** Gives routes the kernel nexthop object they go by (the dataplane's registry: {@link NexthopObjects}). */
    interface NexthopIds {
        /** Routes that carry their nexthops themselves. */
        NexthopIds NONE = new NexthopIds() {
            @Override
            public int idFor(int family, List<NextHop> hops) {
                return 0;
            }

            @Override
            public int generation() {
                return 0;
            }
        };

        /** The id of the object a route of {@code family} with nexthops {@code hops} names, or 0 for none. */
        int idFor(int family, List<NextHop> hops);

        /** Moves on whenever an id given before must not be named again. */
        int generation();
    }

    /** The request for an op. Throws IllegalArgumentException for an op the kernel cannot be given. */
    public static NetlinkRequest request(FibOp op) {
        return request(op, true);
    }

    /** The same, without the MPLS labels of IP routes' nexthops unless {@code pushLabels}. */
    public static NetlinkRequest request(FibOp op, boolean pushLabels) {
        return request(op, pushLabels, new LastGroup());
    }

    /**
     * The same, reusing the kernel form of the nexthops of the previous route when this one has the same
     * nexthop group (the RIB shares one forwarding list among the routes of a group): a full table through
     * one or a few gateways then encodes each route without building its nexthops anew.
     */
    static NetlinkRequest request(FibOp op, boolean pushLabels, LastGroup last) {
        return request(op, pushLabels, last, NexthopIds.NONE);
    }

    /**
     * The same, with the nexthop objects {@code objects} gives; {@link LastGroup#nexthopId()} then says which
     * one the request names.
     */
    static NetlinkRequest request(FibOp op, boolean pushLabels, LastGroup last, NexthopIds objects) {
        last.nexthopId = 0;
        if (op instanceof RouteOp r && op.action() != FibOp.Action.DELETE) {
            NetlinkRequest again = last.template.like(r, pushLabels, objects.generation());
            if (again != null) {
                last.nexthopId = last.template.nexthopId();
                return again;
            }
        }
        RouteMessage m = op instanceof RouteOp r ? route(r, pushLabels, last, objects) : message(op);
        if (op.action() == FibOp.Action.DELETE) {
            return m.forDelete().request(NlMsgType.RTM_DELROUTE, NlFlags.REQUEST);
        }
        NetlinkRequest request = m.request(NlMsgType.RTM_NEWROUTE, NlFlags.REQUEST | NlFlags.CREATE | NlFlags.REPLACE);
        last.nexthopId = m.nexthopId();
        if (op instanceof RouteOp r && m.dst() != null) {
            last.template.remember(r, pushLabels, request, m.nexthopId(), objects.generation());
        }
        return request;
    }

    static RouteMessage message(FibOp op) {
        if (op instanceof RouteOp r) {
            return route(r, true, new LastGroup(), NexthopIds.NONE);
        }
        if (op instanceof LspOp l) {
            return lsp(l);
        }
        throw new IllegalArgumentException("unknown op " + op);
    }

    /** rtm_protocol of a route type's routes. */
    public static int protocol(RouteType type) {
        return switch (type) {
            case STATIC -> RouteProtocol.FERRY_STATIC;
            case OSPF -> RouteProtocol.FERRY_OSPF;
            case OSPF6 -> RouteProtocol.FERRY_OSPF6;
            case BGP -> RouteProtocol.FERRY_BGP;
            case LDP -> RouteProtocol.FERRY_LDP;
            default -> RouteProtocol.FERRY_ZEBRA;
        };
    }

    static int protocol(LspType type) {
        return switch (type) {
            case STATIC -> RouteProtocol.FERRY_STATIC;
            case BGP -> RouteProtocol.FERRY_BGP;
            case LDP -> RouteProtocol.FERRY_LDP;
            case NONE -> RouteProtocol.FERRY_ZEBRA;
        };
    }

    /** The kernel form of one forwarding list, kept by the dataplane's thread for the next route. */
    static final class LastGroup {
        /** The last install's whole message, for the next route of the same group, table and type. */
        final RouteTemplate template = new RouteTemplate();
        private List<Nexthop> forwarding;
        private boolean pushLabels;
        private List<NextHop> kernel;
        private byte[] prefSrc;
        /** The nexthop object the last request encoded names, 0 for none. */
        private int nexthopId;

        int nexthopId() {
            return nexthopId;
        }

        /** {@code nhs} for the kernel: the list of the previous call again if {@code nhs} is the same list. */
        List<NextHop> of(List<Nexthop> nhs, boolean push) {
            if (nhs != forwarding || push != pushLabels) {
                List<NextHop> out = new ArrayList<>(nhs.size());
                byte[] src = null;
                for (Nexthop n : nhs) {
                    if (n.kind() == Nexthop.Kind.BLACKHOLE) {
                        continue; // the kernel cannot mix blackholes into a multipath route; FRR skips them too
                    }
                    out.add(nexthop(n, nhs.size() > 1, push));
                    if (n.source() != null) {
                        src = n.source().bytes();
                    }
                }
                forwarding = nhs;
                pushLabels = push;
                kernel = List.copyOf(out);
                prefSrc = src;
            }
            return kernel;
        }

        /** The preferred source of the list given last, or null. */
        byte[] prefSrc() {
            return prefSrc;
        }
    }

    private static RouteMessage route(RouteOp op, boolean pushLabels, LastGroup last, NexthopIds objects) {
        Prefix prefix = op.prefix();
        int family = prefix.afi() == Afi.IPV4 ? dev.ferry.lib.netlink.codec.AddressFamily.INET
                : dev.ferry.lib.netlink.codec.AddressFamily.INET6;
        RouteMessage.Builder b = RouteMessage.builder(family)
                .dst(prefix.addressBytes(), prefix.length())
                .table(op.tableId())
                .protocol(protocol(op.type()))
                .priority(ROUTE_METRIC);
        if (op.action() == FibOp.Action.DELETE) {
            return b.build();
        }
        List<Nexthop> nhs = op.nexthops();
        if (nhs.isEmpty()) {
            throw new IllegalArgumentException("route " + prefix + " has no nexthop to install");
        }
        if (nhs.get(0).kind() == Nexthop.Kind.BLACKHOLE) {
            return b.type(switch (nhs.get(0).blackhole()) {
                case REJECT -> dev.ferry.lib.netlink.codec.RouteType.UNREACHABLE;
                case ADMINPROHIB -> dev.ferry.lib.netlink.codec.RouteType.PROHIBIT;
                default -> dev.ferry.lib.netlink.codec.RouteType.BLACKHOLE;
            }).build();
        }
        List<NextHop> kernel = last.of(nhs, pushLabels);
        int id = objects.idFor(family, kernel);
        if (id != 0) {
            b.nexthopId(id);
        } else {
            b.nexthops(kernel);
        }
        if (last.prefSrc() != null) {
            b.prefSrc(last.prefSrc());
        }
        return b.build();
    }

    private static NextHop nexthop(Nexthop n, boolean multipath, boolean pushLabels) {
        NextHop nh = n.kind().hasGateway() ? NextHop.via(n.gateway().bytes(), n.ifindex()) : NextHop.dev(n.ifindex());
        if (multipath && n.weight() > 1) {
            nh = nh.withWeight(Math.min(256, n.weight()));
        }
        if (n.onlink()) {
            nh = nh.withFlags(RTNH_F_ONLINK);
        }
        int[] push = pushLabels ? withoutImplicitNull(n.labels()) : new int[0];
        if (push.length > 0) {
            nh = nh.withEncap(MplsEncap.push(push));
        }
        Srv6Encap srv6 = n.srv6();
        if (srv6 != null) {
            if (!srv6.seg6localAction().isEmpty()) {
                nh = nh.withEncap(Seg6Local.encap(srv6.seg6localAction(), srv6.seg6localContext()));
            } else if (!srv6.segments().isEmpty()) {
                List<byte[]> segs = new ArrayList<>();
                for (IpAddress s : srv6.segments()) {
                    segs.add(s.bytes());
                }
                nh = nh.withEncap(Seg6Encap.encap(segs));
            }
        }
        return nh;
    }

    private static RouteMessage lsp(LspOp op) {
        RouteMessage.Builder b = RouteMessage.mpls(op.inLabel()).protocol(protocol(op.type()));
        if (op.action() == FibOp.Action.DELETE) {
            return b.build();
        }
        for (LspOp.Hop h : op.hops()) {
            int[] out = withoutImplicitNull(h.outLabels());
            MplsLabelStack stack = out.length == 0 ? null : MplsLabelStack.of(out);
            RtVia via = h.gateway() == null ? null : RtVia.of(h.gateway().bytes());
            b.nexthop(NextHop.mpls(via, h.ifindex(), stack));
        }
        return b.build();
    }

    static int[] withoutImplicitNull(int[] labels) {
        int n = 0;
        for (int l : labels) {
            if (l != MplsLabelStack.IMPLICIT_NULL) {
                n++;
            }
        }
        if (n == labels.length) {
            return labels;
        }
        int[] out = new int[n];
        int i = 0;
        for (int l : labels) {
            if (l != MplsLabelStack.IMPLICIT_NULL) {
                out[i++] = l;
            }
        }
        return out;
    }
}
