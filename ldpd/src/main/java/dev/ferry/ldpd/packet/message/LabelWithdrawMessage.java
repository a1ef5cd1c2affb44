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
 * Label Withdraw message (RFC 5036 section 3.5.10): the sender takes back mappings; without a label, every label of the FEC.
 * <pre>
 * |0|   Label Withdraw (0x0402)      |      Message Length           |
 * |                     Message ID                                |
 * |                     FEC TLV                                   |
 * |                     Label TLV (optional)                      |
 * |                     Optional Parameters                       |
 * </pre>
 * The FEC may be the Wildcard or a Typed Wildcard.
 */
public record LabelWithdrawMessage(int messageId, FecTlv fec, Optional<GenericLabelTlv> label, List<UnknownTlv> unknownTlvs)
        implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.FEC, TlvType.GENERIC_LABEL);

    public LabelWithdrawMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    public LabelWithdrawMessage(int messageId, FecTlv fec, Optional<GenericLabelTlv> label) {
        this(messageId, fec, label, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.LABEL_WITHDRAW;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, fec, label.orElse(null));
    }

    static LabelWithdrawMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.LABEL_WITHDRAW, ACCEPTED);
        FecTlv fec = FecRules.check(p.required(FecTlv.class), MessageType.LABEL_WITHDRAW);
        return new LabelWithdrawMessage(id, fec, p.optional(GenericLabelTlv.class), p.unknown());
    }
}
