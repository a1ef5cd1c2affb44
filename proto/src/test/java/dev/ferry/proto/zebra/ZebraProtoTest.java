package dev.ferry.proto.zebra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.Afi;
import dev.ferry.proto.zebra.v1.ApiVersion;
import dev.ferry.proto.zebra.v1.Blackhole;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.LabelChunk;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspBatch;
import dev.ferry.proto.zebra.v1.LspNexthop;
import dev.ferry.proto.zebra.v1.Nexthop;
import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.NexthopUpdateBatch;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultBatch;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import dev.ferry.proto.zebra.v1.RouteType;
import dev.ferry.proto.zebra.v1.Safi;
import dev.ferry.proto.zebra.v1.Seg6Local;
import dev.ferry.proto.zebra.v1.Seg6LocalAction;
import dev.ferry.proto.zebra.v1.Srv6Encap;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.proto.zebra.v1.ZebraGrpc;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.MethodDescriptor;
import java.net.InetAddress;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The zebra API's messages: byte fixtures both ways, round trips of every kind, versioning rules. */
class ZebraProtoTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    static ByteString ip(String a) throws Exception {
        return ByteString.copyFrom(InetAddress.getByName(a).getAddress());
    }

    static IpPrefix prefix(String a, int len) throws Exception {
        return IpPrefix.newBuilder().setAddress(ip(a)).setLength(len).build();
    }

    @Test
    void helloHasAFixedWireForm() throws Exception {
        ClientMessage m = ClientMessage.newBuilder().setHello(Hello.newBuilder()
                .setVersion(ApiVersion.newBuilder().setMajor(1))
                .setProtocol(RouteType.ROUTE_TYPE_BGP)).build();
        // ClientMessage.hello(1) { version(1) { major(1)=1 } protocol(2)=7 }
        byte[] wire = HEX.parseHex("0a 06 0a 02 08 01 10 07");
        assertArrayEquals(wire, m.toByteArray());
        assertEquals(m, ClientMessage.parseFrom(wire));
    }

    @Test
    void routeHasAFixedWireForm() throws Exception {
        Route r = Route.newBuilder().setId(1).setOp(Op.OP_ADD).setPrefix(prefix("10.0.0.0", 8))
                .addNexthops(Nexthop.newBuilder().setGateway(ip("192.0.2.1")).addLabels(16)).build();
        // id(1)=1 op(2)=1 prefix(3){address(1)=0a000000 length(2)=8} nexthops(12){gateway(1)=c0000201 labels(5)=[16]}
        byte[] wire = HEX.parseHex("08 01 10 01 1a 08 0a 04 0a 00 00 00 10 08 62 09 0a 04 c0 00 02 01 2a 01 10");
        assertArrayEquals(wire, r.toByteArray());
        assertEquals(r, Route.parseFrom(wire));
    }

    @Test
    void routeBatchWithEveryNexthopKindRoundTrips() throws Exception {
        RouteBatch b = RouteBatch.newBuilder().setVrf("CUSTA").setAfi(Afi.AFI_IPV6).setSafi(Safi.SAFI_UNICAST)
                .addRoutes(Route.newBuilder().setId(7).setOp(Op.OP_ADD).setPrefix(prefix("2001:db8::", 32))
                        .setSrcPrefix(prefix("2001:db8:1::", 48)).setDistance(20).setMetric(100).setTag(42)
                        .setMtu(1400).setPreferredSource(ip("2001:db8::1")).setAllowRecursion(true).setIbgp(true)
                        .addNexthops(Nexthop.newBuilder().setGateway(ip("fe80::1")).setIfindex(3).setWeight(2)
                                .addLabels(100).addLabels(200).setOnlink(true))
                        .addNexthops(Nexthop.newBuilder().setGateway(ip("192.0.2.1")).setVrf("default"))
                        .addNexthops(Nexthop.newBuilder().setSrv6Encap(Srv6Encap.newBuilder()
                                .addSegments(ip("fc00:0:2::1")).addSegments(ip("fc00:0:3::1")))))
                .addRoutes(Route.newBuilder().setId(8).setOp(Op.OP_ADD).setPrefix(prefix("fc00:0:1:1::", 64))
                        .addNexthops(Nexthop.newBuilder().setIfindex(5).setSeg6Local(Seg6Local.newBuilder()
                                .setAction(Seg6LocalAction.SEG6_LOCAL_ACTION_END_DT46).setVrf("CUSTA"))))
                .addRoutes(Route.newBuilder().setId(9).setOp(Op.OP_ADD).setPrefix(prefix("::", 0))
                        .addNexthops(Nexthop.newBuilder().setBlackhole(Blackhole.BLACKHOLE_REJECT)))
                .addRoutes(Route.newBuilder().setId(10).setOp(Op.OP_DELETE).setPrefix(prefix("2001:db8:2::", 48)))
                .build();
        ClientMessage m = ClientMessage.newBuilder().setRoutes(b).build();
        assertEquals(m, ClientMessage.parseFrom(m.toByteArray()));
        assertEquals(ClientMessage.BodyCase.ROUTES, ClientMessage.parseFrom(m.toByteArray()).getBodyCase());
    }

    @Test
    void lspsRoundTrip() throws Exception {
        ClientMessage m = ClientMessage.newBuilder().setLsps(LspBatch.newBuilder()
                .addLsps(Lsp.newBuilder().setId(1).setOp(Op.OP_ADD).setInLabel(17).setFec(prefix("2.2.2.2", 32))
                        .addNexthops(LspNexthop.newBuilder().setGateway(ip("10.0.0.2")).setIfindex(2)
                                .addOutLabels(146)))
                .addLsps(Lsp.newBuilder().setId(2).setOp(Op.OP_ADD).setInLabel(18)
                        .addNexthops(LspNexthop.newBuilder().setGateway(ip("10.0.0.2")).addOutLabels(3))))
                .build();
        assertEquals(m, ClientMessage.parseFrom(m.toByteArray()));
    }

    @Test
    void zebraMessagesRoundTrip() throws Exception {
        ZebraMessage[] all = {
            ZebraMessage.newBuilder().setHelloAck(HelloAck.newBuilder().setVersion(ZebraApi.VERSION)
                    .setSessionId(3).setZebraVersion("Ferry zebra 0.1.0")).build(),
            ZebraMessage.newBuilder().setResults(ResultBatch.newBuilder()
                    .addResults(Result.newBuilder().setId(1).setStatus(ResultStatus.RESULT_STATUS_INSTALLED))
                    .addResults(Result.newBuilder().setId(2).setStatus(ResultStatus.RESULT_STATUS_FAILED)
                            .setKernelErrno(22).setMessage("Invalid argument"))
                    .addResults(Result.newBuilder().setId(3).setStatus(ResultStatus.RESULT_STATUS_NOT_SELECTED)
                            .setBetterType(RouteType.ROUTE_TYPE_STATIC).setBetterDistance(1))).build(),
            ZebraMessage.newBuilder().setInterface(InterfaceUpdate.newBuilder().setKind(UpdateKind.UPDATE_KIND_PRESENT)
                    .setIfindex(2).setName("eth0").setAdminUp(true).setOperUp(true).setMtu(1500)
                    .setHwAddress(ByteString.copyFrom(HEX.parseHex("02 00 00 00 00 01")))).build(),
            ZebraMessage.newBuilder().setAddress(AddressUpdate.newBuilder().setKind(UpdateKind.UPDATE_KIND_DELETED)
                    .setIfindex(2).setAddress(prefix("10.0.0.1", 24))).build(),
            ZebraMessage.newBuilder().setNexthopUpdates(NexthopUpdateBatch.newBuilder()
                    .addUpdates(NexthopUpdate.newBuilder().setAddress(ip("2.2.2.2")).setResolved(true)
                            .setMatched(prefix("2.2.2.2", 32)).setType(RouteType.ROUTE_TYPE_OSPF).setDistance(110)
                            .setMetric(20).addNexthops(Nexthop.newBuilder().setGateway(ip("10.0.0.2"))
                                    .setIfindex(2).addLabels(17)))).build(),
            ZebraMessage.newBuilder().setLabelChunk(LabelChunk.newBuilder().setRequestId(5).setStart(16)
                    .setEnd(79)).build(),
        };
        for (ZebraMessage m : all) {
            assertEquals(m, ZebraMessage.parseFrom(m.toByteArray()), m.getBodyCase().toString());
        }
    }

    @Test
    void fieldsOfANewerMinorVersionAreSkipped() throws Exception {
        byte[] known = ClientMessage.newBuilder().setHello(Hello.newBuilder()
                .setVersion(ApiVersion.newBuilder().setMajor(1).setMinor(4))
                .setProtocol(RouteType.ROUTE_TYPE_OSPF)).build().toByteArray();
        // a Hello field 99 (varint 1) inside the hello, and a ClientMessage member 200 that 1.0 does not know
        byte[] hello = ClientMessage.parseFrom(known).getHello().toByteArray();
        byte[] newerHello = concat(hello, HEX.parseHex("98 06 01"));
        byte[] withNewHello = concat(HEX.parseHex("0a " + String.format("%02x", newerHello.length)), newerHello);
        ClientMessage parsed = ClientMessage.parseFrom(withNewHello);
        assertEquals(RouteType.ROUTE_TYPE_OSPF, parsed.getHello().getProtocol());
        assertEquals(4, parsed.getHello().getVersion().getMinor());

        ClientMessage unknownBody = ClientMessage.parseFrom(HEX.parseHex("c0 0c 01"));
        assertEquals(ClientMessage.BodyCase.BODY_NOT_SET, unknownBody.getBodyCase());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void versionsOfTheSameMajorAreCompatible() {
        // 1.1: Route.table_id, per_distance; 1.2: Hello.failures_only; 1.3: Route.more_prefixes
        assertEquals("1.3", ZebraApi.format(ZebraApi.VERSION));
        assertTrue(ZebraApi.compatible(ApiVersion.newBuilder().setMajor(1).setMinor(0).build()),
                "1.0 clients still connect");
        assertTrue(ZebraApi.compatible(ApiVersion.newBuilder().setMajor(1).setMinor(9).build()));
        assertFalse(ZebraApi.compatible(ApiVersion.newBuilder().setMajor(2).build()));
        assertFalse(ZebraApi.compatible(ApiVersion.getDefaultInstance()));
    }

    @Test
    void prefixHashesSpreadAMillionAddresses() {
        java.util.BitSet seen = new java.util.BitSet();
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        for (int i = 0; i < 1_000_000; i++) {
            byte[] a = {10, (byte) (i >> 16), (byte) (i >> 8), (byte) i};
            distinct.add(IpPrefixes.hash(ByteString.copyFrom(a), 32));
            seen.set(Math.floorMod(ByteString.copyFrom(a).hashCode(), 1 << 24));
        }
        assertTrue(distinct.size() > 999_000, "distinct hashes: " + distinct.size());
        assertTrue(seen.cardinality() < 300_000, "protobuf's own hash is the weak one: " + seen.cardinality());
    }

    @Test
    void prefixesPrintAsText() throws Exception {
        assertEquals("10.0.0.0/8", IpPrefixes.format(prefix("10.0.0.0", 8)));
        assertEquals("2001:db8::/32", IpPrefixes.format(prefix("2001:db8::", 32)));
        assertEquals("::/0", IpPrefixes.format(prefix("::", 0)));
        assertEquals("2001:db8:0:1::1/128", IpPrefixes.format(prefix("2001:db8:0:1:0:0:0:1", 128)));
        assertEquals("fe80::1:0:0:1/128", IpPrefixes.format(prefix("fe80:0:0:0:1:0:0:1", 128)));
        assertEquals("2001:db8:0:0:1::/80", IpPrefixes.format(prefix("2001:db8:0:0:1:0:0:0", 80)));
        assertEquals("2001:db8::1:0:0:1/128", IpPrefixes.format(prefix("2001:db8:0:0:1:0:0:1", 128)));
        assertEquals("?/0", IpPrefixes.format(IpPrefix.getDefaultInstance()));
    }

    @Test
    void theServiceIsOneBidirectionalStream() {
        MethodDescriptor<ClientMessage, ZebraMessage> m = ZebraGrpc.getSessionMethod();
        assertEquals("ferry.zebra.v1.Zebra/Session", m.getFullMethodName());
        assertEquals(MethodDescriptor.MethodType.BIDI_STREAMING, m.getType());
    }
}
