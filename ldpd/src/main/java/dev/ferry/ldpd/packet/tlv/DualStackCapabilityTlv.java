package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;

/**
 * Dual-Stack capability TLV (RFC 7552 section 6.1), in Hellos of a dual-stack LSR: the address family it
 * prefers for the session's TCP connection.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |1|0| Dual-Stack capability     |      Length (4)               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |TR     |        Reserved       |     MBZ                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * TR: 0100 LDPoIPv4, 0110 LDPoIPv6; any other value is a Malformed TLV Value.
 */
public record DualStackCapabilityTlv(int transportPreference) implements KnownTlv {
    public static final int LDP_OVER_IPV4 = 4;
    public static final int LDP_OVER_IPV6 = 6;

    public DualStackCapabilityTlv {
        if (transportPreference != LDP_OVER_IPV4 && transportPreference != LDP_OVER_IPV6) {
            throw new IllegalArgumentException("transport preference " + transportPreference);
        }
    }

    @Override
    public TlvType type() {
        return TlvType.DUAL_STACK_CAPABILITY;
    }

    public static DualStackCapabilityTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, 4, TlvType.DUAL_STACK_CAPABILITY);
        int tr = value.u32("dual-stack") >>> 28;
        if (tr != LDP_OVER_IPV4 && tr != LDP_OVER_IPV6) {
            throw TlvValues.malformed(TlvType.DUAL_STACK_CAPABILITY, "transport preference " + tr);
        }
        return new DualStackCapabilityTlv(tr);
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u32(transportPreference << 28);
    }
}
