package dev.ferry.ldpd.packet.pdu;

import dev.ferry.ldpd.packet.LdpId;
import java.util.Optional;

/**
 * What a receiver checks a PDU header against: the largest PDU Length it accepts (4096 until the session
 * negotiates more) and, on a session, the peer's LDP identifier (anything else is a Bad LDP Identifier).
 */
public record PduLimits(int maxPduLength, Optional<LdpId> expectedPeer) {
    public static final PduLimits DEFAULT = new PduLimits(Pdu.DEFAULT_MAX_LENGTH, Optional.empty());

    public PduLimits {
        if (maxPduLength < 14 || maxPduLength > 0xffff) {
            throw new IllegalArgumentException("max PDU length " + maxPduLength);
        }
    }

    /** Limits of a session with {@code peer}. */
    public static PduLimits session(LdpId peer, int maxPduLength) {
        return new PduLimits(maxPduLength, Optional.of(peer));
    }
}
