package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * LOCAL_PREF (type 5, well-known, iBGP only; RFC 4271 section 5.1.5): a 4-byte unsigned preference. From an
 * eBGP peer it is discarded; from an iBGP peer a length other than 4 is treat-as-withdraw (RFC 7606 section
 * 7.5).
 */
public record LocalPref(long value, int flags) implements PathAttribute {
    public static LocalPref of(long value) {
        return new LocalPref(value, AttributeType.WELL_KNOWN);
    }

    static LocalPref decode(ByteBuffer v, int flags) {
        return v.remaining() != 4 ? null : new LocalPref(v.getInt(0) & 0xffffffffL, flags);
    }

    @Override
    public int type() {
        return AttributeType.LOCAL_PREF;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return 4;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.putInt((int) value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
