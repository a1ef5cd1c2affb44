package dev.ferry.ldpd.packet.message;

import dev.ferry.ldpd.packet.tlv.UnknownTlv;
import java.util.List;

/** A message of a type this codec decodes: sent with U clear. */
public sealed interface KnownMessage extends Message
        permits NotificationMessage, HelloMessage, InitializationMessage, KeepAliveMessage, CapabilityMessage,
        AddressMessage, AddressWithdrawMessage, LabelMappingMessage, LabelRequestMessage, LabelWithdrawMessage,
        LabelReleaseMessage, LabelAbortRequestMessage {
    MessageType type();

    /** TLVs of types this message does not take, kept as received (with U set, or any in Initialization/Capability). */
    List<UnknownTlv> unknownTlvs();

    @Override
    default int typeCode() {
        return type().code();
    }

    @Override
    default boolean unknownBit() {
        return false;
    }
}
