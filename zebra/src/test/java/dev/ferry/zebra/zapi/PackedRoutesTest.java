package dev.ferry.zebra.zapi;

import static dev.ferry.zebra.rib.RibTestBed.a;
import static dev.ferry.zebra.rib.RibTestBed.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.PackedPrefixes;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.zebra.rib.RibTestBed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Route.more_prefixes (API 1.3): zebra takes a packed route as one operation per prefix, each with its id. */
class PackedRoutesTest {
    private static final ClientId BGP = new ClientId(RouteType.ROUTE_TYPE_BGP, 0);

    private final RibTestBed t = new RibTestBed().iface(0, 2, "eth0", "10.1.1.2/24", "2001:db8:ff::2/64").settle();
    private final RibApiHandler handler = new RibApiHandler(t.rib, null, null);
    private final RecordingOutbound out = new RecordingOutbound(BGP);

    PackedRoutesTest() {
        handler.onSessionStart(BGP, Hello.getDefaultInstance(), out); // every result, not failures only
    }

    private static IpPrefix prefix(String address, int length) {
        return IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a(address).bytes())).setLength(length).build();
    }

    private static ByteString packed(IpPrefix... prefixes) {
        PackedPrefixes.Writer w = new PackedPrefixes.Writer();
        for (IpPrefix p : prefixes) {
            w.add(p);
        }
        return w.toByteString();
    }

    private void send(Afi afi, Route.Builder... routes) {
        RouteBatch.Builder b = RouteBatch.newBuilder().setAfi(afi).setSafi(Safi.SAFI_UNICAST);
        for (Route.Builder r : routes) {
            b.addRoutes(r);
        }
        t.loop.execute(() -> handler.onRoutes(BGP, b.build()));
        t.settle();
    }

    private List<String> results() {
        return out.results.stream().map(r -> r.getId() + " " + r.getStatus().name().substring(14)
                + (r.getMessage().isEmpty() ? "" : " " + r.getMessage())).sorted().toList(); // rejections come first
    }

    private static Route.Builder add(long id, IpPrefix prefix, String gateway) {
        return Route.newBuilder().setId(id).setDistance(20).setMetric(5).setPrefix(prefix)
                .addNexthops(Nexthop.newBuilder().setGateway(ByteString.copyFrom(a(gateway).bytes())));
    }

    @Test
    void eachPackedPrefixIsARouteOfItsOwnWithTheNextId() {
        send(Afi.AFI_IPV4, add(10, prefix("11.0.0.0", 24), "10.1.1.254").setMorePrefixes(packed(
                prefix("11.0.1.0", 24), prefix("12.0.0.0", 8), prefix("11.0.2.128", 25))));
        assertEquals(List.of("10 INSTALLED", "11 INSTALLED", "12 INSTALLED", "13 INSTALLED"), results());
        for (String s : List.of("11.0.0.0/24", "11.0.1.0/24", "12.0.0.0/8", "11.0.2.128/25")) {
            var e = t.rib.vrfs().defaultVrf().table(dev.ferry.zebra.rib.Afi.IPV4).get(p(s)).selected();
            assertNotNull(e, s);
            assertEquals(5, e.metric(), s + " has the attributes of the route it was packed in");
            assertEquals(20, e.distance());
        }
        assertNull(out.ended);
    }

    @Test
    void eachRunOfABatchGivesItsPackedPrefixesItsOwnAttributes() {
        send(Afi.AFI_IPV4,
                add(1, prefix("11.0.0.0", 24), "10.1.1.254").setMetric(7).setMorePrefixes(packed(
                        prefix("11.0.1.0", 24), prefix("11.0.2.0", 24))),
                add(4, prefix("11.1.0.0", 24), "10.1.1.254").setMetric(9).setMorePrefixes(packed(
                        prefix("11.1.1.0", 24))),
                add(6, prefix("11.2.0.0", 24), "10.1.1.254").setDistance(300).setMorePrefixes(packed(
                        prefix("11.2.1.0", 24))));
        assertEquals(List.of("1 INSTALLED", "2 INSTALLED", "3 INSTALLED", "4 INSTALLED", "5 INSTALLED",
                "6 REJECTED distance 300 out of range", "7 REJECTED distance 300 out of range"), results());
        var table = t.rib.vrfs().defaultVrf().table(dev.ferry.zebra.rib.Afi.IPV4);
        for (String s : List.of("11.0.0.0/24", "11.0.1.0/24", "11.0.2.0/24")) {
            assertEquals(7, table.get(p(s)).selected().metric(), s);
        }
        for (String s : List.of("11.1.0.0/24", "11.1.1.0/24")) {
            assertEquals(9, table.get(p(s)).selected().metric(), s);
        }
        assertNull(table.get(p("11.2.1.0/24")), "refused with the route it was packed in");
    }

    @Test
    void packedDeletesAndIpv6WorkAlike() {
        send(Afi.AFI_IPV6, add(1, prefix("2001:db8:1::", 48), "2001:db8:ff::1").setMorePrefixes(packed(
                prefix("2001:db8:2::", 48), prefix("2001:db8:3::", 64))));
        send(Afi.AFI_IPV6, Route.newBuilder().setId(4).setOp(Op.OP_DELETE).setPrefix(prefix("2001:db8:1::", 48))
                .setMorePrefixes(packed(prefix("2001:db8:3::", 64), prefix("2001:db8:9::", 64))));
        assertEquals(List.of("1 INSTALLED", "2 INSTALLED", "3 INSTALLED", "4 REMOVED", "5 REMOVED",
                "6 REJECTED no such route of this client"), results());
        var table = t.rib.vrfs().defaultVrf().table(dev.ferry.zebra.rib.Afi.IPV6);
        assertNotNull(table.get(p("2001:db8:2::/48")).selected());
        assertNull(table.get(p("2001:db8:3::/64")));
    }

    @Test
    void aMalformedRestIsOneRejectionAfterWhatCouldBeRead() {
        ByteString good = packed(prefix("11.0.1.0", 24));
        send(Afi.AFI_IPV4, add(1, prefix("11.0.0.0", 24), "10.1.1.254")
                .setMorePrefixes(good.concat(ByteString.fromHex("210a"))));
        assertEquals(List.of("1 INSTALLED", "2 INSTALLED", "3 REJECTED packed prefix length 33 out of range"),
                results());
        assertNull(out.ended, "the session stays up");
    }

    @Test
    void aBatchRefusedAsAWholeRefusesEveryPackedOperation() {
        RouteBatch b = RouteBatch.newBuilder().setVrf("NOPE").setAfi(Afi.AFI_IPV4).setSafi(Safi.SAFI_UNICAST)
                .addRoutes(add(1, prefix("11.0.0.0", 24), "10.1.1.254").setMorePrefixes(packed(
                        prefix("11.0.1.0", 24), prefix("11.0.2.0", 24)))).build();
        t.loop.execute(() -> handler.onRoutes(BGP, b));
        t.settle();
        assertEquals(List.of("1 REJECTED unknown VRF NOPE", "2 REJECTED unknown VRF NOPE",
                "3 REJECTED unknown VRF NOPE"), results());
    }
}
