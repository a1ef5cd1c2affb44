package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Common Hello Parameters TLV (RFC 5036 section 3.5.2; G bit from RFC 6720):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0|0| Common Hello Parms(0x0400)|      Length (4)               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      Hold Time                |T|R|G|     Reserved            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Hold time in seconds: 0 asks for the default (15 s link, 45 s targeted), 0xffff is infinite. T: targeted
 * hello; R: request targeted hellos back; G: the sender uses GTSM (TTL 255). Reserved bits are ignored.
 */
public record CommonHelloParamsTlv(int holdTime, boolean targeted, boolean requestTargeted, boolean gtsm)
        implements KnownTlv {
    public static final int T_BIT = 0x8000;
    public static final int R_BIT = 0x4000;
    public static final int G_BIT = 0x2000;
    public static final int INFINITE_HOLD_TIME = 0xffff;

    public CommonHelloParamsTlv {
        if (holdTime < 0 || holdTime > 0xffff) {
            throw new IllegalArgumentException("hold time " + holdTime);
        }
    }

    @Override
    public TlvType type() {
        return TlvType.COMMON_HELLO_PARAMS;
    }

    public static CommonHelloParamsTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 4, TlvType.COMMON_HELLO_PARAMS);
        int hold = value.u16("hold time");
        int flags = value.u16("hello flags");
        return new CommonHelloParamsTlv(hold, (flags & T_BIT) != 0, (flags & R_BIT) != 0, (flags & G_BIT) != 0);
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u16(holdTime).u16((targeted ? T_BIT : 0) | (requestTargeted ? R_BIT : 0) | (gtsm ? G_BIT : 0));
    }
}
