package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * AGGREGATOR (type 7, optional transitive, RFC 4271 section 5.1.7): the aggregating AS, 2 bytes, or 4
 * between 4-octet AS speakers (RFC 6793), then its BGP identifier. A wrong length or AS 0 (RFC 7607) is
 * attribute discard (RFC 7606 section 7.7).
 */
public record Aggregator(int as, int address, int flags) implements PathAttribute {
    public static Aggregator of(int as, int address) {
        return new Aggregator(as, address, AttributeType.OPTIONAL_TRANSITIVE);
    }

    static Aggregator decode(ByteBuffer v, int flags, CodecContext ctx) {
        if (v.remaining() != ctx.asSize() + 4) {
            return null;
        }
        int as = ctx.fourOctetAs() ? v.getInt(0) : v.getShort(0) & 0xffff;
        return as == 0 ? null : new Aggregator(as, v.getInt(ctx.asSize()), flags);
    }

    @Override
    public int type() {
        return AttributeType.AGGREGATOR;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return ctx.asSize() + 4;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        if (ctx.fourOctetAs()) {
            out.putInt(as);
        } else {
            out.putShort((short) (Integer.compareUnsigned(as, 0xffff) > 0 ? AsPathSegment.AS_TRANS : as));
        }
        out.putInt(address);
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(as) + " " + Ipv4Addresses.format(address);
    }
}
