package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.StatusCode;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.CommonSessionParamsTlv;
import dev.ferry.ldpd.packet.tlv.DynamicCapabilityAnnouncementTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFecCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import dev.ferry.ldpd.packet.tlv.UnrecognizedNotificationCapabilityTlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Initialization message (RFC 5036 section 3.5.3), the first message of a session:
 * <pre>
 * |0|   Initialization (0x0200)   |      Message Length           |
 * |                     Message ID                                |
 * |                     Common Session Parameters TLV             |
 * |                     Optional Parameters                       |
 * </pre>
 * Optional here: the capability TLVs FRR sends (Dynamic Capability Announcement, Typed Wildcard FEC, Unrecognized
 * Notification), in FRR's order. Other TLVs are kept whatever their U bit: the session answers those with U clear
 * with Unsupported Capability (RFC 5561 section 5, as FRR). ATM and Frame Relay session parameters are a Malformed
 * TLV Value (this LSR does neither, as FRR).
 */
public record InitializationMessage(int messageId, CommonSessionParamsTlv sessionParams,
        Optional<DynamicCapabilityAnnouncementTlv> dynamicCapability,
        Optional<TypedWildcardFecCapabilityTlv> typedWildcardCapability,
        Optional<UnrecognizedNotificationCapabilityTlv> unrecognizedNotificationCapability,
        List<UnknownTlv> unknownTlvs) implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.COMMON_SESSION_PARAMS,
            TlvType.DYNAMIC_CAPABILITY_ANNOUNCEMENT, TlvType.TYPED_WILDCARD_FEC_CAPABILITY,
            TlvType.UNRECOGNIZED_NOTIFICATION_CAPABILITY);

    public InitializationMessage {
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    @Override
    public MessageType type() {
        return MessageType.INITIALIZATION;
    }

    @Override
    public List<Tlv> parameters() {
        return Message.parameters(unknownTlvs, sessionParams, dynamicCapability.orElse(null),
                typedWildcardCapability.orElse(null), unrecognizedNotificationCapability.orElse(null));
    }

    static InitializationMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.INITIALIZATION, ACCEPTED, true);
        for (UnknownTlv u : p.unknown()) {
            if (u.typeCode() == TlvType.ATM_SESSION_PARAMS.code()
                    || u.typeCode() == TlvType.FRAME_RELAY_SESSION_PARAMS.code()) {
                throw new DecodeException(StatusCode.MALFORMED_TLV_VALUE, "ATM / Frame Relay session parameters");
            }
        }
        return new InitializationMessage(id, p.required(CommonSessionParamsTlv.class),
                p.optional(DynamicCapabilityAnnouncementTlv.class), p.optional(TypedWildcardFecCapabilityTlv.class),
                p.optional(UnrecognizedNotificationCapabilityTlv.class), p.unknown());
    }
}
