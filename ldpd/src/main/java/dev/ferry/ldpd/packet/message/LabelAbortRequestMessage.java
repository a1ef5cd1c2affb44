package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.LabelRequestMessageIdTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Label Abort Request message (RFC 5036 section 3.5.9): cancels an outstanding Label Request.
 * <pre>
 * |0|   Label Abort Req (0x0404)  |      Message Length           |
 * |                     Message ID                                |
 * |                     FEC TLV                                   |
 * |                     Label Request Message ID TLV              |
 * |                     Optional Parameters                       |
 * </pre>
 */
public record LabelAbortRequestMessage(int messageId, FecTlv fec, LabelRequestMessageIdTlv requestId,
        List<UnknownTlv> unknownTlvs) implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.FEC, TlvType.LABEL_REQUEST_MESSAGE_ID);

    public LabelAbortRequestMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    public LabelAbortRequestMessage(int messageId, FecTlv fec, LabelRequestMessageIdTlv requestId) {
        this(messageId, fec, requestId, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.LABEL_ABORT_REQUEST;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, fec, requestId);
    }

    static LabelAbortRequestMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.LABEL_ABORT_REQUEST, ACCEPTED);
        FecTlv fec = FecRules.check(p.required(FecTlv.class), MessageType.LABEL_ABORT_REQUEST);
        return new LabelAbortRequestMessage(id, fec, p.required(LabelRequestMessageIdTlv.class), p.unknown());
    }
}
