package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Extended Status TLV (RFC 5036 section 3.5.1.1), optional in a Notification: more detail on the status.
 * <pre>
 * |U|F| Extended Status (0x0301)  |      Length (4)               |
 * |                       Extended Status Code                    |
 * </pre>
 */
public record ExtendedStatusTlv(int extendedCode) implements KnownTlv {
    @Override
    public TlvType type() {
        return TlvType.EXTENDED_STATUS;
    }

    public static ExtendedStatusTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 4, TlvType.EXTENDED_STATUS);
        return new ExtendedStatusTlv(value.u32("extended status"));
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u32(extendedCode);
    }
}
