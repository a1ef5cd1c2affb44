package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Generic Label TLV (RFC 5036 section 3.4.2.1): a 20-bit MPLS label in a 4-byte field.
 * <pre>
 * |0|0| Generic Label (0x0200)    |      Length (4)               |
 * |     Label                                                     |
 * </pre>
 * As FRR does, a value above 20 bits or a reserved label other than IPv4 explicit null (0), IPv6 explicit null
 * (2) and implicit null (3) is a Malformed TLV Value.
 */
public record GenericLabelTlv(int label) implements KnownTlv {
    public static final int IPV4_EXPLICIT_NULL = 0;
    public static final int IPV6_EXPLICIT_NULL = 2;
    public static final int IMPLICIT_NULL = 3;
    public static final int MAX_LABEL = 0xFFFFF;
    public static final int MAX_RESERVED = 15;

    public GenericLabelTlv {
        if (!valid(label)) {
            throw new IllegalArgumentException("label " + label + " cannot be advertised");
        }
    }

    /** Whether a label may appear in a Generic Label TLV. */
    public static boolean valid(int label) {
        return label >= 0 && label <= MAX_LABEL && (label > MAX_RESERVED || label == IPV4_EXPLICIT_NULL
                || label == IPV6_EXPLICIT_NULL || label == IMPLICIT_NULL);
    }

    @Override
    public TlvType type() {
        return TlvType.GENERIC_LABEL;
    }

    public static GenericLabelTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 4, TlvType.GENERIC_LABEL);
        int label = value.u32("label");
        if (!valid(label)) {
            throw TlvValues.malformed(TlvType.GENERIC_LABEL, "label " + Integer.toUnsignedString(label));
        }
        return new GenericLabelTlv(label);
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u32(label);
    }
}
