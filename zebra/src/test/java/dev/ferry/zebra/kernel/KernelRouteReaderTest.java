package dev.ferry.zebra.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.netlink.codec.AddressFamily;
import dev.ferry.lib.netlink.codec.NextHop;
import dev.ferry.lib.netlink.codec.RouteMessage;
import dev.ferry.lib.netlink.codec.RouteProtocol;
import dev.ferry.lib.netlink.codec.RouteType;
import dev.ferry.zebra.rib.BlackholeType;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Which kernel routes zebra takes in as "K" routes, and as what (FRR's netlink_route_change_read_unicast). */
class KernelRouteReaderTest {
    private static final byte[] NET = {10, 70, 0, 0};
    private static final byte[] GATEWAY = {10, 9, 0, 2};
    private static final IntUnaryOperator VRF_TABLE_10 = t -> t == 10 ? 7 : KernelRouteReader.NO_VRF;

    private static RouteMessage.Builder route() {
        return RouteMessage.builder(AddressFamily.INET).dst(NET, 24).protocol(RouteProtocol.BOOT)
                .type(RouteType.UNICAST).nexthop(NextHop.via(GATEWAY, 3));
    }

    private static Optional<KernelRoute> read(RouteMessage m) {
        return KernelRouteReader.read(m, VRF_TABLE_10);
    }

    @Test
    void aUnicastRouteOfTheMainTableIsADefaultVrfKernelRoute() {
        KernelRoute k = read(route().priority(50).build()).orElseThrow();
        assertEquals(0, k.vrfId());
        assertEquals(Prefix.parse("10.70.0.0/24"), k.prefix());
        assertEquals(50, k.metric());
        assertEquals(List.of(Nexthop.gateway(0, IpAddress.parse("10.9.0.2"), 3)), k.nexthops());
    }

    /**
     * Another daemon's route by kernel nexthop object (FRR's zebra installs them so) reads as its gateway, which
     * the kernel shows beside the id (net.ipv4.nexthop_compat_mode 1, the default); with compat mode 0 it shows
     * the id alone, and such a route is left out.
     */
    @Test
    void aRouteByNexthopObjectIsReadByTheGatewayShownBesideIt() {
        KernelRoute k = read(route().nexthopId(7).build()).orElseThrow();
        assertEquals(List.of(Nexthop.gateway(0, IpAddress.parse("10.9.0.2"), 3)), k.nexthops());
        assertTrue(read(RouteMessage.builder(AddressFamily.INET).dst(NET, 24).protocol(RouteProtocol.BOOT)
                .nexthopId(7).build()).isEmpty());
    }

    @Test
    void aVrfsTableGivesThatVrfAndOtherTablesAreLeftAlone() {
        assertEquals(7, read(route().table(10).build()).orElseThrow().vrfId());
        assertTrue(read(route().table(11).build()).isEmpty());
        assertTrue(read(route().table(255).build()).isEmpty(), "the local table");
    }

    @Test
    void theKernelsOwnRedirectsClonesAndFerrysRoutesAreNotTakenIn() {
        assertTrue(read(route().protocol(RouteProtocol.KERNEL).build()).isEmpty(), "connected/local: from addresses");
        assertTrue(read(route().protocol(RouteProtocol.REDIRECT).build()).isEmpty());
        assertTrue(read(route().flags(KernelRouteReader.RTM_F_CLONED).build()).isEmpty());
        for (int p = RouteProtocol.FERRY_STATIC; p <= RouteProtocol.FERRY_ZEBRA; p++) {
            assertTrue(read(route().protocol(p).build()).isEmpty(), "Ferry's protocol " + p);
        }
        assertTrue(read(route().protocol(186).build()).isPresent(), "FRR's bgpd routes are someone else's");
    }

    @Test
    void blackholeKindsAndDeviceRoutes() {
        RouteMessage.Builder b = RouteMessage.builder(AddressFamily.INET).dst(NET, 24).protocol(RouteProtocol.STATIC);
        assertEquals(List.of(Nexthop.blackhole(0, BlackholeType.NULL)),
                read(b.type(RouteType.BLACKHOLE).build()).orElseThrow().nexthops());
        assertEquals(List.of(Nexthop.blackhole(0, BlackholeType.REJECT)),
                read(b.type(RouteType.UNREACHABLE).build()).orElseThrow().nexthops());
        assertEquals(List.of(Nexthop.blackhole(0, BlackholeType.ADMINPROHIB)),
                read(b.type(RouteType.PROHIBIT).build()).orElseThrow().nexthops());
        assertTrue(read(b.type(RouteType.LOCAL).build()).isEmpty());
        assertEquals(List.of(Nexthop.ifindex(0, 4)), read(RouteMessage.builder(AddressFamily.INET).dst(NET, 24)
                .protocol(RouteProtocol.BOOT).type(RouteType.UNICAST).nexthop(NextHop.dev(4)).build())
                .orElseThrow().nexthops());
    }

    @Test
    void multipathKeepsEveryHopAndItsWeight() {
        RouteMessage m = RouteMessage.builder(AddressFamily.INET).dst(NET, 24).protocol(RouteProtocol.BOOT)
                .type(RouteType.UNICAST).nexthops(List.of(NextHop.via(GATEWAY, 3),
                        NextHop.via(new byte[] {10, 9, 1, 2}, 4).withWeight(3))).build();
        List<Nexthop> hops = read(m).orElseThrow().nexthops();
        assertEquals(2, hops.size());
        assertEquals(Nexthop.gateway(0, IpAddress.parse("10.9.1.2"), 4).withWeight(3), hops.get(1));
    }
}
