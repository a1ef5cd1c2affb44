package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.WireWriter;
import dev.ferry.ldpd.packet.tlv.Tlv;
import java.util.List;

/**
 * A message of a type this codec does not know, with its U bit set (with U clear it is refused as Unknown
 * Message Type instead): the receiver ignores it silently (RFC 5036 section 3.5.1.2.1). Kept as bytes.
 */
public record UnknownMessage(boolean unknownBit, int typeCode, int messageId, Bytes body) implements Message {
    public UnknownMessage {
        if (typeCode < 0 || typeCode > MessageType.TYPE_MASK) {
            throw new IllegalArgumentException("message type " + typeCode);
        }
    }

    @Override
    public List<Tlv> parameters() {
        return List.of();
    }

    @Override
    public void encodeParameters(WireWriter w) {
        body.writeTo(w);
    }
}
