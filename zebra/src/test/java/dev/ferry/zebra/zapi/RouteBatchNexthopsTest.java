package dev.ferry.zebra.zapi;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.fib.InMemoryFib;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routes of one batch get each their own nexthops, whether they repeat the previous route's (converted once)
 * or not: a run of routes via one gateway, another gateway in between, then the first again.
 */
class RouteBatchNexthopsTest {
    private static final ClientId BGP = new ClientId(RouteType.ROUTE_TYPE_BGP, 0);

    @Test
    void eachRouteOfABatchGetsItsOwnNexthops() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 2, "eth0", "10.1.1.2/24");
        t.iface(0, 3, "eth1", "10.1.2.2/24");
        t.settle();
        RibApiHandler handler = new RibApiHandler(t.rib, null, null);
        RecordingOutbound out = new RecordingOutbound(BGP);
        handler.onSessionStart(BGP, Hello.getDefaultInstance(), out);

        String[] gateways = {"10.1.1.254", "10.1.1.254", "10.1.2.254", "10.1.1.254", "10.1.1.254"};
        RouteBatch.Builder batch = RouteBatch.newBuilder().setAfi(Afi.AFI_IPV4).setSafi(Safi.SAFI_UNICAST);
        for (int i = 0; i < gateways.length; i++) {
            batch.addRoutes(Route.newBuilder().setId(i + 1).setDistance(20)
                    .setPrefix(IpPrefix.newBuilder().setAddress(bytes(a("11.0." + i + ".0"))).setLength(24))
                    .addNexthops(Nexthop.newBuilder().setGateway(bytes(a(gateways[i])))));
        }
        batch.addRoutes(Route.newBuilder().setId(9).setDistance(20)
                .setPrefix(IpPrefix.newBuilder().setAddress(bytes(a("11.0.9.0"))).setLength(24))
                .addNexthops(Nexthop.newBuilder().setGateway(bytes(a("10.1.1.254"))).setWeight(7)));
        t.loop.execute(() -> handler.onRoutes(BGP, batch.build()));
        t.settle();

        assertEquals(List.of(), out.refusals(), "nothing refused");
        for (int i = 0; i < gateways.length; i++) {
            InMemoryFib.Installed r = t.fib.route(254, p("11.0." + i + ".0/24"));
            assertNotNull(r, "11.0." + i + ".0/24 installed");
            assertEquals(a(gateways[i]), r.nexthops().getFirst().gateway(), "11.0." + i + ".0/24");
            assertEquals(gateways[i].startsWith("10.1.1.") ? 2 : 3, r.nexthops().getFirst().ifindex());
        }
        InMemoryFib.Installed weighted = t.fib.route(254, p("11.0.9.0/24"));
        assertEquals(7, weighted.nexthops().getFirst().weight(), "same gateway, its own weight");
    }

    private static ByteString bytes(IpAddress address) {
        return ByteString.copyFrom(address.bytes());
    }
}
