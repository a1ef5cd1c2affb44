package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.tlv.FecElement;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFec;
import dev.ferry.ldpd.packet.tlv.WildcardFec;

/**
 * Which FEC elements each label message may carry, with FRR's reaction (Unknown FEC, advisory) otherwise: the
 * Wildcard only in Label Withdraw and Label Release (RFC 5036 section 3.4.1); the Typed Wildcard also in Label
 * Request (RFC 5918 section 4), never in Label Mapping or Label Abort Request.
 */
final class FecRules {
    private FecRules() {
    }

    static FecTlv check(FecTlv fec, MessageType message) throws DecodeException {
        for (FecElement e : fec.elements()) {
            boolean allowed = switch (e) {
                case WildcardFec w -> message == MessageType.LABEL_WITHDRAW || message == MessageType.LABEL_RELEASE;
                case TypedWildcardFec t -> message == MessageType.LABEL_WITHDRAW
                        || message == MessageType.LABEL_RELEASE || message == MessageType.LABEL_REQUEST;
                default -> true;
            };
            if (!allowed) {
                throw new DecodeException(StatusCode.UNKNOWN_FEC, e + " in a " + message.title() + " message");
            }
        }
        return fec;
    }
}
