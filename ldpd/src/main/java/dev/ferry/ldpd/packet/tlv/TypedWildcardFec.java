package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.Bytes;
import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.util.Optional;

/**
 * Typed Wildcard FEC element (RFC 5918 section 3): every FEC of one element type, e.g. all IPv4 prefixes.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Typed Wcard (5)| Type = Prefix |   Len = 2     |  Address...   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | ...Family     |
 * +-+-+-+-+-+-+-+-+
 * </pre>
 * The type info depends on the element type: an address family for Prefix (RFC 5918 section 4), a PW type for
 * PWid (RFC 6667). Like FRR, other element types are Unknown FEC; a type info of the wrong size is Bad TLV Length;
 * a Prefix type info with another family is Unsupported Address Family.
 */
public record TypedWildcardFec(int fecType, Bytes typeInfo) implements FecElement {
    public TypedWildcardFec {
        if (fecType < 0 || fecType > 255 || typeInfo.length() > 255) {
            throw new IllegalArgumentException("typed wildcard for element type " + fecType);
        }
    }

    /** All prefixes of a family, as FRR sends in End-of-LIB and typed wildcard withdraws. */
    public static TypedWildcardFec prefixes(AddressFamily family) {
        return new TypedWildcardFec(PREFIX, Bytes.of(new byte[] {0, (byte) family.number()}));
    }

    /** The family when this is a Prefix typed wildcard. */
    public Optional<AddressFamily> prefixFamily() {
        if (fecType != PREFIX || typeInfo.length() != 2) {
            return Optional.empty();
        }
        byte[] b = typeInfo.toArray();
        return AddressFamily.of(((b[0] & 0xff) << 8) | (b[1] & 0xff));
    }

    @Override
    public int elementType() {
        return TYPED_WILDCARD;
    }

    /** Reads the element after its type byte. */
    static TypedWildcardFec decodeBody(WireReader r) throws DecodeException {
        int type = r.u8("typed wildcard element type");
        int infoLength = r.u8("typed wildcard type info length");
        Bytes info = Bytes.of(r.bytes(infoLength, "typed wildcard type info"));
        TypedWildcardFec fec = new TypedWildcardFec(type, info);
        switch (type) {
            case PREFIX -> {
                if (infoLength != 2) {
                    throw new DecodeException(StatusCode.BAD_TLV_LENGTH, "typed wildcard prefix info of " + infoLength);
                }
                if (fec.prefixFamily().isEmpty()) {
                    throw new DecodeException(StatusCode.UNSUPPORTED_ADDRESS_FAMILY,
                            "typed wildcard prefix family " + info);
                }
            }
            case PWID -> {
                if (infoLength != 2) {
                    throw new DecodeException(StatusCode.BAD_TLV_LENGTH, "typed wildcard PW info of " + infoLength);
                }
            }
            default -> throw new DecodeException(StatusCode.UNKNOWN_FEC, "typed wildcard of element type " + type);
        }
        return fec;
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(TYPED_WILDCARD).u8(fecType).u8(typeInfo.length());
        typeInfo.writeTo(w);
    }

    @Override
    public String toString() {
        return "typed wildcard " + prefixFamily().map(f -> f + " prefixes").orElse("type " + fecType + " " + typeInfo);
    }
}
