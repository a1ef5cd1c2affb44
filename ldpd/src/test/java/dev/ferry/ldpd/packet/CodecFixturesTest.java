package dev.ferry.ldpd.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ldpd.packet.message.MessageDecoder;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.tlv.TlvDecoder;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every TLV and message type both ways: decode(bytes) equals the value, encode(value) equals the bytes. */
class CodecFixturesTest {
    static final List<Fixtures.TlvCase> TLVS = Fixtures.TLVS;
    static final List<Fixtures.MessageCase> MESSAGES = Fixtures.MESSAGES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("TLVS")
    void tlvBothWays(Fixtures.TlvCase c) {
        byte[] bytes = Fixtures.hex(c.hex());
        assertEquals(c.tlv(), TlvDecoder.decode(bytes).value());
        WireWriter w = new WireWriter();
        c.tlv().encode(w);
        assertArrayEquals(bytes, w.toByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("MESSAGES")
    void messageBothWays(Fixtures.MessageCase c) {
        byte[] bytes = Fixtures.hex(c.hex());
        assertEquals(c.message(), MessageDecoder.decode(bytes).value());
        assertArrayEquals(bytes, c.message().toBytes());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("MESSAGES")
    void messageInAPduBothWays(Fixtures.MessageCase c) {
        byte[] bytes = Fixtures.pdu(c.hex());
        var result = PduDecoder.decode(bytes);
        assertEquals(List.of(c.message()), result.messages());
        assertArrayEquals(bytes, Pdu.of(LdpId.of("1.1.1.1"), c.message()).toBytes());
    }

    @org.junit.jupiter.api.Test
    void aPduCarriesSeveralMessages() {
        String all = String.join(" ", MESSAGES.stream().map(Fixtures.MessageCase::hex).toList());
        var result = PduDecoder.decode(Fixtures.pdu(all));
        assertEquals(MESSAGES.stream().map(Fixtures.MessageCase::message).toList(), result.messages());
        assertArrayEquals(Fixtures.pdu(all), result.pdu().orElseThrow().toBytes());
    }
}
