package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Returned PDU TLV (RFC 5036 section 3.5.1.1), optional in a Notification: the LDP PDU (header and as much of the rest as the sender chose) that caused the status, kept as bytes.
 * <pre>
 * |U|F| Returned PDU (0x0302)      |      Length                   |
 * ~                           Value                               ~
 * </pre>
 */
public record ReturnedPduTlv(Bytes pdu) implements KnownTlv {
    @Override
    public TlvType type() {
        return TlvType.RETURNED_PDU;
    }

    public static ReturnedPduTlv decode(WireReader value) throws DecodeException {
        return new ReturnedPduTlv(Bytes.of(value.bytes(value.remaining(), "pdu")));
    }

    @Override
    public void encodeValue(WireWriter w) {
        pdu.writeTo(w);
    }
}
