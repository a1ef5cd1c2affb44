package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvDecoder;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The TLVs of one message body, read in order, and the RFC 5036 rules on them: a TLV the message does not take
 * with U clear refuses the message (Unknown TLV, advisory; section 3.5.1.2.2), one with U set is kept aside and
 * ignored; a mandatory TLV that is absent refuses the message (Missing Message Parameters, advisory). When a
 * type appears twice the first one counts.
 */
final class Parameters {
    private final MessageType message;
    private final List<Tlv> known = new ArrayList<>();
    private final List<UnknownTlv> unknown = new ArrayList<>();

    private Parameters(MessageType message) {
        this.message = message;
    }

    /** Reads every TLV; unknown TLVs with U clear refuse the message. */
    static Parameters read(WireReader body, MessageType message, Set<TlvType> accepted) throws DecodeException {
        return read(body, message, accepted, false);
    }

    /**
     * Reads every TLV; with {@code keepAllUnknown} (Initialization, Capability) unknown TLVs are kept whatever
     * their U bit, for the session to answer Unsupported Capability (RFC 5561 section 5, as FRR does).
     */
    static Parameters read(WireReader body, MessageType message, Set<TlvType> accepted, boolean keepAllUnknown)
            throws DecodeException {
        Parameters p = new Parameters(message);
        while (body.hasRemaining()) {
            Tlv t = TlvDecoder.decode(body, accepted);
            if (t instanceof UnknownTlv u) {
                if (!u.unknownBit() && !keepAllUnknown) {
                    throw new DecodeException(StatusCode.UNKNOWN_TLV, String.format(
                            "TLV 0x%04x in a %s message", u.typeCode(), message.title()));
                }
                p.unknown.add(u);
            } else {
                p.known.add(t);
            }
        }
        return p;
    }

    <T extends Tlv> T required(Class<T> type) throws DecodeException {
        return optional(type).orElseThrow(() -> new DecodeException(StatusCode.MISSING_MESSAGE_PARAMETERS,
                message.title() + " message without " + type.getSimpleName()));
    }

    <T extends Tlv> Optional<T> optional(Class<T> type) {
        for (Tlv t : known) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    <T extends Tlv> List<T> all(Class<T> type) {
        return known.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<UnknownTlv> unknown() {
        return List.copyOf(unknown);
    }
}
