package dev.ferry.bgpd.message;

import static dev.ferry.bgpd.message.Wire.hex;
import static dev.ferry.bgpd.message.Wire.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.capability.Capability;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.GracefulRestartCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.capability.UnknownCapability;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
    private static final CodecContext CTX = CodecContext.IBGP;

    private static BgpMessage roundTrip(byte[] wire) {
        DecodeResult r = MessageDecoder.decode(wire, CTX);
        assertEquals(ErrorAction.NONE, r.action(), r.errors()::toString);
        assertArrayEquals(wire, MessageEncoder.encode(r.message(), CTX));
        return r.message();
    }

    private static void reset(byte[] wire, int code, int subcode, String data) {
        DecodeResult r = MessageDecoder.decode(wire, CTX);
        assertEquals(ErrorAction.SESSION_RESET, r.action());
        assertEquals(code, r.notification().code());
        assertEquals(subcode, r.notification().subcode(), r.errors()::toString);
        if (data != null) {
            assertArrayEquals(hex(data), r.notification().data());
        }
    }

    @Test
    void keepalive() {
        byte[] wire = message(MessageType.KEEPALIVE, new byte[0]);
        assertEquals(KeepaliveMessage.INSTANCE, roundTrip(wire));
        reset(message(MessageType.KEEPALIVE, new byte[1]), 1, 2, "0014");
    }

    @Test
    void headerErrors() {
        byte[] k = message(MessageType.KEEPALIVE, new byte[0]);
        k[3] = 0;
        reset(k, 1, 1, "");
        reset(message(9, new byte[0]), 1, 3, "09");
        byte[] shortLength = message(MessageType.KEEPALIVE, new byte[0]);
        shortLength[17] = 18;
        reset(java.util.Arrays.copyOf(shortLength, 19), 1, 2, "0012");
        reset(message(MessageType.UPDATE, new byte[4200]), 1, 2, "107b");
        assertEquals(ErrorAction.NONE, MessageDecoder.decode(Wire.update("", "", ""), CTX).action());
        reset(message(MessageType.OPEN, new byte[5]), 1, 2, "0018");
        reset(message(MessageType.NOTIFICATION, new byte[1]), 1, 2, "0014");
    }

    @Test
    void openWithCapabilitiesGroupedInOneParameter() {
        byte[] wire = message(MessageType.OPEN, hex("04 fde9 00b4 01010101 18 02 16 01040001000101040001008041040001117040020078"));
        OpenMessage o = (OpenMessage) roundTrip(wire);
        assertEquals(1, o.parameters().size());
        assertEquals(List.of(MultiprotocolCapability.of(AddressFamily.IPV4_UNICAST),
                MultiprotocolCapability.of(AddressFamily.IPV4_VPN), new FourOctetAsCapability(70000),
                new GracefulRestartCapability(0, 120, List.of())), o.capabilities());
        assertEquals(70000, o.asNumber());
    }

    @Test
    void openBuiltAsFrrDoesWithFourOctetAs() {
        OpenMessage o = OpenMessage.of(70000, 90, 0x02020202, List.of(new FourOctetAsCapability(70000)));
        assertEquals(23456, o.myAs());
        assertArrayEquals(message(MessageType.OPEN, hex("04 5ba0 005a 02020202 08 0206 4104 00011170")),
                MessageEncoder.encode(o, CTX));
    }

    @Test
    void extendedOptionalParametersOfRfc9072() {
        List<Capability> caps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            caps.add(new UnknownCapability(200 + (i % 50), new byte[8]));
        }
        OpenMessage big = OpenMessage.of(65001, 180, 0x01010101, caps);
        byte[] wire = MessageEncoder.encode(big, CTX);
        assertEquals(255, wire[28] & 0xff);
        assertEquals(255, wire[29] & 0xff);
        OpenMessage back = (OpenMessage) roundTrip(wire);
        assertTrue(back.extendedParameters());
        assertEquals(caps, back.capabilities());
        OpenMessage small = new OpenMessage(4, 65001, 180, 1, List.of(List.of(new FourOctetAsCapability(65001))), true);
        assertEquals(small, roundTrip(MessageEncoder.encode(small, CTX)));
    }

    @Test
    void openErrors() {
        reset(message(MessageType.OPEN, hex("03 fde9 00b4 01010101 00")), 2, 1, "0004");
        reset(message(MessageType.OPEN, hex("04 0000 00b4 01010101 00")), 2, 2, null);
        reset(message(MessageType.OPEN, hex("04 fde9 0002 01010101 00")), 2, 6, null);
        reset(message(MessageType.OPEN, hex("04 fde9 00b4 00000000 00")), 2, 3, null);
        reset(message(MessageType.OPEN, hex("04 fde9 00b4 01010101 04 0102 0000")), 2, 4, null);
        reset(message(MessageType.OPEN, hex("04 fde9 00b4 01010101 05 0203 0104 00")), 2, 0, null);
        reset(message(MessageType.OPEN, hex("04 fde9 00b4 01010101 06 0204 0102 0001")), 2, 0, null);
        reset(message(MessageType.OPEN, hex("04 fde9 00b4 01010101 08 0206 4104 00000000")), 2, 2, null);
        assertEquals(ErrorAction.NONE, MessageDecoder.decode(message(MessageType.OPEN,
                hex("04 fde9 0000 01010101 00")), CTX).action(), "hold time 0 is fine");
    }

    @Test
    void notificationNamesAsFrrLogsThem() {
        NotificationMessage n = (NotificationMessage) roundTrip(message(MessageType.NOTIFICATION, hex("0400")));
        assertEquals("Hold Timer Expired", n.description());
        assertEquals("OPEN Message Error/Bad Peer AS", NotificationMessage.of(2, 2).description());
        assertEquals("UPDATE Message Error/Malformed AS_PATH", NotificationMessage.of(3, 11).description());
        assertEquals("Cease/Peer De-configured", NotificationMessage.of(6, 3).description());
        assertEquals("Neighbor Events Error/Receive Unexpected Message in OpenSent State",
                NotificationMessage.of(5, 1).description());
        assertEquals("ROUTE-REFRESH Message Error/Invalid Message Length", NotificationMessage.of(7, 1).description());
        assertEquals("Message Header ErrorUnrecognized Error Subcode", NotificationMessage.of(1, 9).description());
        NotificationMessage shut = NotificationMessage.cease(ErrorCodes.CEASE_ADMIN_SHUTDOWN, "maintenance");
        assertEquals("maintenance", ((NotificationMessage) roundTrip(MessageEncoder.encode(shut, CTX)))
                .shutdownCommunication());
    }

    @Test
    void routeRefreshSubtypes() {
        assertEquals(RouteRefreshMessage.request(AddressFamily.IPV4_VPN),
                roundTrip(message(MessageType.ROUTE_REFRESH, hex("0001 00 80"))));
        RouteRefreshMessage borr = (RouteRefreshMessage) roundTrip(message(MessageType.ROUTE_REFRESH, hex("0002 01 01")));
        assertEquals(RouteRefreshMessage.BEGINNING_OF_REFRESH, borr.subtype());
        assertEquals(AddressFamily.IPV6_UNICAST, borr.family());
        assertTrue(((RouteRefreshMessage) roundTrip(message(MessageType.ROUTE_REFRESH, hex("0001 02 01"))))
                .isKnownSubtype());
        assertTrue(!((RouteRefreshMessage) roundTrip(message(MessageType.ROUTE_REFRESH, hex("0001 07 01"))))
                .isKnownSubtype());
        byte[] longEorr = message(MessageType.ROUTE_REFRESH, hex("0001 02 01 00"));
        reset(longEorr, 7, 1, java.util.HexFormat.of().formatHex(longEorr));
        reset(message(MessageType.ROUTE_REFRESH, hex("0001 00 01 00")), 1, 2, "0018");
        reset(message(MessageType.ROUTE_REFRESH, hex("0001 00")), 1, 2, "0016");
    }
}
