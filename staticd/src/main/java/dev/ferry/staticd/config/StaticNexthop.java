package dev.ferry.staticd.config;

import dev.ferry.lib.net.InterfaceNames;
import dev.ferry.lib.net.IpPrefix;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One nexthop of a static route. Its identity is (type, gateway, interface, nexthop VRF): configuring the
 * same nexthop again replaces it. Labels, onlink, colour and the blackhole type are its attributes.
 *
 * @param gateway host prefix of the gateway address, or null
 * @param iface interface name, or null
 * @param vrf the VRF the nexthop is resolved in (the route's own VRF unless `nexthop-vrf` says otherwise)
 * @param blackhole for BLACKHOLE nexthops, or null
 * @param labels MPLS labels as typed, bottom of stack last
 * @param onlink for gateway+interface nexthops
 * @param color SR-TE colour, 0 for none
 * @param segments SRv6 segments pushed with H.Encaps (`segments A/B/C`, FRR 9's syntax), first segment first
 */
public record StaticNexthop(NexthopType type, IpPrefix gateway, String iface, String vrf, BlackholeType blackhole,
        List<String> labels, boolean onlink, long color, List<String> segments) {

    /** FRR's static_nexthop_cli_cmp: type, gateway, interface, then nexthop VRF. */
    public static final Comparator<StaticNexthop> ORDER = Comparator.comparing(StaticNexthop::type)
            .thenComparing(StaticNexthop::gateway, Comparator.nullsFirst(IpPrefix.LENGTH_FIRST))
            .thenComparing(StaticNexthop::iface, Comparator.nullsFirst(InterfaceNames.ORDER))
            .thenComparing(StaticNexthop::vrf, InterfaceNames.ORDER);

    public StaticNexthop {
        labels = List.copyOf(labels);
        segments = List.copyOf(segments);
    }

    /** Whether this is the same nexthop as {@code other}, whatever their attributes. */
    public boolean sameAs(StaticNexthop other) {
        return type == other.type && Objects.equals(gateway, other.gateway) && Objects.equals(iface, other.iface)
                && vrf.equals(other.vrf);
    }
}
