package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.ldpd.packet.tlv.HopCountTlv;
import dev.ferry.ldpd.packet.tlv.LabelRequestMessageIdTlv;
import dev.ferry.ldpd.packet.tlv.PathVectorTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Label Mapping message (RFC 5036 section 3.5.7): binds the FEC's prefixes to a label.
 * <pre>
 * |0|   Label Mapping (0x0400)    |      Message Length           |
 * |                     Message ID                                |
 * |                     FEC TLV                                   |
 * |                     Label TLV                                 |
 * |                     Optional Parameters                       |
 * </pre>
 * Optional: Label Request Message ID, Hop Count, Path Vector. Wildcards are refused (Unknown FEC).
 */
public record LabelMappingMessage(int messageId, FecTlv fec, GenericLabelTlv label,
        Optional<LabelRequestMessageIdTlv> requestId, Optional<HopCountTlv> hopCount,
        Optional<PathVectorTlv> pathVector, List<UnknownTlv> unknownTlvs) implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.FEC, TlvType.GENERIC_LABEL,
            TlvType.LABEL_REQUEST_MESSAGE_ID, TlvType.HOP_COUNT, TlvType.PATH_VECTOR);

    public LabelMappingMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    /** A plain mapping, as FRR sends in downstream unsolicited mode. */
    public LabelMappingMessage(int messageId, FecTlv fec, GenericLabelTlv label) {
        this(messageId, fec, label, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.LABEL_MAPPING;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, fec, label, requestId.orElse(null), hopCount.orElse(null),
                pathVector.orElse(null));
    }

    static LabelMappingMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.LABEL_MAPPING, ACCEPTED);
        FecTlv fec = FecRules.check(p.required(FecTlv.class), MessageType.LABEL_MAPPING);
        return new LabelMappingMessage(id, fec, p.required(GenericLabelTlv.class),
                p.optional(LabelRequestMessageIdTlv.class), p.optional(HopCountTlv.class),
                p.optional(PathVectorTlv.class), p.unknown());
    }
}
