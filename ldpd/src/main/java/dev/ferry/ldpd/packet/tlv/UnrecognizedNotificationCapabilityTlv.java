package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.DecodeException;
import dev.ferry.ldpd.packet.WireReader;

/**
 * Unrecognized Notification capability (RFC 5919 section 3): the sender silently ignores Notifications with status codes it does not know, so End-of-LIB may be sent to it.
 * Wire format: {@link CapabilityTlv}, no capability data, so Length is 1.
 */
public record UnrecognizedNotificationCapabilityTlv(boolean state) implements CapabilityTlv {
    @Override
    public TlvType type() {
        return TlvType.UNRECOGNIZED_NOTIFICATION_CAPABILITY;
    }

    public static UnrecognizedNotificationCapabilityTlv decode(WireReader value) throws DecodeException {
        return new UnrecognizedNotificationCapabilityTlv(CapabilityTlvs.decodeState(value, TlvType.UNRECOGNIZED_NOTIFICATION_CAPABILITY));
    }
}
