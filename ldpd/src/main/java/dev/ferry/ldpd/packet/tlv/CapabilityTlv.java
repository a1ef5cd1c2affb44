package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.WireWriter;

/**
 * A Capability Parameter TLV (RFC 5561 section 3):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |U|F| TLV Code Point            |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |S| Reserved    |                                               |
 * +-+-+-+-+-+-+-+-+                                               |
 * |                  Capability Data (none for the three here)   |
 * </pre>
 * S (state): 1 advertises the capability, 0 withdraws it (in a Capability message; always 1 in Initialization).
 */
public sealed interface CapabilityTlv extends KnownTlv
        permits DynamicCapabilityAnnouncementTlv, TypedWildcardFecCapabilityTlv, UnrecognizedNotificationCapabilityTlv {
    int STATE_BIT = 0x80;

    /** S bit: advertised (true) or withdrawn. */
    boolean state();

    @Override
    default void encodeValue(WireWriter w) {
        w.u8(state() ? STATE_BIT : 0);
    }
}
