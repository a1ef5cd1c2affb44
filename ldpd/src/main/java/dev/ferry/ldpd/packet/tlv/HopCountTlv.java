package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Hop Count TLV (RFC 5036 section 3.4.3), for loop detection; 0 means unknown:
 * <pre>
 * |0|0| Hop Count (0x0103)        |      Length (1)               |
 * |   HC Value    |
 * </pre>
 */
public record HopCountTlv(int hopCount) implements KnownTlv {
    public HopCountTlv {
        if (hopCount < 0 || hopCount > 255) {
            throw new IllegalArgumentException("hop count " + hopCount);
        }
    }

    @Override
    public TlvType type() {
        return TlvType.HOP_COUNT;
    }

    public static HopCountTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 1, TlvType.HOP_COUNT);
        return new HopCountTlv(value.u8("hop count"));
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u8(hopCount);
    }
}
