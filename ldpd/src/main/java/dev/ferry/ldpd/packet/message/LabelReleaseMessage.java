package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Label Release message (RFC 5036 section 3.5.11): the sender no longer needs mappings it received; without a label, every label of the FEC.
 * <pre>
 * |0|   Label Release (0x0403)       |      Message Length           |
 * |                     Message ID                                |
 * |                     FEC TLV                                   |
 * |                     Label TLV (optional)                      |
 * |                     Optional Parameters                       |
 * </pre>
 * The FEC may be the Wildcard or a Typed Wildcard.
 */
public record LabelReleaseMessage(int messageId, FecTlv fec, Optional<GenericLabelTlv> label, List<UnknownTlv> unknownTlvs)
        implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.FEC, TlvType.GENERIC_LABEL);

    public LabelReleaseMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    public LabelReleaseMessage(int messageId, FecTlv fec, Optional<GenericLabelTlv> label) {
        this(messageId, fec, label, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.LABEL_RELEASE;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, fec, label.orElse(null));
    }

    static LabelReleaseMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.LABEL_RELEASE, ACCEPTED);
        FecTlv fec = FecRules.check(p.required(FecTlv.class), MessageType.LABEL_RELEASE);
        return new LabelReleaseMessage(id, fec, p.optional(GenericLabelTlv.class), p.unknown());
    }
}
