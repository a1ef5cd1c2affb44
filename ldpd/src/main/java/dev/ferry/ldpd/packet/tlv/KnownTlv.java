package dev.ferry.ldpd.packet.tlv;

/** A TLV of a type this codec decodes: its U and F bits are the ones its {@link TlvType} is sent with. */
public sealed interface KnownTlv extends Tlv
        permits FecTlv, AddressListTlv, HopCountTlv, PathVectorTlv, GenericLabelTlv, StatusTlv, ExtendedStatusTlv,
        ReturnedPduTlv, ReturnedMessageTlv, ReturnedTlvsTlv, CommonHelloParamsTlv, Ipv4TransportAddressTlv,
        Ipv6TransportAddressTlv, ConfigSequenceNumberTlv, CommonSessionParamsTlv, LabelRequestMessageIdTlv,
        DualStackCapabilityTlv, CapabilityTlv {
    TlvType type();

    @Override
    default int typeCode() {
        return type().code();
    }

    @Override
    default boolean unknownBit() {
        return type().unknownBit();
    }

    @Override
    default boolean forwardBit() {
        return false;
    }
}
