package dev.ferry.bgpd.message;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * ROUTE-REFRESH (type 5, RFC 2918) with the RFC 7313 subtypes in the once-reserved octet: a normal request,
 * or the Beginning/End of a route refresh. Unknown subtypes are decoded; the session ignores them (RFC 7313
 * section 5).
 * <pre>
 * 0       7      15      23      31
 * +-------+-------+-------+-------+
 * |      AFI      |Subtype| SAFI  |
 * +-------+-------+-------+-------+
 * </pre>
 */
public record RouteRefreshMessage(AddressFamily family, int subtype) implements BgpMessage {
    public static final int NORMAL = 0;
    public static final int BEGINNING_OF_REFRESH = 1;
    public static final int END_OF_REFRESH = 2;

    public static RouteRefreshMessage request(AddressFamily family) {
        return new RouteRefreshMessage(family, NORMAL);
    }

    public boolean isKnownSubtype() {
        return subtype <= END_OF_REFRESH;
    }

    @Override
    public int type() {
        return MessageType.ROUTE_REFRESH;
    }

    @Override
    public int bodyLength(CodecContext ctx) {
        return 4;
    }

    @Override
    public void writeBody(ByteBuffer out, CodecContext ctx) {
        out.putShort((short) family.afi());
        out.put((byte) subtype);
        out.put((byte) family.safi());
    }
}
