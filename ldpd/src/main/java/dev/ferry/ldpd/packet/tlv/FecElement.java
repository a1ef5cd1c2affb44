package dev.ferry.ldpd.packet.tlv;

import dev.ferry.ldpd.packet.WireWriter;

/** One element of a FEC TLV; its first byte is the element type. */
public sealed interface FecElement permits WildcardFec, PrefixFec, TypedWildcardFec {
    int WILDCARD = 0x01;
    int PREFIX = 0x02;
    /** RFC 5918. */
    int TYPED_WILDCARD = 0x05;
    /** RFC 4447 PWid, recognised only as a typed wildcard's element type. */
    int PWID = 0x80;

    /** The element type byte. */
    int elementType();

    void encode(WireWriter w);
}
