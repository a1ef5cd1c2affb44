package dev.ferry.ospfd.packet;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import dev.ferry.ospfd.lsa.NetworkLsaV3;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.packet.FrrCaptures.Captured;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Replays FRR 8.4's recorded adjacencies (ospfd and ospf6d): every OSPF packet decodes, matches what tshark
 * shows for it, and encodes back to the same bytes, checksums included.
 */
class FrrCaptureReplayTest {

    private static OspfPacket decode(Captured c) {
        DecodeResult<OspfPacket> r = OspfPacketCodec.decode(c.payload());
        assertTrue(r.isOk(), () -> "frame " + c.frame() + ": " + r.error());
        return r.value();
    }

    private static OspfPacket frame(String capture, int number) {
        return decode(FrrCaptures.frame(capture, number));
    }

    private static Map<PacketType, Integer> typeCounts(String capture) {
        Map<PacketType, Integer> counts = new TreeMap<>();
        for (Captured c : FrrCaptures.ospf(capture)) {
            counts.merge(decode(c).header().type(), 1, Integer::sum);
        }
        return counts;
    }

    private static List<Integer> updateLsaTypes(String capture) {
        List<Integer> types = new ArrayList<>();
        for (Captured c : FrrCaptures.ospf(capture)) {
            if (decode(c).body() instanceof LinkStateUpdate u) {
                assertEquals(List.of(), u.rejected(), "frame " + c.frame());
                u.lsas().forEach(l -> types.add(l.header().type()));
            }
        }
        return types;
    }

    private static void assertEveryLsaRebuildsIdentically(String capture) {
        for (Captured c : FrrCaptures.ospf(capture)) {
            if (decode(c).body() instanceof LinkStateUpdate u) {
                for (Lsa lsa : u.lsas()) {
                    assertArrayEquals(lsa.wire(), Lsa.build(lsa.header(), lsa.body()).wire(),
                            () -> "frame " + c.frame() + " " + lsa);
                }
            }
        }
    }

    @Test
    void v2EveryPacketDecodesAndReencodesByteForByte() {
        List<Captured> all = FrrCaptures.ospf(FrrCaptures.V2);
        assertEquals(47, all.size());
        for (Captured c : all) {
            OspfPacket p = decode(c);
            assertEquals(OspfVersion.V2, p.header().version());
            assertArrayEquals(c.payload(), OspfPacketCodec.encode(p), "frame " + c.frame());
        }
        assertEquals(Map.of(PacketType.HELLO, 28, PacketType.DATABASE_DESCRIPTION, 6,
                PacketType.LINK_STATE_REQUEST, 2, PacketType.LINK_STATE_UPDATE, 7, PacketType.LINK_STATE_ACK, 4),
                typeCounts(FrrCaptures.V2));
        assertEquals(List.of(1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1), updateLsaTypes(FrrCaptures.V2));
        assertEveryLsaRebuildsIdentically(FrrCaptures.V2);
    }

    @Test
    void v2HellosCarryIntervalsDrAndNeighbors() {
        OspfPacket first = frame(FrrCaptures.V2, 1);
        assertEquals(parse("9.9.9.9"), first.header().routerId());
        assertEquals(0, first.header().areaId());
        assertEquals(0xea8c, first.header().checksum());
        assertInstanceOf(Authentication.Null.class, first.header().authentication());
        assertEquals(Hello.v2(parse("255.255.255.0"), 10, 0x02, 1, 40, 0, 0, List.of()), first.body());

        OspfPacket withDr = frame(FrrCaptures.V2, 10);
        assertEquals(Hello.v2(parse("255.255.255.0"), 10, 0x02, 1, 40, parse("10.1.1.254"), parse("10.1.1.2"),
                List.of(parse("1.1.1.1"))), withDr.body());
    }

    @Test
    void v2DatabaseExchange() {
        DatabaseDescription initial = (DatabaseDescription) frame(FrrCaptures.V2, 9).body();
        assertEquals(1500, initial.mtu());
        assertEquals(0x02, initial.options());
        assertTrue(initial.isInit() && initial.hasMore() && initial.isMaster());
        assertEquals(491468222, initial.sequence());
        assertEquals(List.of(), initial.headers());

        OspfPacket slave = frame(FrrCaptures.V2, 14);
        assertEquals(parse("1.1.1.1"), slave.header().routerId());
        DatabaseDescription dd = (DatabaseDescription) slave.body();
        assertEquals(0, dd.flags());
        assertEquals(491468222, dd.sequence());
        assertEquals(List.of(new LsaHeader(OspfVersion.V2, 4, 0x02, 1, parse("1.1.1.1"), parse("1.1.1.1"),
                0x80000003, 0x21fd, 48)), dd.headers());

        assertEquals(new LinkStateRequest(List.of(new LsaKey(1, parse("1.1.1.1"), parse("1.1.1.1")))),
                frame(FrrCaptures.V2, 16).body());

        LinkStateAck ack = (LinkStateAck) frame(FrrCaptures.V2, 31).body();
        assertEquals(List.of(
                new LsaHeader(OspfVersion.V2, 11, 0x02, 1, parse("9.9.9.9"), parse("9.9.9.9"), 0x80000007, 0xc5ba, 60),
                new LsaHeader(OspfVersion.V2, 11, 0x02, 1, parse("2.2.2.2"), parse("2.2.2.2"), 0x80000004, 0x3ec5,
                        48)), ack.headers());
    }

    @Test
    void v2UpdateCarriesRouterAndNetworkLsas() {
        LinkStateUpdate u = (LinkStateUpdate) frame(FrrCaptures.V2, 20).body();
        assertEquals(3, u.lsas().size());

        Lsa r1 = u.lsas().get(0);
        assertEquals(new LsaHeader(OspfVersion.V2, r1.header().age(), 0x02, 1, parse("9.9.9.9"), parse("9.9.9.9"),
                0x80000005, 0x9ef6, 60), r1.header());
        assertEquals(new RouterLsaV2(0, List.of(
                new RouterLsaV2.Link(parse("9.9.9.9"), parse("255.255.255.255"), RouterLsaV2.STUB, 0),
                new RouterLsaV2.Link(parse("10.1.1.0"), parse("255.255.255.0"), RouterLsaV2.STUB, 10),
                new RouterLsaV2.Link(parse("10.1.2.0"), parse("255.255.255.0"), RouterLsaV2.STUB, 10))), r1.body());

        Lsa r2 = u.lsas().get(1);
        assertEquals(0x80000006, r2.header().sequence());
        assertEquals(0x6922, r2.header().checksum());
        assertEquals(new RouterLsaV2.Link(parse("10.1.1.254"), parse("10.1.1.254"), RouterLsaV2.TRANSIT, 10),
                ((RouterLsaV2) r2.body()).links().get(1));

        Lsa net = u.lsas().get(2);
        assertEquals(new LsaHeader(OspfVersion.V2, net.header().age(), 0x02, 2, parse("10.1.1.254"),
                parse("9.9.9.9"), 0x80000001, 0xc83a, 32), net.header());
        assertEquals(new NetworkLsaV2(parse("255.255.255.0"), List.of(parse("1.1.1.1"), parse("9.9.9.9"))),
                net.body());
    }

    @Test
    void v3EveryPacketDecodesAndReencodesByteForByteWithThePseudoHeaderChecksum() {
        List<Captured> all = FrrCaptures.ospf(FrrCaptures.V3);
        assertEquals(29, all.size());
        for (Captured c : all) {
            OspfPacket p = decode(c);
            assertEquals(OspfVersion.V3, p.header().version());
            assertEquals(0, p.header().instanceId());
            byte[] payload = c.payload();
            assertTrue(PacketChecksum.verifyV3(c.source(), c.destination(), payload, 0, payload.length),
                    "frame " + c.frame());
            assertArrayEquals(payload, OspfPacketCodec.encodeV3(p, c.source(), c.destination()),
                    "frame " + c.frame());
        }
        assertEquals(Map.of(PacketType.HELLO, 12, PacketType.DATABASE_DESCRIPTION, 5,
                PacketType.LINK_STATE_REQUEST, 2, PacketType.LINK_STATE_UPDATE, 6, PacketType.LINK_STATE_ACK, 4),
                typeCounts(FrrCaptures.V3));
        assertEquals(List.of(0x0008, 0x2001, 0x2009, 0x0008, 0x2001, 0x2009, 0x2001, 0x2002, 0x2009,
                0x2001, 0x2009, 0x2001, 0x2009, 0x2001, 0x2009), updateLsaTypes(FrrCaptures.V3));
        assertEveryLsaRebuildsIdentically(FrrCaptures.V3);
    }

    @Test
    void v3PseudoHeaderChecksumCatchesAWrongAddress() {
        Captured c = FrrCaptures.frame(FrrCaptures.V3, 12);
        byte[] other = c.source().clone();
        other[15] ^= 1;
        assertTrue(!PacketChecksum.verifyV3(other, c.destination(), c.payload(), 0, c.payload().length));
    }

    @Test
    void v3HellosAndDatabaseExchange() {
        OspfPacket hello = frame(FrrCaptures.V3, 12);
        assertEquals(parse("10.255.0.1"), hello.header().routerId());
        assertEquals(0x0c03, hello.header().checksum());
        assertEquals(Hello.v3(2, 10, 0x13, 1, 40, 0, 0, List.of()), hello.body());
        assertEquals(Hello.v3(2, 10, 0x13, 1, 40, parse("10.255.0.2"), parse("10.255.0.2"),
                List.of(parse("10.255.0.2"))), frame(FrrCaptures.V3, 29).body());

        DatabaseDescription init = (DatabaseDescription) frame(FrrCaptures.V3, 28).body();
        assertEquals(new DatabaseDescription(1500, 0x13, 0x07, 1393, List.of()), init);

        DatabaseDescription dd = (DatabaseDescription) frame(FrrCaptures.V3, 31).body();
        assertEquals(List.of(0x0008, 0x2001, 0x2009), dd.headers().stream().map(LsaHeader::type).toList());
        assertEquals(new LsaHeader(OspfVersion.V3, dd.headers().getFirst().age(), 0, 0x0008, 2,
                parse("10.255.0.1"), 0x80000001, 0xd463, 44), dd.headers().getFirst());

        int adv = parse("10.255.0.1");
        assertEquals(new LinkStateRequest(List.of(new LsaKey(0x0008, 2, adv), new LsaKey(0x2001, 0, adv),
                new LsaKey(0x2009, 0, adv))), frame(FrrCaptures.V3, 32).body());
    }

    @Test
    void v3UpdatesCarryLinkRouterNetworkAndIntraAreaPrefixLsas() {
        LinkStateUpdate u = (LinkStateUpdate) frame(FrrCaptures.V3, 34).body();
        LinkLsa link = (LinkLsa) u.lsas().get(0).body();
        assertEquals(1, link.priority());
        assertEquals(0x13, link.options());
        assertArrayEquals(IpAddresses.parse("fe80::6c54:d4ff:fec7:a66e"), link.linkLocalAddress());
        assertEquals(List.of(), link.prefixes());
        assertEquals(new RouterLsaV3(0, 0x13, List.of()), u.lsas().get(1).body());
        IntraAreaPrefixLsa iap = (IntraAreaPrefixLsa) u.lsas().get(2).body();
        assertEquals(new LsaKey(0x2001, 0, parse("10.255.0.1")), iap.referenced());
        assertEquals(1, iap.prefixes().size());
        assertEquals(IpPrefix.parse("2001:db8:ffff::1/128"), iap.prefixes().getFirst().toIpPrefix());
        assertEquals(10, iap.prefixes().getFirst().field());
        assertEquals(0, iap.prefixes().getFirst().options());

        LinkStateUpdate afterDr = (LinkStateUpdate) frame(FrrCaptures.V3, 38).body();
        Lsa router = afterDr.lsas().get(0);
        assertEquals(0x80000002, router.header().sequence());
        assertEquals(0x8375, router.header().checksum());
        assertEquals(new RouterLsaV3(0, 0x13, List.of(new RouterLsaV3.Link(RouterLsaV3.TRANSIT, 10, 2, 2,
                parse("10.255.0.2")))), router.body());
        Lsa network = afterDr.lsas().get(1);
        assertEquals(new LsaKey(0x2002, 2, parse("10.255.0.2")), network.key());
        assertEquals(new NetworkLsaV3(0x13, List.of(parse("10.255.0.2"), parse("10.255.0.1"))), network.body());
    }
}
