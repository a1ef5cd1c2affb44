package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.ExtendedStatusTlv;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.ReturnedMessageTlv;
import dev.ferry.ldpd.packet.tlv.ReturnedPduTlv;
import dev.ferry.ldpd.packet.tlv.ReturnedTlvsTlv;
import dev.ferry.ldpd.packet.tlv.StatusTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFec;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Notification message (RFC 5036 section 3.5.1): an error or an event.
 * <pre>
 * |0|   Notification (0x0001)     |      Message Length           |
 * |                     Message ID                                |
 * |                     Status (TLV)                              |
 * |                     Optional Parameters                       |
 * </pre>
 * Optional: Extended Status, Returned PDU, Returned Message (RFC 5036); a FEC TLV, which with a Typed Wildcard
 * makes an End-of-LIB (RFC 5919); Returned TLVs (RFC 5561). Encoded in FRR's order.
 */
public record NotificationMessage(int messageId, StatusTlv status, Optional<ExtendedStatusTlv> extendedStatus,
        Optional<ReturnedPduTlv> returnedPdu, Optional<ReturnedMessageTlv> returnedMessage, Optional<FecTlv> fec,
        Optional<ReturnedTlvsTlv> returnedTlvs, List<UnknownTlv> unknownTlvs) implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.STATUS, TlvType.EXTENDED_STATUS, TlvType.RETURNED_PDU,
            TlvType.RETURNED_MESSAGE, TlvType.FEC, TlvType.RETURNED_TLVS);

    public NotificationMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    /** A notification with only a Status TLV. */
    public static NotificationMessage of(int messageId, StatusTlv status) {
        return new NotificationMessage(messageId, status, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** End-of-LIB for a family's prefixes (RFC 5919 section 4). */
    public static NotificationMessage endOfLib(int messageId, TypedWildcardFec wildcard) {
        return new NotificationMessage(messageId, StatusTlv.of(StatusCode.END_OF_LIB, 0, 0), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(FecTlv.of(wildcard)), Optional.empty(), List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.NOTIFICATION;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, status, extendedStatus.orElse(null), returnedPdu.orElse(null),
                returnedMessage.orElse(null), fec.orElse(null), returnedTlvs.orElse(null));
    }

    static NotificationMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.NOTIFICATION, ACCEPTED);
        return new NotificationMessage(id, p.required(StatusTlv.class), p.optional(ExtendedStatusTlv.class),
                p.optional(ReturnedPduTlv.class), p.optional(ReturnedMessageTlv.class), p.optional(FecTlv.class),
                p.optional(ReturnedTlvsTlv.class), p.unknown());
    }
}
