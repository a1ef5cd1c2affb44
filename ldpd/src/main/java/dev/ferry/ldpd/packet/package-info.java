/**
 * LDP's wire codec (RFC 5036, with RFC 5561, 5918, 5919 and 7552), pure and byte-exact. This package holds what the
 * layers share: bounds-checked reading and writing, the LDP identifier, the status codes with FRR's names, and
 * the typed errors ({@link dev.ferry.ldpd.packet.LdpError}) that carry the Notification the RFC requires and
 * whether it closes the session. Sub-packages: {@code tlv} (one class per TLV), {@code message} (one class per
 * message), {@code pdu} (the PDU, its decoder and the TCP stream splitter). No decoder throws an unchecked
 * exception on any input: nested decoding fails with the checked {@link dev.ferry.ldpd.packet.DecodeException},
 * which the public entry points turn into a result.
 */
package dev.ferry.ldpd.packet;
