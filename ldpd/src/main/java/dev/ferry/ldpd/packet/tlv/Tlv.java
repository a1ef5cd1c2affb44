package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.WireWriter;

/**
 * An LDP TLV (RFC 5036 section 3.3):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |U|F|        Type               |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                             Value                             |
 * ~                                                               ~
 * </pre>
 * U: an unknown TLV with U clear makes the receiver refuse the whole message (Unknown TLV); with U set the TLV is
 * ignored. F (only with U set): forward an unknown TLV with the message. Known TLVs are encoded with their
 * type's bits ({@link TlvType}); {@link UnknownTlv} keeps the bits it arrived with.
 */
public sealed interface Tlv permits KnownTlv, UnknownTlv {
    int HEADER_SIZE = 4;

    /** The 14-bit type. */
    int typeCode();

    boolean unknownBit();

    boolean forwardBit();

    /** Writes the value (without the header). */
    void encodeValue(WireWriter w);

    /** Writes the header and value, the length computed from the value. */
    default void encode(WireWriter w) {
        w.u16((unknownBit() ? TlvType.U_BIT : 0) | (forwardBit() ? TlvType.F_BIT : 0) | typeCode());
        int lengthAt = w.position();
        w.u16(0);
        int start = w.position();
        encodeValue(w);
        w.patchU16(lengthAt, w.position() - start);
    }
}
