package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Returned TLVs TLV (RFC 5561 section 6), optional in a Notification of Unsupported Capability: the capability TLVs the sender did not understand, kept as bytes.
 * <pre>
 * |U|F| Returned TLVs (0x0304)      |      Length                   |
 * ~                           Value                               ~
 * </pre>
 */
public record ReturnedTlvsTlv(Bytes tlvs) implements KnownTlv {
    @Override
    public TlvType type() {
        return TlvType.RETURNED_TLVS;
    }

    public static ReturnedTlvsTlv decode(WireReader value) throws DecodeException {
        return new ReturnedTlvsTlv(Bytes.of(value.bytes(value.remaining(), "tlvs")));
    }

    @Override
    public void encodeValue(WireWriter w) {
        tlvs.writeTo(w);
    }
}
