package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.LdpError;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.WireWriter;
import java.util.Optional;

/**
 * Common Session Parameters TLV (RFC 5036 section 3.5.3), mandatory in Initialization:
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0|0| Common Sess Parms (0x0500)|      Length (14)              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Protocol Version              |      KeepAlive Time           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |A|D|  Reserved |     PVLim     |      Max PDU Length           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Receiver LDP Identifier                       |
 * +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * A: 0 downstream unsolicited, 1 downstream on demand. D: loop detection. PVLim: path vector limit (0 without loop
 * detection). Max PDU length 255 or less means the default, 4096. The decoder checks the shape; whether the
 * values are acceptable to this LSR is {@link #check(LdpId)}, the session's job.
 */
public record CommonSessionParamsTlv(int protocolVersion, int keepaliveTime, boolean downstreamOnDemand,
        boolean loopDetection, int pathVectorLimit, int maxPduLength, LdpId receiver) implements KnownTlv {
    public static final int LENGTH = 14;
    public static final int A_BIT = 0x80;
    public static final int D_BIT = 0x40;
    public static final int DEFAULT_MAX_PDU_LENGTH = 4096;
    /** FRR's MIN_KEEPALIVE: anything shorter is refused with Bad KeepAlive Time. */
    public static final int MIN_KEEPALIVE = 3;

    public CommonSessionParamsTlv {
        if (receiver == null || (protocolVersion | keepaliveTime | maxPduLength) >>> 16 != 0
                || pathVectorLimit < 0 || pathVectorLimit > 255) {
            throw new IllegalArgumentException("session parameters out of range");
        }
    }

    @Override
    public TlvType type() {
        return TlvType.COMMON_SESSION_PARAMS;
    }

    /** The maximum PDU length the sender accepts, with 0..255 standing for the default 4096. */
    public int effectiveMaxPduLength() {
        return maxPduLength <= 255 ? DEFAULT_MAX_PDU_LENGTH : maxPduLength;
    }

    /**
     * Whether the receiving LSR {@code local} can accept these parameters, with FRR's order and statuses: protocol
     * version (Bad Protocol Version), keepalive (Bad KeepAlive Time), receiver LDP id (Session Rejected, No Hello).
     */
    public Optional<LdpError> check(LdpId local) {
        if (protocolVersion != 1) {
            return Optional.of(LdpError.of(StatusCode.BAD_PROTOCOL_VERSION, "session protocol version " + protocolVersion));
        }
        if (keepaliveTime < MIN_KEEPALIVE) {
            return Optional.of(LdpError.of(StatusCode.BAD_KEEPALIVE_TIME, "keepalive time " + keepaliveTime));
        }
        if (!receiver.equals(local)) {
            return Optional.of(LdpError.of(StatusCode.SESSION_REJECTED_NO_HELLO,
                    "receiver LDP id " + receiver + " is not " + local));
        }
        return Optional.empty();
    }

    public static CommonSessionParamsTlv decode(WireReader value) throws DecodeException {
        TlvValues.expectLength(value, LENGTH, TlvType.COMMON_SESSION_PARAMS);
        int version = value.u16("protocol version");
        int keepalive = value.u16("keepalive time");
        int flags = value.u8("A/D flags");
        int pvlim = value.u8("path vector limit");
        int maxPdu = value.u16("max PDU length");
        LdpId receiver = LdpId.decode(value);
        return new CommonSessionParamsTlv(version, keepalive, (flags & A_BIT) != 0, (flags & D_BIT) != 0, pvlim,
                maxPdu, receiver);
    }

    @Override
    public void encodeValue(WireWriter w) {
        w.u16(protocolVersion).u16(keepaliveTime).u8((downstreamOnDemand ? A_BIT : 0) | (loopDetection ? D_BIT : 0))
                .u8(pathVectorLimit).u16(maxPduLength);
        receiver.encode(w);
    }
}
