package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;

/**
 * Dynamic Capability Announcement (RFC 5561 section 9): the sender can advertise and withdraw capabilities with Capability messages after the session is up. Only meaningful in Initialization.
 * Wire format: {@link CapabilityTlv}, no capability data, so Length is 1.
 */
public record DynamicCapabilityAnnouncementTlv(boolean state) implements CapabilityTlv {
    @Override
    public TlvType type() {
        return TlvType.DYNAMIC_CAPABILITY_ANNOUNCEMENT;
    }

    public static DynamicCapabilityAnnouncementTlv decode(WireReader value) throws DecodeException {
        return new DynamicCapabilityAnnouncementTlv(CapabilityTlvs.decodeState(value, TlvType.DYNAMIC_CAPABILITY_ANNOUNCEMENT));
    }
}
