package dev.ferry.bgpd.attr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Ipv6Prefix;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.lib.net.IpAddresses;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each attribute both ways: decode(bytes) == object, encode(object) == bytes. */
class AttributeFixturesTest {
    private static final CodecContext AS4 = CodecContext.IBGP;
    private static final CodecContext AS2 = new CodecContext(false, false, false);

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static void both(String wire, PathAttribute expected, CodecContext ctx) {
        byte[] b = hex(wire);
        AttributesDecoding d = AttributesDecoder.decode(ByteBuffer.wrap(b), b.length, ctx);
        assertTrue(d.errors().isEmpty(), () -> d.errors().toString());
        assertEquals(List.of(expected), d.attributes().list());
        assertArrayEquals(b, AttributeCodec.toBytes(expected, ctx));
    }

    @Test
    void origin() {
        both("40 01 01 00", Origin.of(Origin.IGP), AS4);
        both("40 01 01 02", Origin.of(Origin.INCOMPLETE), AS4);
        assertEquals("?", Origin.of(Origin.INCOMPLETE).code());
    }

    @Test
    void asPathWithFourAndTwoOctetNumbers() {
        AsPath path = AsPath.parse("65001 70000 {65002,65003} (65010 65011) [65020]");
        assertEquals("65001 70000 {65002,65003} (65010 65011) [65020]", path.toString());
        both("40 02 24 0202 0000fde9 00011170 0102 0000fdea 0000fdeb 0302 0000fdf2 0000fdf3 0401 0000fdfc",
                path, AS4);
        assertEquals(3, path.pathLength());
        // to a 2-octet speaker, 70000 becomes AS_TRANS (23456 = 0x5ba0)
        assertArrayEquals(hex("40 02 16 0202 fde9 5ba0 0102 fdea fdeb 0302 fdf2 fdf3 0401 fdfc"),
                AttributeCodec.toBytes(path, AS2));
        both("40 02 06 0202 fde9 fdea", AsPath.sequence(65001, 65002), AS2);
    }

    @Test
    void emptyAsPathWithExtendedLengthAsFrrSendsIt() {
        both("50 02 0000", new AsPath(List.of(), 0x50), AS4);
        both("40 02 00", AsPath.EMPTY, AS4);
    }

    @Test
    void longAsPathSwitchesToExtendedLength() {
        int[] asns = new int[70];
        java.util.Arrays.fill(asns, 65001);
        AsPath p = AsPath.sequence(asns);
        byte[] b = AttributeCodec.toBytes(p, AS4);
        assertEquals(0x50, b[0] & 0xff, "282 bytes need Extended Length");
        assertEquals(2 + 70 * 4, ((b[2] & 0xff) << 8) | (b[3] & 0xff));
        AttributesDecoding d = AttributesDecoder.decode(ByteBuffer.wrap(b), b.length, AS4);
        assertEquals(p.segments(), d.attributes().asPath().segments());
        assertEquals(2, AsPath.sequence(new int[300]).segments().size(), "split at 255");
    }

    @Test
    void simpleAttributes() {
        both("40 03 04 0a000001", NextHop.of("10.0.0.1"), AS4);
        both("80 04 04 00000000", MultiExitDisc.of(0), AS4);
        both("80 04 04 ffffffff", MultiExitDisc.of(4294967295L), AS4);
        both("40 05 04 00000064", LocalPref.of(100), AS4);
        both("40 06 00", AtomicAggregate.INSTANCE, AS4);
        both("c0 07 08 0000fde9 01010101", Aggregator.of(65001, Ipv4Addresses.parse("1.1.1.1")), AS4);
        both("c0 07 06 fde9 01010101", Aggregator.of(65001, Ipv4Addresses.parse("1.1.1.1")), AS2);
        both("80 09 04 02020202", OriginatorId.of(Ipv4Addresses.parse("2.2.2.2")), AS4);
        both("80 0a 08 01010101 03030303", ClusterList.of(0x01010101, 0x03030303), AS4);
    }

    @Test
    void as4AttributesBetweenOldAndNewSpeakers() {
        both("c0 11 0a 0202 0000fde9 00011170", As4Path.of(AsPath.sequence(65001, 70000).segments()), AS2);
        both("c0 12 08 00011170 01010101", As4Aggregator.of(70000, 0x01010101), AS2);
        assertEquals("5ba0", HexFormat.of().formatHex(AttributeCodec.toBytes(
                Aggregator.of(70000, 0x01010101), AS2), 3, 5));
    }

    @Test
    void communitiesWithWellKnownNames() {
        Communities c = Communities.of(Communities.parse("65000:100"), Communities.NO_EXPORT,
                Communities.NO_ADVERTISE, Communities.NO_EXPORT_SUBCONFED, Communities.GRACEFUL_SHUTDOWN,
                Communities.BLACKHOLE);
        both("c0 08 18 fde80064 ffffff01 ffffff02 ffffff03 ffff0000 ffff029a", c, AS4);
        assertEquals("65000:100 no-export no-advertise local-AS graceful-shutdown blackhole", c.toString());
        assertEquals(Communities.NO_PEER, Communities.parse("no-peer"));
    }

    @Test
    void extendedCommunitiesRouteTargetsOfAllThreeTypes() {
        ExtendedCommunities ec = ExtendedCommunities.routeTargets(List.of(RouteTarget.parse("10:100"),
                RouteTarget.parse("1.1.1.1:5"), RouteTarget.parse("65536:7")));
        both("c0 10 18 0002000a00000064 0102010101010005 0202000100000007", ec, AS4);
        assertEquals("RT:10:100 RT:1.1.1.1:5 RT:65536:7", ec.toString());
        assertEquals(List.of(RouteTarget.parse("10:100"), RouteTarget.parse("1.1.1.1:5"), RouteTarget.parse("65536:7")),
                ec.routeTargets());
        ExtendedCommunities other = ExtendedCommunities.of(0x0003000a00000064L, 0x030c000000000008L);
        both("c0 10 10 0003000a00000064 030c000000000008", other, AS4);
        assertEquals("SoO:10:100 0x030c000000000008", other.toString());
        assertTrue(other.routeTargets().isEmpty());
    }

    @Test
    void largeCommunities() {
        LargeCommunities lc = LargeCommunities.of(65000, 1, 2, -1, 0, 7);
        both("c0 20 18 0000fde8 00000001 00000002 ffffffff 00000000 00000007", lc, AS4);
        assertEquals("65000:1:2 4294967295:0:7", lc.toString());
    }

    @Test
    void mpReachIpv4VpnAsFrrSendsIt() {
        MpReachNlri r = MpReachNlri.of(AddressFamily.IPV4_VPN, MpNextHop.vpnIpv4(IpAddresses.parse("2.2.2.2")),
                List.of(VpnPrefix.of(RouteDistinguisher.parse("1:100"), 80, Ipv4Prefix.parse("192.168.2.0/24"))));
        both("90 0e 0020 0001 80 0c 0000000000000000 02020202 00 70 000501 0000000100000064 c0a802", r, AS4);
        assertEquals("2.2.2.2", IpAddresses.format(r.nextHop().address()));
    }

    @Test
    void mpReachIpv6WithGlobalAndLinkLocalNextHop() {
        MpNextHop nh = MpNextHop.ipv6(IpAddresses.parse("2001:db8::1"), IpAddresses.parse("fe80::1"));
        MpReachNlri r = new MpReachNlri(AddressFamily.IPV6_UNICAST, nh, 0, List.of(Ipv6Prefix.parse("2001:db8:1::/48")),
                AttributeType.OPTIONAL);
        both("80 0e 2c 0002 01 20 20010db8000000000000000000000001 fe800000000000000000000000000001 00 30 20010db80001",
                r, AS4);
        assertArrayEquals(IpAddresses.parse("fe80::1"), r.nextHop().linkLocal());
        MpNextHop vpn6 = MpNextHop.vpnIpv6(IpAddresses.parse("2001:db8::1"), IpAddresses.parse("fe80::1"));
        assertEquals(48, vpn6.length());
        assertArrayEquals(IpAddresses.parse("2001:db8::1"), vpn6.address());
        assertArrayEquals(IpAddresses.parse("fe80::1"), vpn6.linkLocal());
        assertEquals(dev.ferry.bgpd.nlri.RouteDistinguishers.ZERO, vpn6.rd());
    }

    @Test
    void mpUnreachWithdrawalAndEndOfRib() {
        MpUnreachNlri w = MpUnreachNlri.of(AddressFamily.IPV4_VPN, List.of(VpnPrefix.withdrawal(
                RouteDistinguisher.parse("1:100"), Ipv4Prefix.parse("192.168.2.0/24"))));
        both("90 0f 0012 0001 80 70 800000 0000000100000064 c0a802", w, AS4);
        both("80 0f 03 0001 80", MpUnreachNlri.endOfRib(AddressFamily.IPV4_VPN), AS4);
        assertTrue(MpUnreachNlri.endOfRib(AddressFamily.IPV4_VPN).isEndOfRib());
    }

    @Test
    void unknownOptionalTransitiveIsKeptAndGetsPartialWhenPassedOn() {
        UnknownAttribute u = new UnknownAttribute(0xc0, 99, hex("0102"));
        both("c0 63 02 0102", u, AS4);
        PathAttributes fwd = PathAttributes.of(Origin.of(0), u).forwarded();
        assertEquals(0xe0, fwd.get(99).flags());
        assertArrayEquals(hex("40 01 01 00 e0 63 02 0102"), fwd.toBytes(AS4));
        assertEquals(Origin.of(0), fwd.origin());
    }

    @Test
    void unknownOptionalNonTransitiveIsDropped() {
        byte[] b = hex("80 63 02 0102");
        AttributesDecoding d = AttributesDecoder.decode(ByteBuffer.wrap(b), b.length, AS4);
        assertTrue(d.errors().isEmpty());
        assertTrue(d.attributes().isEmpty());
    }

    @Test
    void pathAttributesSetOperations() {
        PathAttributes a = PathAttributes.of(Origin.of(0), AsPath.EMPTY, NextHop.of("10.0.0.1"));
        assertEquals(LocalPref.of(200), a.with(LocalPref.of(200)).localPref());
        assertEquals(Origin.of(2), a.with(Origin.of(2)).origin());
        assertNull(a.without(AttributeType.NEXT_HOP).nextHop());
        assertEquals(a, PathAttributes.of(Origin.of(0), AsPath.EMPTY, NextHop.of("10.0.0.1")));
        assertEquals(a.hashCode(), PathAttributes.of(Origin.of(0), AsPath.EMPTY, NextHop.of("10.0.0.1")).hashCode());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PathAttributes.of(Origin.of(0), Origin.of(1)));
    }
}
