package dev.ferry.bgpd.nlri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.config.RouteDistinguisher;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlriCodecTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static byte[] encode(Nlri... entries) {
        byte[] b = new byte[200];
        int off = 0;
        for (Nlri n : entries) {
            int end = NlriCodec.write(b, off, n);
            assertEquals(NlriCodec.encodedLength(n), end - off);
            off = end;
        }
        return java.util.Arrays.copyOf(b, off);
    }

    @Test
    void ipv4PrefixesUseJustEnoughBytes() {
        byte[] wire = hex("18 c0a802  20 0a000001  00  0c ac10  19 c0a80280");
        List<Ipv4Prefix> expected = List.of(Ipv4Prefix.parse("192.168.2.0/24"), Ipv4Prefix.parse("10.0.0.1/32"),
                Ipv4Prefix.parse("0.0.0.0/0"), Ipv4Prefix.parse("172.16.0.0/12"), Ipv4Prefix.parse("192.168.2.128/25"));
        NlriDecoding<Ipv4Prefix> d = NlriCodec.decodeIpv4(ByteBuffer.wrap(wire), wire.length);
        assertEquals(expected, d.entries());
        assertArrayEquals(wire, encode(expected.toArray(Nlri[]::new)));
    }

    @Test
    void hostBitsBeyondTheLengthSurviveARoundTrip() {
        byte[] wire = hex("17 c0a803"); // 192.168.3.0/23: the last bit of the third byte is a host bit
        NlriDecoding<Ipv4Prefix> d = NlriCodec.decodeIpv4(ByteBuffer.wrap(wire), wire.length);
        assertEquals("192.168.3.0/23", d.entries().get(0).toString());
        assertArrayEquals(wire, encode(d.entries().get(0)));
    }

    @Test
    void malformedIpv4Nlri() {
        assertTrue(NlriCodec.decodeIpv4(ByteBuffer.wrap(hex("21 0a000000 00")), 6).isMalformed(), "/33");
        NlriDecoding<Ipv4Prefix> d = NlriCodec.decodeIpv4(ByteBuffer.wrap(hex("08 0a 18 0a00")), 5);
        assertTrue(d.isMalformed(), "the /24 lacks a byte");
        assertEquals(List.of(Ipv4Prefix.parse("10.0.0.0/8")), d.entries());
    }

    @Test
    void ipv6Prefixes() {
        byte[] wire = hex("40 20010db800000001  80 fe800000000000000000000000000001  00");
        NlriDecoding<Nlri> d = NlriCodec.decode(ByteBuffer.wrap(wire), wire.length, AddressFamily.IPV6_UNICAST);
        assertEquals(List.of(Ipv6Prefix.parse("2001:db8:0:1::/64"), Ipv6Prefix.parse("fe80::1/128"),
                Ipv6Prefix.parse("::/0")), d.entries());
        assertArrayEquals(wire, encode(d.entries().toArray(Nlri[]::new)));
        assertTrue(NlriCodec.decode(ByteBuffer.wrap(hex("81 00")), 2, AddressFamily.IPV6_UNICAST).isMalformed());
    }

    /** The NLRI FRR sent in bgp-vpnv4-session-with-routes.pcap: 112 bits, label 80 (bottom), RD 1:100, /24. */
    @Test
    void vpnIpv4AsFrrSendsIt() {
        byte[] wire = hex("70 000501 0000 0001 00000064 c0a802");
        NlriDecoding<Nlri> d = NlriCodec.decode(ByteBuffer.wrap(wire), wire.length, AddressFamily.IPV4_VPN);
        VpnPrefix v = (VpnPrefix) d.entries().get(0);
        assertEquals(VpnPrefix.of(RouteDistinguisher.parse("1:100"), 80, Ipv4Prefix.parse("192.168.2.0/24")), v);
        assertEquals("RD 1:100 192.168.2.0/24 label 80", v.toString());
        assertArrayEquals(wire, encode(v));
        byte[] fast = new byte[20];
        int end = NlriCodec.writeVpnIpv4(fast, 0, v.rd(), v.labelField(), Ipv4Addresses.parse("192.168.2.0"), 24);
        assertArrayEquals(wire, java.util.Arrays.copyOf(fast, end));
    }

    @Test
    void vpnWithdrawalCarriesTheCompatibilityLabel() {
        VpnPrefix w = VpnPrefix.withdrawal(RouteDistinguisher.parse("1.1.1.1:5"), Ipv4Prefix.parse("10.1.0.0/16"));
        byte[] wire = hex("68 800000 0001 01010101 0005 0a01");
        assertArrayEquals(wire, encode(w));
        VpnPrefix back = (VpnPrefix) NlriCodec.decode(ByteBuffer.wrap(wire), wire.length, AddressFamily.IPV4_VPN)
                .entries().get(0);
        assertEquals(MplsLabels.WITHDRAW_FIELD, back.labelField());
        assertEquals(w, back);
    }

    @Test
    void vpnIpv6WithFourOctetAsRd() {
        VpnPrefix v = VpnPrefix.of(RouteDistinguisher.parse("65536:7"), 16, Ipv6Prefix.parse("2001:db8::/32"));
        byte[] wire = hex("78 000101 0002 00010000 0007 20010db8");
        assertArrayEquals(wire, encode(v));
        assertEquals(List.of(v), NlriCodec.decode(ByteBuffer.wrap(wire), wire.length, AddressFamily.IPV6_VPN)
                .entries());
    }

    @Test
    void malformedVpnNlri() {
        assertTrue(NlriCodec.decode(ByteBuffer.wrap(hex("57 000501 0000000100000064")), 12, AddressFamily.IPV4_VPN)
                .isMalformed(), "87 bits cannot hold label and RD");
        assertTrue(NlriCodec.decode(ByteBuffer.wrap(hex("79 000501 0000000100000064 c0a80200 00")), 17,
                AddressFamily.IPV4_VPN).isMalformed(), "a /33 behind label and RD");
        assertTrue(NlriCodec.decode(ByteBuffer.wrap(hex("70 000501 0000000100000064 c0a8")), 14,
                AddressFamily.IPV4_VPN).isMalformed(), "truncated");
    }

    @Test
    void unknownFamilyIsKeptRaw() {
        byte[] wire = hex("0102030405");
        NlriDecoding<Nlri> d = NlriCodec.decode(ByteBuffer.wrap(wire), 5, new AddressFamily(25, 70));
        assertEquals(List.of(new RawNlri(wire)), d.entries());
        assertArrayEquals(wire, encode(d.entries().get(0)));
    }

    @Test
    void routeDistinguisherTextAndWireForms() {
        check("1:100", 0, "0000 0001 00000064");
        check("1.1.1.1:5", 1, "0001 01010101 0005");
        check("65536:7", 2, "0002 00010000 0007");
        check("0:0", 0, "0000 0000 00000000");
        check("65535:4294967295", 0, "0000 ffff ffffffff");
        RouteDistinguisher unknown = RouteDistinguishers.read(ByteBuffer.wrap(hex("0007 0102 03040506")), 0);
        assertEquals("Unknown Type: 7", RouteDistinguishers.format(unknown));
        ByteBuffer out = ByteBuffer.allocate(8);
        RouteDistinguishers.write(out, unknown);
        assertArrayEquals(hex("0007 0102 03040506"), out.array());
        assertNull(RouteDistinguisher.parse("1.1.1:5"));
        assertNull(RouteDistinguisher.parse("100"));
        assertNull(RouteDistinguisher.parse("a:1"));
    }

    private static void check(String text, int type, String wire) {
        RouteDistinguisher rd = RouteDistinguisher.parse(text);
        assertEquals(type, rd.type());
        assertEquals(text, RouteDistinguishers.format(rd));
        ByteBuffer out = ByteBuffer.allocate(8);
        RouteDistinguishers.write(out, rd);
        assertArrayEquals(hex(wire), out.array());
        byte[] arr = new byte[8];
        RouteDistinguishers.write(arr, 0, rd);
        assertArrayEquals(hex(wire), arr);
        assertEquals(rd, RouteDistinguishers.read(ByteBuffer.wrap(hex(wire)), 0));
    }

    @Test
    void labelFields() {
        assertEquals(0x000501, MplsLabels.field(80));
        assertEquals(80, MplsLabels.label(0x000501));
        assertTrue(MplsLabels.bottomOfStack(0x000501));
        assertEquals(0x800000 >>> 4, MplsLabels.label(MplsLabels.WITHDRAW_FIELD));
    }
}
