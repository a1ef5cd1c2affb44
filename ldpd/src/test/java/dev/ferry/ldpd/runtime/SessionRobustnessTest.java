package dev.ferry.ldpd.runtime;

import static dev.ferry.ldpd.runtime.SessionPeer.PEER;
import static dev.ferry.ldpd.runtime.SessionPeer.concat;
import static dev.ferry.ldpd.runtime.SessionPeer.label;
import static dev.ferry.ldpd.runtime.SessionPeer.message;
import static dev.ferry.ldpd.runtime.SessionPeer.pdu;
import static dev.ferry.ldpd.runtime.SessionPeer.prefixFec;
import static dev.ferry.ldpd.runtime.SessionPeer.tlv;
import static dev.ferry.ldpd.runtime.SessionPeer.u16;
import static dev.ferry.ldpd.runtime.SessionPeer.u32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.FecNode;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.AddressMessage;
import dev.ferry.ldpd.packet.message.AddressWithdrawMessage;
import dev.ferry.ldpd.packet.message.KeepAliveMessage;
import dev.ferry.ldpd.packet.message.LabelMappingMessage;
import dev.ferry.ldpd.packet.message.LabelReleaseMessage;
import dev.ferry.ldpd.packet.message.LabelRequestMessage;
import dev.ferry.ldpd.packet.message.LabelWithdrawMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.NotificationMessage;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.AddressListTlv;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.ldpd.packet.tlv.PrefixFec;
import dev.ferry.ldpd.packet.tlv.StatusTlv;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFec;
import dev.ferry.ldpd.session.SessionState;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed input on an OPERATIONAL session (RFC 5036 sections 3.5.1.2 and 3.9): for each case, the Notification
 * this LSR must answer with (or none), and what happens to the session: a fatal status closes it and a new
 * connection brings it back; an advisory one leaves it up and the next good message is processed. No exception
 * may reach the transport's reader, and none may be swallowed as an internal error either.
 */
class SessionRobustnessTest {
    private static final int MAPPING = 0x0400;
    private static final int ADDRESS = 0x0300;
    private static final int INITIALIZATION = 0x0200;
    private final SessionPeer peer = new SessionPeer();

    @AfterEach
    void tearDown() {
        peer.close();
    }

    /** One malformed input: the status required in return (null: none), and whether the session must close. */
    record Case(String name, byte[] bytes, StatusCode expected, boolean closes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] mapping(int id, byte[]... tlvs) {
        return pdu(message(MAPPING, id, tlvs));
    }

    private static byte[] keepalive() {
        return pdu(message(0x0201, 77));
    }

    static Stream<Case> cases() {
        byte[] fec = prefixFec(10, 9, 0, 0, 24);
        byte[] goodLabel = label(100);
        byte[] badVersion = keepalive();
        badVersion[1] = 2;
        byte[] badId = keepalive();
        badId[7] = 3;
        byte[] longPdu = concat(u16(1), u16(5000), PEER.lsrId().getAddress(), u16(0), message(0x0201, 1));
        byte[] shortPdu = concat(u16(1), u16(4), PEER.lsrId().getAddress());
        byte[] messageTooLong = pdu(concat(u16(0x0201), u16(40), u32(5)));
        byte[] messageTooShort = pdu(concat(u16(0x0201), u16(2), u32(5)));
        byte[] tlvTooLong = pdu(concat(u16(MAPPING), u16(4 + 4 + 4), u32(9), u16(0x0100), u16(30), u32(0)));
        return Stream.of(
                new Case("bad protocol version", badVersion, StatusCode.BAD_PROTOCOL_VERSION, true),
                new Case("PDU length above the maximum", longPdu, StatusCode.BAD_PDU_LENGTH, true),
                new Case("PDU length below a message header", shortPdu, StatusCode.BAD_PDU_LENGTH, true),
                new Case("another LSR's LDP identifier", badId, StatusCode.BAD_LDP_IDENTIFIER, true),
                new Case("message length past the PDU", messageTooLong, StatusCode.BAD_MESSAGE_LENGTH, true),
                new Case("message length below its id", messageTooShort, StatusCode.BAD_MESSAGE_LENGTH, true),
                new Case("unknown message type, U clear", pdu(message(0x3e00, 10, tlv(0x3e01, u32(1)))),
                        StatusCode.UNKNOWN_MESSAGE_TYPE, false),
                new Case("unknown message type, U set", pdu(message(0x8000 | 0x3e00, 11, tlv(0x3e01, u32(1)))),
                        null, false),
                new Case("unknown TLV, U clear F clear", mapping(12, fec, goodLabel, tlv(0x3f00, u32(1))),
                        StatusCode.UNKNOWN_TLV, false),
                new Case("unknown TLV, U clear F set", mapping(13, fec, goodLabel, tlv(0x4000 | 0x3f00, u32(1))),
                        StatusCode.UNKNOWN_TLV, false),
                new Case("unknown TLV, U set F clear", mapping(14, fec, goodLabel, tlv(0x8000 | 0x3f00, u32(1))),
                        null, false),
                new Case("unknown TLV, U set F set", mapping(15, fec, goodLabel, tlv(0xc000 | 0x3f00, u32(1))),
                        null, false),
                new Case("unknown FEC element type", mapping(16, tlv(0x0100, new byte[] {7, 0, 1}), goodLabel),
                        StatusCode.UNKNOWN_FEC, false),
                new Case("wildcard FEC in a Label Mapping", mapping(17, tlv(0x0100, new byte[] {1}), goodLabel),
                        StatusCode.UNKNOWN_FEC, false),
                new Case("prefix FEC of an unknown family", mapping(18, tlv(0x0100, new byte[] {2, 0, 9, 8, 10}),
                        goodLabel), StatusCode.UNSUPPORTED_ADDRESS_FAMILY, false),
                new Case("prefix FEC longer than 32 bits", mapping(19, tlv(0x0100,
                        new byte[] {2, 0, 1, 33, 10, 9, 0, 0, 0}), goodLabel), StatusCode.MALFORMED_TLV_VALUE, true),
                new Case("empty FEC TLV", mapping(20, tlv(0x0100, new byte[0]), goodLabel),
                        StatusCode.MALFORMED_TLV_VALUE, true),
                new Case("Label Mapping without a label", mapping(21, fec),
                        StatusCode.MISSING_MESSAGE_PARAMETERS, false),
                new Case("Label Mapping without a FEC", mapping(22, goodLabel),
                        StatusCode.MISSING_MESSAGE_PARAMETERS, false),
                new Case("label TLV of 3 bytes", mapping(23, fec, tlv(0x0200, new byte[] {0, 0, 100})),
                        StatusCode.BAD_TLV_LENGTH, true),
                new Case("reserved label 1", mapping(24, fec, label(1)), StatusCode.MALFORMED_TLV_VALUE, true),
                new Case("label above 2^20-1", mapping(25, fec, label(0x100000)), StatusCode.MALFORMED_TLV_VALUE,
                        true),
                new Case("TLV length past the message", tlvTooLong, StatusCode.BAD_TLV_LENGTH, true),
                new Case("Address of an unknown family", pdu(message(ADDRESS, 26, tlv(0x0101,
                        concat(u16(9), u32(0x0a000001))))), StatusCode.UNSUPPORTED_ADDRESS_FAMILY, false),
                new Case("Address List not a multiple of 4 bytes", pdu(message(ADDRESS, 27, tlv(0x0101,
                        concat(u16(1), u16(0x0a00))))), StatusCode.BAD_TLV_LENGTH, true),
                new Case("Initialization on an operational session", pdu(message(INITIALIZATION, 28,
                        tlv(0x0500, concat(u16(1), u16(180), u16(0), u16(0), PEER.lsrId().getAddress(), u16(0))))),
                        StatusCode.SHUTDOWN, true),
                new Case("Notification without a Status TLV", pdu(message(0x0001, 29)),
                        StatusCode.MISSING_MESSAGE_PARAMETERS, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithTheRequiredNotification(Case c) {
        SessionPeer.MemoryTransport first = peer.up();
        first.sent.clear();
        peer.feed(c.bytes());
        List<NotificationMessage> sent = first.notifications();
        if (c.expected() == null) {
            assertTrue(sent.isEmpty(), () -> "no notification expected, sent " + sent);
        } else {
            assertEquals(1, sent.size(), () -> "one notification expected, sent " + sent);
            StatusTlv status = sent.get(0).status();
            assertEquals(c.expected(), status.status().orElseThrow(), "status");
            assertEquals(c.closes(), status.fatal(), "E bit");
            if (!c.closes()) {
                int id = java.nio.ByteBuffer.wrap(c.bytes(), 14, 4).getInt();
                assertEquals(id, status.messageId(), "the Status TLV names the refused message");
            }
        }
        assertEquals(0, peer.neighbor.internalErrors, "internal errors");
        if (c.closes()) {
            assertTrue(first.closed, "the session's connection is closed");
            assertEquals(SessionState.NON_EXISTENT, peer.neighbor.state());
            peer.up();
        } else {
            assertFalse(first.closed, "an advisory error keeps the session");
            assertEquals(SessionState.OPERATIONAL, peer.neighbor.state());
        }
        assertMappingProcessed("10.200.0.0/16", 444);
    }

    @Test
    void aFatalNotificationFromThePeerClosesWithoutAnswerAndASessionComesBack() {
        SessionPeer.MemoryTransport first = peer.up();
        peer.send(new LabelMappingMessage(peer.id(), FecTlv.of(PrefixFec.of("10.9.0.0/24")), new GenericLabelTlv(99)));
        assertEquals(99, remoteLabel("10.9.0.0/24"));
        first.sent.clear();
        peer.send(NotificationMessage.of(peer.id(), StatusTlv.of(StatusCode.SHUTDOWN, 0, 0)));
        assertTrue(first.sent.isEmpty(), "no answer to a fatal notification");
        assertTrue(first.closed);
        assertEquals(SessionState.NON_EXISTENT, peer.neighbor.state());
        assertNull(remoteLabel("10.9.0.0/24"), "the peer's mappings go with its session");
        peer.up();
        assertMappingProcessed("10.9.0.0/24", 98);
    }

    @Test
    void anAdvisoryNotificationFromThePeerKeepsTheSession() {
        SessionPeer.MemoryTransport first = peer.up();
        first.sent.clear();
        peer.send(NotificationMessage.of(peer.id(), StatusTlv.of(StatusCode.NO_ROUTE, 5, 0x0401)));
        assertTrue(first.sent.isEmpty());
        assertFalse(first.closed);
        assertMappingProcessed("10.8.0.0/24", 97);
    }

    @Test
    void theConnectionDroppingUnderTheSessionFlapsItBack() {
        for (int round = 0; round < 3; round++) {
            SessionPeer.MemoryTransport t = peer.up();
            assertMappingProcessed("10.7.0.0/24", 100 + round);
            peer.neighbor.closed(t, "reset by the test");
            assertEquals(SessionState.NON_EXISTENT, peer.neighbor.state());
            assertNull(remoteLabel("10.7.0.0/24"));
        }
    }

    /**
     * Random corruption of every message an operational session carries: bytes flipped, PDUs cut short or
     * padded, fed in random chunks. Whatever arrives, no exception escapes, no internal error is counted, every
     * fatal Notification comes with a closed connection, and the session always comes back.
     */
    @Test
    void randomCorruptionNeverBreaksTheDaemon() {
        Random random = new Random(5036);
        List<byte[]> valid = validPdus();
        int fatal = 0;
        int advisory = 0;
        peer.up();
        for (int i = 0; i < 4000; i++) {
            byte[] base = valid.get(random.nextInt(valid.size()));
            byte[] bytes = corrupt(base, random);
            SessionPeer.MemoryTransport t = peer.transport;
            t.sent.clear();
            try {
                int at = 0;
                while (at < bytes.length && !t.closed) {
                    int n = 1 + random.nextInt(bytes.length - at);
                    peer.feed(java.util.Arrays.copyOfRange(bytes, at, at + n));
                    at += n;
                }
            } catch (RuntimeException e) {
                fail("input " + java.util.HexFormat.of().formatHex(bytes) + " threw", e);
            }
            assertEquals(0, peer.neighbor.internalErrors,
                    () -> "internal error on " + java.util.HexFormat.of().formatHex(bytes));
            for (NotificationMessage n : t.notifications()) {
                if (n.status().fatal()) {
                    assertTrue(t.closed, "a fatal notification closes the connection");
                    fatal++;
                } else if (n.status().status().orElse(null) != StatusCode.END_OF_LIB) {
                    advisory++;
                }
            }
            if (!t.closed && peer.neighbor.buffered() > 0) {
                // a length grown by the corruption waits for bytes that will never come: the peer's side would
                // time out; the test drops the connection instead
                peer.neighbor.closed(t, "the test drops a stream left in the middle of a PDU");
            }
            if (t.closed) {
                assertEquals(SessionState.NON_EXISTENT, peer.neighbor.state());
                peer.up();
            }
            assertEquals(SessionState.OPERATIONAL, peer.neighbor.state());
        }
        assertTrue(fatal > 100 && advisory > 100, "fatal " + fatal + ", advisory " + advisory);
        assertMappingProcessed("10.6.0.0/24", 321);
    }

    private List<byte[]> validPdus() {
        List<Message> messages = new ArrayList<>();
        PrefixFec fec = PrefixFec.of("10.5.0.0/24");
        messages.add(new LabelMappingMessage(1, FecTlv.of(fec), new GenericLabelTlv(200)));
        messages.add(new LabelWithdrawMessage(2, FecTlv.of(fec), Optional.of(new GenericLabelTlv(200))));
        messages.add(new LabelWithdrawMessage(3, FecTlv.of(TypedWildcardFec.prefixes(AddressFamily.IPV4)),
                Optional.empty()));
        messages.add(new LabelReleaseMessage(4, FecTlv.of(fec), Optional.of(new GenericLabelTlv(16))));
        messages.add(new LabelRequestMessage(5, FecTlv.of(fec)));
        messages.add(new AddressMessage(6, new AddressListTlv(AddressFamily.IPV4, List.of(inet("10.0.0.2")))));
        messages.add(new AddressWithdrawMessage(7, new AddressListTlv(AddressFamily.IPV4,
                List.of(inet("10.0.0.2")))));
        messages.add(NotificationMessage.of(8, StatusTlv.of(StatusCode.NO_ROUTE, 1, 0x0401)));
        messages.add(NotificationMessage.endOfLib(9, TypedWildcardFec.prefixes(AddressFamily.IPV4)));
        messages.add(new KeepAliveMessage(10));
        List<byte[]> out = new ArrayList<>();
        for (Message m : messages) {
            out.add(Pdu.of(PEER, m).toBytes());
        }
        return out;
    }

    private static byte[] corrupt(byte[] base, Random random) {
        byte[] b = base.clone();
        switch (random.nextInt(4)) {
            case 0 -> b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> {
                // a header field: the PDU's, the message's or a TLV's type or length
                int at = random.nextInt(Math.min(b.length, 30));
                b[at] = (byte) random.nextInt(256);
            }
            case 2 -> {
                for (int k = 0; k < 3; k++) {
                    b[10 + random.nextInt(b.length - 10)] = (byte) random.nextInt(256);
                }
            }
            default -> {
                // a length that disagrees with the bytes: shrink or grow the tail, keeping the header's length
                int cut = random.nextInt(b.length - 10);
                b = java.util.Arrays.copyOf(b, 10 + cut);
                b[2] = (byte) ((b.length - 4) >> 8);
                b[3] = (byte) (b.length - 4);
            }
        }
        return b;
    }

    private void assertMappingProcessed(String prefix, int label) {
        peer.send(new LabelMappingMessage(peer.id(), FecTlv.of(PrefixFec.of(prefix)), new GenericLabelTlv(label)));
        assertEquals(label, remoteLabel(prefix), "the session processes a good mapping");
    }

    private Integer remoteLabel(String prefix) {
        FecNode n = peer.service.lib().node(Fec.parse(prefix));
        return n == null ? null : n.remoteLabels().get(PEER);
    }

    private static InetAddress inet(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }
}
