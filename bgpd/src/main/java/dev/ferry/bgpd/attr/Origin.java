package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * ORIGIN (type 1, well-known mandatory, RFC 4271 section 5.1.1): one octet, IGP, EGP or INCOMPLETE.
 * Malformed (length other than 1, value above 2) is treat-as-withdraw (RFC 7606 section 7.1).
 */
public record Origin(int value, int flags) implements PathAttribute {
    public static final int IGP = 0;
    public static final int EGP = 1;
    public static final int INCOMPLETE = 2;

    public static Origin of(int value) {
        return new Origin(value, AttributeType.WELL_KNOWN);
    }

    static Origin decode(ByteBuffer v, int flags) {
        if (v.remaining() != 1 || (v.get(0) & 0xff) > INCOMPLETE) {
            return null;
        }
        return new Origin(v.get(0) & 0xff, flags);
    }

    @Override
    public int type() {
        return AttributeType.ORIGIN;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return 1;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.put((byte) value);
    }

    /** FRR's one-letter code in route listings: "i", "e", "?". */
    public String code() {
        return switch (value) {
            case IGP -> "i";
            case EGP -> "e";
            default -> "?";
        };
    }

    @Override
    public String toString() {
        return switch (value) {
            case IGP -> "IGP";
            case EGP -> "EGP";
            default -> "incomplete";
        };
    }
}
