package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * ATOMIC_AGGREGATE (type 6, well-known discretionary, RFC 4271 section 5.1.6): no value. A non-zero length
 * is attribute discard (RFC 7606 section 7.6).
 */
public record AtomicAggregate(int flags) implements PathAttribute {
    public static final AtomicAggregate INSTANCE = new AtomicAggregate(AttributeType.WELL_KNOWN);

    static AtomicAggregate decode(ByteBuffer v, int flags) {
        return v.remaining() != 0 ? null : new AtomicAggregate(flags);
    }

    @Override
    public int type() {
        return AttributeType.ATOMIC_AGGREGATE;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return 0;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
    }

    @Override
    public String toString() {
        return "atomic-aggregate";
    }
}
