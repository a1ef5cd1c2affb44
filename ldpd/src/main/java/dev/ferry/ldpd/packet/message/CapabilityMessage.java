package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;
import dev.ferry.ldpd.packet.tlv.CapabilityTlv;
import dev.ferry.ldpd.packet.tlv.Tlv;
import dev.ferry.ldpd.packet.tlv.TlvType;
import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Capability message (RFC 5561 section 6): advertises (S=1) or withdraws (S=0) capabilities on an operational
 * session whose peer announced Dynamic Capability Announcement.
 * <pre>
 * |0|   Capability (0x0202)       |      Message Length           |
 * |                     Message ID                                |
 * |                     TLV_1                                     |
 * ~                                                               ~
 * |                     TLV_N                                     |
 * </pre>
 * Unknown TLVs are kept whatever their U bit, for the session to answer Unsupported Capability.
 */
public record CapabilityMessage(int messageId, List<CapabilityTlv> capabilities, List<UnknownTlv> unknownTlvs)
        implements KnownMessage {
    static final Set<TlvType> ACCEPTED = EnumSet.of(TlvType.DYNAMIC_CAPABILITY_ANNOUNCEMENT,
            TlvType.TYPED_WILDCARD_FEC_CAPABILITY, TlvType.UNRECOGNIZED_NOTIFICATION_CAPABILITY);

    public CapabilityMessage {
        capabilities = List.copyOf(capabilities);
        unknownTlvs = List.copyOf(unknownTlvs);
    }

    @Override
    public MessageType type() {
        return MessageType.CAPABILITY;
    }

    @Override
    public List<Tlv> parameters() {
        List<Tlv> out = new ArrayList<>(capabilities);
        out.addAll(unknownTlvs);
        return List.copyOf(out);
    }

    static CapabilityMessage decode(int id, WireReader body) throws DecodeException {
        Parameters p = Parameters.read(body, MessageType.CAPABILITY, ACCEPTED, true);
        return new CapabilityMessage(id, p.all(CapabilityTlv.class), p.unknown());
    }
}
