package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * Path Vector TLV (RFC 5036 section 3.4.4): the LSR ids a mapping or request went through, for loop detection.
 * <pre>
 * |0|0| Path Vector (0x0104)      |        Length                 |
 * |                            LSR Id 1                           |
 * ~                                                               ~
 * |                            LSR Id n                           |
 * </pre>
 */
public record PathVectorTlv(List<Inet4Address> lsrIds) implements KnownTlv {
    public PathVectorTlv {
        lsrIds = List.copyOf(lsrIds);
    }

    @Override
    public TlvType type() {
        return TlvType.PATH_VECTOR;
    }

    public static PathVectorTlv decode(WireReader value) throws DecodeException {
        if (value.remaining() == 0 || value.remaining() % 4 != 0) {
            throw new DecodeException(StatusCode.BAD_TLV_LENGTH,
                    "Path Vector TLV length " + value.remaining() + " is not a positive multiple of 4");
        }
        List<Inet4Address> ids = new ArrayList<>();
        while (value.hasRemaining()) {
            ids.add(value.ipv4("LSR id"));
        }
        return new PathVectorTlv(ids);
    }

    @Override
    public void encodeValue(WireWriter w) {
        lsrIds.forEach(w::address);
    }
}
