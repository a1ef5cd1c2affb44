/**
 * LDP TLVs, one record per type with its RFC diagram, a static {@code decode(WireReader value)} and
 * {@code encodeValue}; {@link dev.ferry.ldpd.packet.tlv.TlvDecoder} frames a TLV and dispatches on its type, and
 * keeps types it does not decode as {@link dev.ferry.ldpd.packet.tlv.UnknownTlv} with their U and F bits.
 */
package dev.ferry.ldpd.packet.tlv;
