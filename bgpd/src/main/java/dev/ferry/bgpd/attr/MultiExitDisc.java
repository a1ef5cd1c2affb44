package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * MULTI_EXIT_DISC (type 4, optional non-transitive, RFC 4271 section 5.1.4): a 4-byte unsigned metric.
 * A length other than 4 is treat-as-withdraw (RFC 7606 section 7.4).
 */
public record MultiExitDisc(long value, int flags) implements PathAttribute {
    public static MultiExitDisc of(long value) {
        return new MultiExitDisc(value, AttributeType.OPTIONAL_NON_TRANSITIVE);
    }

    static MultiExitDisc decode(ByteBuffer v, int flags) {
        return v.remaining() != 4 ? null : new MultiExitDisc(v.getInt(0) & 0xffffffffL, flags);
    }

    @Override
    public int type() {
        return AttributeType.MULTI_EXIT_DISC;
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
