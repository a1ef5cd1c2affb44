package dev.ferry.ldpd.packet.tlv;

import java.util.Optional;

/**
 * The TLV types this codec knows (RFC 5036 section 4.2 and later RFCs), each with the U and F bits it is sent
 * with (the bits FRR 8.4 uses, which are the ones the RFCs recommend). {@link #code()} is the 14-bit type.
 */
public enum TlvType {
    FEC(0x0100, false, "FEC"),
    ADDRESS_LIST(0x0101, false, "Address List"),
    HOP_COUNT(0x0103, false, "Hop Count"),
    PATH_VECTOR(0x0104, false, "Path Vector"),
    GENERIC_LABEL(0x0200, false, "Generic Label"),
    ATM_LABEL(0x0201, false, "ATM Label"),
    FRAME_RELAY_LABEL(0x0202, false, "Frame Relay Label"),
    STATUS(0x0300, false, "Status"),
    EXTENDED_STATUS(0x0301, false, "Extended Status"),
    RETURNED_PDU(0x0302, false, "Returned PDU"),
    RETURNED_MESSAGE(0x0303, false, "Returned Message"),
    /** RFC 5561. */
    RETURNED_TLVS(0x0304, true, "Returned TLVs"),
    COMMON_HELLO_PARAMS(0x0400, false, "Common Hello Parameters"),
    IPV4_TRANSPORT_ADDRESS(0x0401, false, "IPv4 Transport Address"),
    CONFIG_SEQUENCE_NUMBER(0x0402, false, "Configuration Sequence Number"),
    IPV6_TRANSPORT_ADDRESS(0x0403, false, "IPv6 Transport Address"),
    COMMON_SESSION_PARAMS(0x0500, false, "Common Session Parameters"),
    ATM_SESSION_PARAMS(0x0501, false, "ATM Session Parameters"),
    FRAME_RELAY_SESSION_PARAMS(0x0502, false, "Frame Relay Session Parameters"),
    /** RFC 5561. */
    DYNAMIC_CAPABILITY_ANNOUNCEMENT(0x0506, true, "Dynamic Capability Announcement"),
    /** RFC 5918. */
    TYPED_WILDCARD_FEC_CAPABILITY(0x050B, true, "Typed Wildcard FEC Capability"),
    LABEL_REQUEST_MESSAGE_ID(0x0600, false, "Label Request Message ID"),
    /** RFC 5919. */
    UNRECOGNIZED_NOTIFICATION_CAPABILITY(0x0603, true, "Unrecognized Notification Capability"),
    /** RFC 7552. */
    DUAL_STACK_CAPABILITY(0x0701, true, "Dual-Stack Capability");

    /** U bit of the TLV's first 16 bits. */
    public static final int U_BIT = 0x8000;
    /** F bit of the TLV's first 16 bits. */
    public static final int F_BIT = 0x4000;
    public static final int TYPE_MASK = 0x3FFF;

    private final int code;
    private final boolean unknownBit;
    private final String title;

    TlvType(int code, boolean unknownBit, String title) {
        this.code = code;
        this.unknownBit = unknownBit;
        this.title = title;
    }

    /** The 14-bit type. */
    public int code() {
        return code;
    }

    /** The U bit this TLV is sent with. No known TLV is sent with the F bit. */
    public boolean unknownBit() {
        return unknownBit;
    }

    /** The RFC's name, as Wireshark shows it. */
    public String title() {
        return title;
    }

    public static Optional<TlvType> of(int code) {
        for (TlvType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
