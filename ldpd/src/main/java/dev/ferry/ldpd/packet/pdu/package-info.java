/**
 * LDP PDUs: {@link dev.ferry.ldpd.packet.pdu.PduStreamSplitter} cuts a session's TCP stream into PDUs, {@link
 * dev.ferry.ldpd.packet.pdu.PduDecoder} checks the header and decodes every message in turn, and {@link
 * dev.ferry.ldpd.packet.pdu.Pdu} encodes.
 */
package dev.ferry.ldpd.packet.pdu;
