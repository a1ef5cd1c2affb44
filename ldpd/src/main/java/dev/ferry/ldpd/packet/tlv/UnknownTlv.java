package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * A TLV this codec does not decode, kept as it came: its U and F bits, type and value bytes. With U clear the
 * message carrying it is refused (Unknown TLV), except in Initialization and Capability messages where the session
 * answers Unsupported Capability (RFC 5561); with U set it is ignored, and forwarded with the message when F is set.
 */
public record UnknownTlv(boolean unknownBit, boolean forwardBit, int typeCode, Bytes value) implements Tlv {
    public UnknownTlv {
        if (typeCode < 0 || typeCode > TlvType.TYPE_MASK || value.length() > 0xffff) {
            throw new IllegalArgumentException("TLV type " + typeCode);
        }
    }

    @Override
    public void encodeValue(WireWriter w) {
        value.writeTo(w);
    }
}
