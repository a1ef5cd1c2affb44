package dev.ferry.zebra.zapi;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.Blackhole;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Seg6Local;
import dev.ferry.zebra.rib.Afi;
import dev.ferry.zebra.rib.BlackholeType;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.LspType;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RibVrf;
import dev.ferry.zebra.rib.RibVrfs;
import dev.ferry.zebra.rib.RouteType;
import dev.ferry.zebra.rib.Srv6Encap;
import java.util.ArrayList;
import java.util.List;

/**
 * The zebra API's messages in the RIB's types and back. Bad input (an address of the wrong length, an unknown
 * VRF) raises {@link BadRequest}, whose text goes back to the client in a REJECTED result.
 */
final class ApiTypes {
    /** A client's request that cannot be carried out as given. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    private ApiTypes() {
    }

    static RouteType routeType(dev.ferry.proto.zebra.v1.RouteType t) throws BadRequest {
        return switch (t) {
            case ROUTE_TYPE_KERNEL -> RouteType.KERNEL;
            case ROUTE_TYPE_CONNECTED -> RouteType.CONNECTED;
            case ROUTE_TYPE_STATIC -> RouteType.STATIC;
            case ROUTE_TYPE_OSPF -> RouteType.OSPF;
            case ROUTE_TYPE_OSPF6 -> RouteType.OSPF6;
            case ROUTE_TYPE_LDP -> RouteType.LDP;
            case ROUTE_TYPE_BGP -> RouteType.BGP;
            default -> throw new BadRequest("unknown route type " + t);
        };
    }

    static dev.ferry.proto.zebra.v1.RouteType routeType(RouteType t) {
        return dev.ferry.proto.zebra.v1.RouteType.valueOf("ROUTE_TYPE_" + t.name());
    }

    /** Who owns the labels a client puts on its routes. */
    static LspType lspType(RouteType client) {
        return switch (client) {
            case STATIC -> LspType.STATIC;
            case LDP -> LspType.LDP;
            case BGP -> LspType.BGP;
            default -> LspType.NONE;
        };
    }

    static Afi afi(dev.ferry.proto.zebra.v1.Afi a) throws BadRequest {
        return switch (a) {
            case AFI_IPV4 -> Afi.IPV4;
            case AFI_IPV6 -> Afi.IPV6;
            default -> throw new BadRequest("unknown address family " + a);
        };
    }

    static dev.ferry.proto.zebra.v1.Afi afi(Afi a) {
        return a == Afi.IPV4 ? dev.ferry.proto.zebra.v1.Afi.AFI_IPV4 : dev.ferry.proto.zebra.v1.Afi.AFI_IPV6;
    }

    static IpAddress address(ByteString b) throws BadRequest {
        if (b.size() != 4 && b.size() != 16) {
            throw new BadRequest("address of " + b.size() + " bytes");
        }
        if (b.size() == 4) { // every IPv4 route's prefix: no copy of the bytes
            return IpAddress.ipv4(((b.byteAt(0) & 0xff) << 24) | ((b.byteAt(1) & 0xff) << 16)
                    | ((b.byteAt(2) & 0xff) << 8) | (b.byteAt(3) & 0xff));
        }
        return IpAddress.of(b.toByteArray());
    }

    static ByteString bytes(IpAddress a) {
        return ByteString.copyFrom(a.bytes());
    }

    static Prefix prefix(IpPrefix p, Afi afi) throws BadRequest {
        return prefix(address(p.getAddress()), p.getLength(), afi);
    }

    /**
     * A prefix unpacked from Route.more_prefixes: {@code address} holds the family's 4 or 16 bytes (the reader
     * gives no other). Without an IpAddress on the way, as a full table makes a million of these.
     */
    static Prefix prefix(byte[] address, int length, Afi afi) throws BadRequest {
        if (length > afi.bits()) {
            throw new BadRequest("prefix length " + length + " out of range");
        }
        return Prefix.of(address, length);
    }

    /** A prefix of the batch's family, as sent. */
    static Prefix prefix(IpAddress a, int length, Afi afi) throws BadRequest {
        if (a.afi() != afi) {
            throw new BadRequest("prefix " + a + "/" + length + " in a batch of " + afi.label());
        }
        if (length > afi.bits()) {
            throw new BadRequest("prefix length " + length + " out of range");
        }
        return Prefix.of(a, length);
    }

    static IpPrefix prefix(Prefix p) {
        return IpPrefix.newBuilder().setAddress(bytes(p.address())).setLength(p.length()).build();
    }

    /** A VRF by its API name ("" is the default VRF). */
    static RibVrf vrf(RibVrfs vrfs, String name) throws BadRequest {
        RibVrf v = name.isEmpty() ? vrfs.defaultVrf() : vrfs.byName(name);
        if (v == null) {
            throw new BadRequest("unknown VRF " + name);
        }
        return v;
    }

    static String vrfName(RibVrfs vrfs, int vrfId) {
        return vrfId == RibVrf.DEFAULT_ID ? "" : vrfs.name(vrfId);
    }

    static List<Nexthop> nexthops(List<dev.ferry.proto.zebra.v1.Nexthop> in, RibVrf routeVrf, RibVrfs vrfs,
            RouteType client) throws BadRequest {
        List<Nexthop> out = new ArrayList<>(in.size());
        for (dev.ferry.proto.zebra.v1.Nexthop n : in) {
            out.add(nexthop(n, routeVrf, vrfs, client));
        }
        return out;
    }

    private static Nexthop nexthop(dev.ferry.proto.zebra.v1.Nexthop n, RibVrf routeVrf, RibVrfs vrfs,
            RouteType client) throws BadRequest {
        int vrfId = n.getVrf().isEmpty() ? routeVrf.id() : vrf(vrfs, n.getVrf()).id();
        Nexthop nh;
        if (n.getBlackhole() != Blackhole.BLACKHOLE_NONE && n.getBlackhole() != Blackhole.UNRECOGNIZED) {
            nh = Nexthop.blackhole(vrfId, switch (n.getBlackhole()) {
                case BLACKHOLE_REJECT -> BlackholeType.REJECT;
                case BLACKHOLE_PROHIBIT -> BlackholeType.ADMINPROHIB;
                default -> BlackholeType.NULL;
            });
        } else if (!n.getGateway().isEmpty()) {
            IpAddress gw = address(n.getGateway());
            nh = n.getIfindex() != 0 ? Nexthop.gateway(vrfId, gw, n.getIfindex()) : Nexthop.gateway(vrfId, gw);
        } else if (n.getIfindex() != 0) {
            nh = Nexthop.ifindex(vrfId, n.getIfindex());
        } else {
            throw new BadRequest("nexthop without gateway, interface or blackhole");
        }
        // FRR's nexthop_new() gives every client nexthop weight 1 unless the client says otherwise (`show ip
        // route` prints ", weight 1" for static, OSPF and BGP routes)
        nh = nh.withWeight(n.getWeight() > 0 ? n.getWeight() : 1);
        if (n.getLabelsCount() > 0) {
            int[] labels = new int[n.getLabelsCount()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = n.getLabels(i);
                if (labels[i] > 0xfffff) {
                    throw new BadRequest("label " + labels[i] + " out of range");
                }
            }
            nh = nh.withLabels(lspType(client), labels);
        }
        if (n.getOnlink()) {
            nh = nh.withOnlink(true);
        }
        if (n.getSrv6Encap().getSegmentsCount() > 0) {
            List<IpAddress> segs = new ArrayList<>();
            for (ByteString s : n.getSrv6Encap().getSegmentsList()) {
                IpAddress a = address(s);
                if (a.isIpv4()) {
                    throw new BadRequest("SRv6 segment " + a + " is not IPv6");
                }
                segs.add(a);
            }
            nh = nh.withSrv6(new Srv6Encap("", "", segs));
        } else if (n.hasSeg6Local()) {
            nh = nh.withSrv6(seg6local(n.getSeg6Local(), vrfs));
        }
        return nh;
    }

    /** FRR's seg6local_action2str names and context text ("nh4 10.0.0.1", "table 10"). */
    private static Srv6Encap seg6local(Seg6Local s, RibVrfs vrfs) throws BadRequest {
        return switch (s.getAction()) {
            case SEG6_LOCAL_ACTION_END -> new Srv6Encap("End", "", List.of());
            case SEG6_LOCAL_ACTION_END_X -> new Srv6Encap("End.X", "nh6 " + address(s.getNh6()), List.of());
            case SEG6_LOCAL_ACTION_END_T -> new Srv6Encap("End.T", "table " + table(s, vrfs), List.of());
            case SEG6_LOCAL_ACTION_END_DX4 -> new Srv6Encap("End.DX4", "nh4 " + address(s.getNh4()), List.of());
            case SEG6_LOCAL_ACTION_END_DX6 -> new Srv6Encap("End.DX6", "nh6 " + address(s.getNh6()), List.of());
            case SEG6_LOCAL_ACTION_END_DT4 -> new Srv6Encap("End.DT4", "table " + table(s, vrfs), List.of());
            case SEG6_LOCAL_ACTION_END_DT6 -> new Srv6Encap("End.DT6", "table " + table(s, vrfs), List.of());
            case SEG6_LOCAL_ACTION_END_DT46 -> new Srv6Encap("End.DT46", "table " + table(s, vrfs), List.of());
            default -> throw new BadRequest("seg6local action " + s.getAction() + " is not supported");
        };
    }

    private static int table(Seg6Local s, RibVrfs vrfs) throws BadRequest {
        return s.getTable() != 0 ? s.getTable() : vrf(vrfs, s.getVrf()).tableId();
    }

    static dev.ferry.proto.zebra.v1.Nexthop nexthop(Nexthop n, RibVrfs vrfs) {
        var b = dev.ferry.proto.zebra.v1.Nexthop.newBuilder().setIfindex(Math.max(0, n.ifindex()))
                .setVrf(vrfName(vrfs, n.vrfId()));
        if (n.kind().hasGateway()) {
            b.setGateway(bytes(n.gateway()));
        }
        if (n.kind() == Nexthop.Kind.BLACKHOLE) {
            b.setBlackhole(switch (n.blackhole()) {
                case REJECT -> Blackhole.BLACKHOLE_REJECT;
                case ADMINPROHIB -> Blackhole.BLACKHOLE_PROHIBIT;
                default -> Blackhole.BLACKHOLE_DISCARD;
            });
        }
        if (n.weight() > 0) {
            b.setWeight(n.weight());
        }
        for (int i = 0; i < n.labelCount(); i++) {
            b.addLabels(n.label(i));
        }
        return b.setOnlink(n.onlink()).build();
    }
}
