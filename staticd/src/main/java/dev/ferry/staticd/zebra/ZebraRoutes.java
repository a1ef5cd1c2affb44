package dev.ferry.staticd.zebra;

import com.google.protobuf.ByteString;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Blackhole;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.Srv6Encap;
import dev.ferry.staticd.config.StaticConfig;
import dev.ferry.staticd.config.StaticNexthop;
import dev.ferry.staticd.config.StaticPath;

/** staticd's configuration in the zebra API's terms. */
final class ZebraRoutes {
    private ZebraRoutes() {
    }

    /** The API's VRF name: "" for the default VRF. */
    static String vrf(String name) {
        return name.equals(StaticConfig.DEFAULT_VRF) ? "" : name;
    }

    static Afi afi(IpPrefix p) {
        return p.isIpv4() ? Afi.AFI_IPV4 : Afi.AFI_IPV6;
    }

    static dev.ferry.proto.zebra.v1.IpPrefix prefix(IpPrefix p) {
        return IpPrefixes.of(p.address(), p.length());
    }

    /**
     * The API nexthop of a configured one, its interface already looked up ({@code ifindex}, 0 for none).
     * @param routeVrf the route's VRF: a nexthop in it goes without a VRF name
     */
    static Nexthop nexthop(StaticNexthop nh, String routeVrf, int ifindex) {
        Nexthop.Builder b = Nexthop.newBuilder();
        if (!nh.vrf().equals(routeVrf)) {
            b.setVrf(vrf(nh.vrf()));
        }
        switch (nh.type()) {
            case BLACKHOLE -> b.setBlackhole(switch (nh.blackhole()) {
                case REJECT -> Blackhole.BLACKHOLE_REJECT;
                default -> Blackhole.BLACKHOLE_DISCARD;
            });
            case INTERFACE -> b.setIfindex(ifindex);
            default -> {
                b.setGateway(ByteString.copyFrom(nh.gateway().address()));
                if (nh.type().hasInterface()) {
                    b.setIfindex(ifindex);
                }
            }
        }
        for (String l : nh.labels()) {
            b.addLabels(Integer.parseInt(l));
        }
        b.setOnlink(nh.onlink());
        if (!nh.segments().isEmpty()) {
            Srv6Encap.Builder e = Srv6Encap.newBuilder();
            for (String s : nh.segments()) {
                e.addSegments(ByteString.copyFrom(IpAddresses.parse(s)));
            }
            b.setSrv6Encap(e);
        }
        return b.build();
    }

    /**
     * A path's route, without nexthops: keyed by its distance (per_distance, as FRR's staticd always sets
     * ZEBRA_FLAG_RR_USE_DISTANCE) and installed into its kernel table (0: the VRF's).
     */
    static Route.Builder route(IpPrefix prefix, StaticPath path) {
        return Route.newBuilder().setPrefix(prefix(prefix)).setDistance(path.distance()).setTag((int) path.tag())
                .setTableId((int) path.table()).setPerDistance(true);
    }
}
