package dev.ferry.ospfd.lsa;

import static dev.ferry.ospfd.lsa.LsaFixtures.bytes;
import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each LSA type both ways: fixture bytes decode to the model, and the model builds the same bytes. */
class LsaCodecTest {

    private static Lsa roundTrip(String hex, OspfVersion version, LsaBody expected) {
        byte[] wire = bytes(hex);
        DecodeResult<Lsa> r = LsaCodec.decode(wire, version);
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        Lsa lsa = r.value();
        assertEquals(expected, lsa.body());
        assertEquals(wire.length, lsa.header().length());
        assertArrayEquals(wire, Lsa.build(lsa.header(), expected).wire());
        return lsa;
    }

    private static Ospf6Prefix prefix(String text, int options, int field) {
        return Ospf6Prefix.of(IpPrefix.parse(text), options, field);
    }

    @Test
    void v2RouterLsaWithTosAndFlags() {
        Lsa lsa = roundTrip(LsaFixtures.V2_ROUTER, OspfVersion.V2, new RouterLsaV2(0x03, List.of(
                new RouterLsaV2.Link(parse("2.2.2.2"), parse("10.0.0.1"), RouterLsaV2.POINT_TO_POINT, 10,
                        List.of(new TosMetric(2, 20))),
                new RouterLsaV2.Link(parse("10.0.0.0"), parse("255.255.255.252"), RouterLsaV2.STUB, 10))));
        assertEquals(new LsaHeader(OspfVersion.V2, 1, 0x02, 1, parse("1.1.1.1"), parse("1.1.1.1"), 0x80000001,
                0x34bc, 52), lsa.header());
        RouterLsaV2 body = (RouterLsaV2) lsa.body();
        assertTrue(body.isAreaBorder() && body.isAsBoundary() && !body.isVirtualLinkEndpoint());
    }

    @Test
    void v2NetworkLsa() {
        roundTrip(LsaFixtures.V2_NETWORK, OspfVersion.V2,
                new NetworkLsaV2(parse("255.255.255.0"), List.of(parse("1.1.1.1"), parse("2.2.2.2"))));
    }

    @Test
    void v2SummaryAndAsbrSummaryLsas() {
        Lsa net = roundTrip(LsaFixtures.V2_SUMMARY, OspfVersion.V2, new SummaryLsaV2(parse("255.255.0.0"), 100));
        assertEquals(LsaTypes.V2_SUMMARY, net.header().type());
        Lsa asbr = roundTrip(LsaFixtures.V2_ASBR_SUMMARY, OspfVersion.V2,
                new SummaryLsaV2(0, SummaryLsaV2.LS_INFINITY));
        assertEquals(LsaTypes.V2_ASBR_SUMMARY, asbr.header().type());
        assertEquals(parse("5.5.5.5"), asbr.header().linkStateId());
    }

    @Test
    void v2ExternalAndNssaLsas() {
        roundTrip(LsaFixtures.V2_EXTERNAL, OspfVersion.V2, new ExternalLsaV2(0, List.of(
                new ExternalLsaV2.Route(true, 0, 20, parse("192.0.2.1"), 42))));
        Lsa nssa = roundTrip(LsaFixtures.V2_NSSA, OspfVersion.V2, new ExternalLsaV2(parse("255.255.255.0"),
                List.of(new ExternalLsaV2.Route(false, 0, 7, parse("10.9.9.1"), 0))));
        assertEquals(LsaTypes.V2_NSSA, nssa.header().type());
        assertEquals(0x08, nssa.header().options());
    }

    @Test
    void v2OpaqueLsaIsKeptAsBytes() {
        roundTrip(LsaFixtures.V2_OPAQUE, OspfVersion.V2, new OpaqueBody(bytes("0001000400000001")));
    }

    @Test
    void v3RouterLsa() {
        Lsa lsa = roundTrip(LsaFixtures.V3_ROUTER, OspfVersion.V3, new RouterLsaV3(0x01, 0x13, List.of(
                new RouterLsaV3.Link(RouterLsaV3.POINT_TO_POINT, 10, 3, 4, parse("2.2.2.2")),
                new RouterLsaV3.Link(RouterLsaV3.TRANSIT, 5, 5, 7, parse("3.3.3.3")))));
        assertEquals(0, lsa.header().options());
        assertEquals(LsaTypes.Scope.AREA, LsaTypes.v3Scope(lsa.header().type()));
        assertTrue(((RouterLsaV3) lsa.body()).isAreaBorder());
    }

    @Test
    void v3NetworkLsa() {
        roundTrip(LsaFixtures.V3_NETWORK, OspfVersion.V3,
                new NetworkLsaV3(0x13, List.of(parse("1.1.1.1"), parse("2.2.2.2"))));
    }

    @Test
    void v3InterAreaPrefixAndRouterLsas() {
        roundTrip(LsaFixtures.V3_INTER_AREA_PREFIX, OspfVersion.V3,
                new InterAreaPrefixLsa(30, prefix("2001:db8:1::/48", 0, 0)));
        roundTrip(LsaFixtures.V3_INTER_AREA_ROUTER, OspfVersion.V3,
                new InterAreaRouterLsa(0x13, 40, parse("5.5.5.5")));
    }

    @Test
    void v3ExternalLsaWithEveryOptionalField() {
        Lsa lsa = roundTrip(LsaFixtures.V3_EXTERNAL, OspfVersion.V3, new ExternalLsaV3(0x07, 20,
                prefix("2001:db8:2:3::/64", 0, 0x2001), IpAddresses.parse("2001:db8::99"), 1234, 9));
        ExternalLsaV3 e = (ExternalLsaV3) lsa.body();
        assertTrue(e.type2() && e.hasRouteTag());
        assertEquals(0x2001, e.referencedLsType());
        assertEquals(LsaTypes.Scope.AS, LsaTypes.v3Scope(lsa.header().type()));
    }

    @Test
    void v3ExternalDefaultRouteHasAnEmptyPrefix() {
        Lsa lsa = roundTrip(LsaFixtures.V3_EXTERNAL_DEFAULT, OspfVersion.V3,
                new ExternalLsaV3(0, 1, prefix("::/0", 0, 0), null, 0, 0));
        assertEquals(IpPrefix.parse("::/0"), ((ExternalLsaV3) lsa.body()).prefix().toIpPrefix());
        assertEquals(28, lsa.length());
    }

    @Test
    void v3LinkLsaWithPrefixesOfSeveralWordLengths() {
        Lsa lsa = roundTrip(LsaFixtures.V3_LINK, OspfVersion.V3, new LinkLsa(1, 0x13,
                IpAddresses.parse("fe80::1"), List.of(prefix("2001:db8:a:b::/64", 0, 0),
                prefix("2001:db8:c::1:0:0/96", Ospf6Prefix.LA, 0))));
        assertEquals(LsaTypes.Scope.LINK, LsaTypes.v3Scope(lsa.header().type()));
    }

    @Test
    void v3IntraAreaPrefixLsaReferencingANetworkLsa() {
        Lsa lsa = roundTrip(LsaFixtures.V3_INTRA_AREA_PREFIX, OspfVersion.V3, new IntraAreaPrefixLsa(0x2002, 5,
                parse("1.1.1.1"), List.of(prefix("2001:db8:a:b::/64", 0, 0),
                prefix("2001:db8::1/128", Ospf6Prefix.LA, 1), prefix("2001:db8:8000::/33", Ospf6Prefix.P, 7))));
        List<Ospf6Prefix> prefixes = ((IntraAreaPrefixLsa) lsa.body()).prefixes();
        assertEquals(IpPrefix.parse("2001:db8:8000::/33"), prefixes.get(2).toIpPrefix());
        assertEquals(8, prefixes.get(2).address().length);
    }

    @Test
    void v3UnknownTypeIsKeptAsBytesWithItsUBit() {
        Lsa lsa = roundTrip(LsaFixtures.V3_UNKNOWN, OspfVersion.V3, new OpaqueBody(bytes("deadbeef0102")));
        assertEquals(0xa00c, lsa.header().type());
        assertTrue((lsa.header().type() & LsaTypes.V3_U_BIT) != 0);
    }

    @Test
    void prefixPaddingBitsSurviveARoundTrip() {
        // a /33 whose second word carries bits past the length: stored and re-sent as received
        byte[] wire = bytes(LsaFixtures.V3_INTRA_AREA_PREFIX);
        int last = wire.length - 1;
        wire[last] = 0x01;
        LsaChecksum.fill(wire, 0, wire.length);
        Lsa lsa = LsaCodec.decode(wire, OspfVersion.V3).value();
        assertArrayEquals(wire, Lsa.build(lsa.header(), lsa.body()).wire());
        assertEquals(IpPrefix.parse("2001:db8:8000::/33"),
                ((IntraAreaPrefixLsa) lsa.body()).prefixes().get(2).toIpPrefix());
    }

    @Test
    void badChecksumAndMalformedBodyDiscardTheLsa() {
        byte[] wire = bytes(LsaFixtures.V2_ROUTER);
        wire[25] ^= 1;
        assertEquals(Reason.BAD_LSA_CHECKSUM, LsaCodec.decode(wire, OspfVersion.V2).error().reason());

        byte[] network = bytes(LsaFixtures.V2_NETWORK);
        byte[] shortNet = java.util.Arrays.copyOf(network, network.length - 2);
        shortNet[19] = (byte) shortNet.length;
        LsaChecksum.fill(shortNet, 0, shortNet.length);
        assertEquals(Reason.MALFORMED_LSA, LsaCodec.decode(shortNet, OspfVersion.V2).error().reason());
        assertEquals(Reason.MALFORMED_LSA.reaction(), LsaCodec.decode(shortNet, OspfVersion.V2).error().reaction());

        byte[] router = bytes(LsaFixtures.V3_ROUTER);
        router[19] = (byte) (router.length + 4);
        assertEquals(Reason.BAD_LSA_LENGTH, LsaCodec.decode(router, OspfVersion.V3).error().reason());
    }

    @Test
    void withAgeChangesOnlyTheAgeAndKeepsTheChecksumValid() {
        Lsa lsa = LsaCodec.decode(bytes(LsaFixtures.V3_LINK), OspfVersion.V3).value();
        Lsa older = lsa.withAge(LsaHeader.MAX_AGE);
        assertTrue(older.header().isMaxAge());
        assertEquals(lsa.header().checksum(), older.header().checksum());
        assertTrue(LsaCodec.decode(older.wire(), OspfVersion.V3).isOk());
        assertEquals(LsaHeader.MAX_AGE, LsaCodec.decode(older.wire(), OspfVersion.V3).value().header().age());
    }
}
