package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Returned Message TLV (RFC 5036 section 3.5.1.1), optional in a Notification: the LDP message (type, length and as much of the rest as the sender chose) that caused the status, kept as bytes.
 * <pre>
 * |U|F| Returned Message (0x0303)      |      Length                   |
 * ~                           Value                               ~
 * </pre>
 */
public record ReturnedMessageTlv(Bytes message) implements KnownTlv {
    @Override
    public TlvType type() {
        return TlvType.RETURNED_MESSAGE;
    }

    public static ReturnedMessageTlv decode(WireReader value) throws DecodeException {
        return new ReturnedMessageTlv(Bytes.of(value.bytes(value.remaining(), "message")));
    }

    @Override
    public void encodeValue(WireWriter w) {
        message.writeTo(w);
    }
}
