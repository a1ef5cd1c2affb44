package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * ORIGINATOR_ID (type 9, optional non-transitive, RFC 4456): the router id of the route's originator in
 * the reflection cluster. Discarded from eBGP peers; from iBGP peers a length other than 4 is
 * treat-as-withdraw (RFC 7606 section 7.9).
 */
public record OriginatorId(int id, int flags) implements PathAttribute {
    public static OriginatorId of(int id) {
        return new OriginatorId(id, AttributeType.OPTIONAL_NON_TRANSITIVE);
    }

    static OriginatorId decode(ByteBuffer v, int flags) {
        return v.remaining() != 4 ? null : new OriginatorId(v.getInt(0), flags);
    }

    @Override
    public int type() {
        return AttributeType.ORIGINATOR_ID;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return 4;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        out.putInt(id);
    }

    @Override
    public String toString() {
        return Ipv4Addresses.format(id);
    }
}
