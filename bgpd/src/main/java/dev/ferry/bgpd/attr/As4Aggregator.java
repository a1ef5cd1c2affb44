package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * AS4_AGGREGATOR (type 18, optional transitive, RFC 6793): a 4-byte AS and the aggregator's identifier, sent
 * to 2-octet speakers beside an AGGREGATOR carrying AS_TRANS. A length other than 8 or AS 0 is attribute
 * discard (RFC 6793 section 6, RFC 7607).
 */
public record As4Aggregator(int as, int address, int flags) implements PathAttribute {
    public static As4Aggregator of(int as, int address) {
        return new As4Aggregator(as, address, AttributeType.OPTIONAL_TRANSITIVE);
    }

    static As4Aggregator decode(ByteBuffer v, int flags) {
        if (v.remaining() != 8 || v.getInt(0) == 0) {
            return null;
        }
        return new As4Aggregator(v.getInt(0), v.getInt(4), flags);
    }

    @Override
    public int type() {
        return AttributeType.AS4_AGGREGATOR;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return 8;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.putInt(as);
        out.putInt(address);
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(as) + " " + Ipv4Addresses.format(address);
    }
}
