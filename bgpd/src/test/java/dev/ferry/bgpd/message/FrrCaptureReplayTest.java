package dev.ferry.bgpd.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.MpReachNlri;
import dev.ferry.bgpd.attr.MpUnreachNlri;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.capability.Capability;
import dev.ferry.bgpd.capability.EnhancedRouteRefreshCapability;
import dev.ferry.bgpd.capability.ExtendedMessageCapability;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.GracefulRestartCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.capability.RouteRefreshCapability;
import dev.ferry.bgpd.capability.UnknownCapability;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.RouteDistinguishers;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.lib.pcap.Pcap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays FRR 8.4's recorded VPNv4 sessions (PE1 1.1.1.1 and PE2 2.2.2.2, iBGP AS 65000): every message
 * of both directions decodes without error to what {@code tshark -V} shows, and re-encodes to the same bytes.
 */
class FrrCaptureReplayTest {
    private static final CodecContext CTX = CodecContext.IBGP;

    private static List<BgpMessage> replay(String capture, String expectedHostname, int routerId,
            List<String> expectedTypes) throws IOException {
        Map<String, byte[]> streams = TcpStreams.reassemble(Pcap.resource("/frr-reference/out/pcap/" + capture), 179);
        assertEquals(2, streams.size(), "one connection, two directions");
        for (byte[] stream : streams.values()) {
            List<BgpMessage> decoded = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (byte[] wire : TcpStreams.split(stream)) {
                DecodeResult r = MessageDecoder.decode(wire, CTX);
                assertEquals(ErrorAction.NONE, r.action(), () -> "errors: " + r.errors());
                assertTrue(r.errors().isEmpty());
                decoded.add(r.message());
                types.add(MessageType.name(r.message().type()));
                assertArrayEquals(wire, MessageEncoder.encode(r.message(), CTX),
                        () -> "re-encode of " + HexFormat.of().formatHex(wire));
            }
            OpenMessage open = assertInstanceOf(OpenMessage.class, decoded.get(0));
            if (open.bgpIdentifier() == routerId) {
                assertEquals(expectedTypes, types);
                checkOpen(open, expectedHostname, routerId);
                return decoded;
            }
        }
        throw new AssertionError("no stream from " + Ipv4Addresses.format(routerId));
    }

    /** tshark: 11 parameters of one capability each, 85 bytes, as listed in the capture. */
    private static void checkOpen(OpenMessage open, String hostname, int routerId) {
        assertEquals(4, open.version());
        assertEquals(65000, open.myAs());
        assertEquals(65000, open.asNumber());
        assertEquals(180, open.holdTime());
        assertEquals(routerId, open.bgpIdentifier());
        assertFalse(open.extendedParameters());
        assertEquals(11, open.parameters().size());
        byte[] fqdn = new byte[2 + hostname.length()];
        fqdn[0] = (byte) hostname.length();
        System.arraycopy(hostname.getBytes(StandardCharsets.US_ASCII), 0, fqdn, 1, hostname.length());
        List<Capability> expected = List.of(
                MultiprotocolCapability.of(AddressFamily.IPV4_UNICAST),
                MultiprotocolCapability.of(AddressFamily.IPV4_VPN),
                RouteRefreshCapability.OLD,
                RouteRefreshCapability.STANDARD,
                EnhancedRouteRefreshCapability.INSTANCE,
                new FourOctetAsCapability(65000),
                ExtendedMessageCapability.INSTANCE,
                new UnknownCapability(Capability.ADD_PATH, HexFormat.of().parseHex("0001010100018001")),
                new UnknownCapability(Capability.FQDN, fqdn),
                new GracefulRestartCapability(GracefulRestartCapability.RESTART_STATE
                        | GracefulRestartCapability.NOTIFICATION, 120, List.of()),
                new UnknownCapability(Capability.LONG_LIVED_GRACEFUL_RESTART,
                        HexFormat.of().parseHex("0001018000000000018080000000")));
        assertEquals(expected, open.capabilities());
        assertTrue(open.capability(GracefulRestartCapability.class).restarting());
    }

    @Test
    void sessionWithoutRoutesCarriesOnlyEndOfRibMarkers() throws IOException {
        List<BgpMessage> m = replay("bgp-vpnv4-session.pcap", "PE1", Ipv4Addresses.parse("1.1.1.1"),
                List.of("OPEN", "KEEPALIVE", "UPDATE", "UPDATE", "KEEPALIVE"));
        UpdateMessage ipv4Eor = (UpdateMessage) m.get(2);
        assertTrue(ipv4Eor.isEndOfRib());
        assertTrue(ipv4Eor.attributes().isEmpty());
        UpdateMessage vpnEor = (UpdateMessage) m.get(3);
        assertTrue(vpnEor.isEndOfRib());
        MpUnreachNlri eor = vpnEor.attributes().mpUnreach();
        assertEquals(AddressFamily.IPV4_VPN, eor.family());
        assertEquals(AttributeType.OPTIONAL, eor.flags(), "tshark: flags 0x80, length 3");
    }

    @Test
    void vpnRoutesFromPe2() throws IOException {
        List<BgpMessage> m = replay("bgp-vpnv4-session-with-routes.pcap", "PE2", Ipv4Addresses.parse("2.2.2.2"),
                List.of("OPEN", "KEEPALIVE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "KEEPALIVE"));
        assertTrue(((UpdateMessage) m.get(2)).isEndOfRib());
        checkVpnRoute((UpdateMessage) m.get(3), "2.2.2.2", 80, "1:100", "192.168.2.0/24", "10:100");
        checkVpnRoute((UpdateMessage) m.get(4), "2.2.2.2", 81, "2:100", "192.168.4.0/24", "20:100");
        assertTrue(((UpdateMessage) m.get(5)).isEndOfRib());
    }

    @Test
    void vpnRoutesFromPe1() throws IOException {
        List<BgpMessage> m = replay("bgp-vpnv4-session-with-routes.pcap", "PE1", Ipv4Addresses.parse("1.1.1.1"),
                List.of("OPEN", "KEEPALIVE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "KEEPALIVE"));
        checkVpnRoute((UpdateMessage) m.get(3), "1.1.1.1", 80, "1:100", "192.168.1.0/24", "10:100");
        checkVpnRoute((UpdateMessage) m.get(4), "1.1.1.1", 81, "2:100", "192.168.3.0/24", "20:100");
        assertEquals(AddressFamily.IPV4_VPN, ((UpdateMessage) m.get(5)).attributes().mpUnreach().family());
    }

    /**
     * tshark: MP_REACH_NLRI (flags 0x90) AFI 1 SAFI 128, next hop RD=0:0 IPv4=..., one NLRI of 112 bits with
     * label stack N (bottom), RD, prefix; ORIGIN INCOMPLETE; empty AS_PATH (flags 0x50); MED 0; LOCAL_PREF 100;
     * one route target.
     */
    private static void checkVpnRoute(UpdateMessage u, String nextHop, int label, String rd, String prefix,
            String rt) {
        assertTrue(u.withdrawn().isEmpty());
        assertTrue(u.nlri().isEmpty());
        assertTrue(u.announces());
        PathAttributes a = u.attributes();
        assertEquals(List.of(AttributeType.MP_REACH_NLRI, AttributeType.ORIGIN, AttributeType.AS_PATH,
                AttributeType.MULTI_EXIT_DISC, AttributeType.LOCAL_PREF, AttributeType.EXTENDED_COMMUNITIES),
                a.list().stream().map(x -> x.type()).toList());
        MpReachNlri reach = a.mpReach();
        assertEquals(0x90, reach.flags());
        assertEquals(AddressFamily.IPV4_VPN, reach.family());
        assertEquals(12, reach.nextHop().length());
        assertEquals(RouteDistinguishers.ZERO, reach.nextHop().rd());
        assertEquals("RD=0:0 IPv4=" + nextHop, reach.nextHop().toString());
        assertEquals(1, reach.nlri().size());
        VpnPrefix vpn = (VpnPrefix) reach.nlri().get(0);
        assertEquals(label, vpn.label());
        assertTrue(dev.ferry.bgpd.nlri.MplsLabels.bottomOfStack(vpn.labelField()));
        assertEquals(rd, RouteDistinguishers.format(vpn.rd()));
        assertEquals(Ipv4Prefix.parse(prefix), vpn.prefix());
        assertEquals(Origin.INCOMPLETE, a.origin().value());
        assertTrue(a.asPath().segments().isEmpty());
        assertEquals(0x50, a.asPath().flags());
        assertEquals(0, a.med().value());
        assertEquals(100, a.localPref().value());
        assertEquals(List.of(RouteTarget.parse(rt)), a.extendedCommunities().routeTargets());
        assertEquals("RT:" + rt, a.extendedCommunities().toString());
        assertNull(a.nextHop());
    }
}
