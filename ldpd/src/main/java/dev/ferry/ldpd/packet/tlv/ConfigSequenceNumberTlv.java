package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Configuration Sequence Number TLV (RFC 5036 section 3.5.2): bumped by the sender on each configuration
 * change, so a receiver knows its stored hello parameters are stale.
 * <pre>
 * |0|0| Config Seq. Number(0x0402)|      Length (4)               |
 * |                      Sequence Number                          |
 * </pre>
 */
public record ConfigSequenceNumberTlv(long sequence) implements KnownTlv {
    public ConfigSequenceNumberTlv {
        if (sequence < 0 || sequence > 0xffffffffL) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
    }

    @Override
    public TlvType type() {
        return TlvType.CONFIG_SEQUENCE_NUMBER;
    }

    public static ConfigSequenceNumberTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 4, TlvType.CONFIG_SEQUENCE_NUMBER);
        return new ConfigSequenceNumberTlv(Integer.toUnsignedLong(value.u32("sequence number")));
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u32((int) sequence);
    }
}
