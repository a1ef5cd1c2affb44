package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.HopCountTlv;
import dev.ferry.ldpd.packet.tlv.PathVectorTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Label Request message (RFC 5036 section 3.5.8): asks the peer for a mapping (downstream on demand, or a Typed
 * Wildcard to ask for all of a kind, RFC 5918).
 * <pre>
 * |0|   Label Request (0x0401)    |      Message Length           |
 * |                     Message ID                                |
 * |                     FEC TLV                                   |
 * |                     Optional Parameters                       |
 * </pre>
 * Optional: Hop Count, Path Vector.
 */
public record LabelRequestMessage(int messageId, FecTlv fec, Optional<HopCountTlv> hopCount,
        Optional<PathVectorTlv> pathVector, List<UnknownTlv> unknownTlvs) implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.FEC, TlvType.HOP_COUNT, TlvType.PATH_VECTOR);

    public LabelRequestMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    public LabelRequestMessage(int messageId, FecTlv fec) {
        this(messageId, fec, Optional.empty(), Optional.empty(), List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.LABEL_REQUEST;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, fec, hopCount.orElse(null), pathVector.orElse(null));
    }

    static LabelRequestMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.LABEL_REQUEST, ACCEPTED);
        FecTlv fec = FecRules.check(p.required(FecTlv.class), MessageType.LABEL_REQUEST);
        return new LabelRequestMessage(id, fec, p.optional(HopCountTlv.class), p.optional(PathVectorTlv.class),
                p.unknown());
    }
}
