package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.WireWriter;

/**
 * Wildcard FEC element (RFC 5036 section 3.4.1): every FEC, in Label Withdraw and Label Release only, and then the
 * only element of its FEC TLV. One byte: {@code 0x01}.
 */
public record WildcardFec() implements FecElement {
    @Override
    public int elementType() {
        return WILDCARD;
    }

    @Override
    public void encode(WireWriter w) {
        w.u8(WILDCARD);
    }

    @Override
    public String toString() {
        return "wildcard";
    }
}
