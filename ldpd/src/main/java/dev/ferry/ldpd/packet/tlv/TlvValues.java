package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;

/** Checks shared by the TLV decoders. */
final class TlvValues {
    private TlvValues() {
    }

    /** A fixed-size TLV whose Length differs from its size: Bad TLV Length. */
    static void expectLength(WireReader value, int length, TlvType type) throws DecodeException {
        if (value.remaining() != length) {
            throw new DecodeException(StatusCode.BAD_TLV_LENGTH,
                    type.title() + " TLV length " + value.remaining() + ", expected " + length);
        }
    }

    /** A value with bytes left after its fields: Bad TLV Length. */
    static void expectConsumed(WireReader value, TlvType type) throws DecodeException {
        if (value.hasRemaining()) {
            throw new DecodeException(StatusCode.BAD_TLV_LENGTH,
                    type.title() + " TLV has " + value.remaining() + " bytes after its value");
        }
    }

    static DecodeException malformed(TlvType type, String why) {
        return new DecodeException(StatusCode.MALFORMED_TLV_VALUE, type.title() + " TLV: " + why);
    }
}
