package dev.ferry.ldpd.runtime;

import static dev.ferry.ldpd.runtime.SessionPeer.PEER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.FecNexthop;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.message.LabelMappingMessage;
import dev.ferry.ldpd.packet.message.LabelRequestMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.NotificationMessage;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.tlv.AddressFamily;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFec;
import dev.ferry.ldpd.session.SessionState;
import dev.ferry.proto.zebra.v1.LabelChunk;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End-of-LIB (RFC 5919) on a session with a scripted peer: sent after the initial advertisement (IPv4 then IPv6,
 * as FRR's fec_snap) only to a peer that announced Unrecognized Notification, sent again after answering a Typed
 * Wildcard Label Request, and accepted from the peer without an answer.
 */
class EndOfLibTest {
    /** FRR's End-of-LIB for IPv4 prefixes: Status End-of-LIB (0x2f, E and F clear) and a Typed Wildcard FEC. */
    private static final String IPV4_END_OF_LIB_BODY = "0300000a0000002f000000000000" + "010000050502020001";
    private final SessionPeer peer = new SessionPeer();

    @BeforeEach
    void lib() {
        var lib = peer.service.lib();
        lib.policy(false, Set.of(2));
        peer.service.onLabelChunk(LabelChunk.newBuilder().setStart(16).setEnd(79).build());
        lib.routeUpdated(Fec.parse("10.1.0.0/24"), true, List.of(new FecNexthop(0, 2)));
        lib.routeUpdated(Fec.parse("10.2.0.0/24"), false, List.of(new FecNexthop(Ipv4.parse("10.1.0.2"), 2)));
    }

    @AfterEach
    void tearDown() {
        peer.close();
    }

    @Test
    void sentAfterTheInitialMappingsToAPeerWithTheCapability() {
        SessionPeer.MemoryTransport t = peer.up(true);
        List<Message> sent = t.messages();
        int firstEnd = indexOfEndOfLib(sent);
        assertTrue(firstEnd > 0, "End-of-LIB sent: " + sent);
        List<Message> mappings = sent.subList(0, firstEnd).stream()
                .filter(LabelMappingMessage.class::isInstance).toList();
        assertEquals(2, mappings.size(), "both bindings before the End-of-LIB");
        assertEquals(firstEnd + 2, sent.size(), "End-of-LIB for IPv4 then IPv6 closes the advertisement");
        NotificationMessage v4 = (NotificationMessage) sent.get(firstEnd);
        NotificationMessage v6 = (NotificationMessage) sent.get(firstEnd + 1);
        assertEquals(AddressFamily.IPV4, EndOfLib.family(v4).orElseThrow());
        assertEquals(AddressFamily.IPV6, EndOfLib.family(v6).orElseThrow());
        assertFalse(v4.status().fatal());
        byte[] bytes = Pdu.of(SessionPeer.LOCAL, v4).toBytes();
        String hex = HexFormat.of().formatHex(bytes);
        assertTrue(hex.endsWith(IPV4_END_OF_LIB_BODY), hex);
        assertEquals(Set.of(AddressFamily.IPV4, AddressFamily.IPV6), peer.neighbor.endOfLibSent);
    }

    @Test
    void notSentToAPeerWithoutTheCapability() {
        SessionPeer.MemoryTransport t = peer.up(false);
        assertEquals(-1, indexOfEndOfLib(t.messages()));
        assertTrue(peer.neighbor.endOfLibSent.isEmpty());
    }

    @Test
    void thePeersEndOfLibIsAcceptedSilently() {
        SessionPeer.MemoryTransport t = peer.up(true);
        t.sent.clear();
        peer.send(EndOfLib.notification(peer.id(), AddressFamily.IPV4));
        assertTrue(t.sent.isEmpty(), "no answer");
        assertFalse(t.closed);
        assertEquals(SessionState.OPERATIONAL, peer.neighbor.state());
        assertEquals(Set.of(AddressFamily.IPV4), peer.neighbor.endOfLibReceived);
    }

    @Test
    void aTypedWildcardRequestGetsEveryBindingThenEndOfLib() {
        SessionPeer.MemoryTransport t = peer.up(true);
        t.sent.clear();
        peer.send(new LabelRequestMessage(peer.id(), FecTlv.of(TypedWildcardFec.prefixes(AddressFamily.IPV4))));
        List<Message> sent = t.messages();
        assertEquals(3, sent.size(), sent.toString());
        assertTrue(sent.get(0) instanceof LabelMappingMessage && sent.get(1) instanceof LabelMappingMessage);
        assertEquals(AddressFamily.IPV4, EndOfLib.family((NotificationMessage) sent.get(2)).orElseThrow());
        assertEquals(StatusCode.END_OF_LIB, ((NotificationMessage) sent.get(2)).status().status().orElseThrow());
        assertEquals(PEER, peer.neighbor.id());
    }

    private static int indexOfEndOfLib(List<Message> sent) {
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i) instanceof NotificationMessage n && EndOfLib.family(n).isPresent()) {
                return i;
            }
        }
        return -1;
    }
}
