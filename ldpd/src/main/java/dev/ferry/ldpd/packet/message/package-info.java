/**
 * LDP messages, one record per type with its mandatory and optional TLVs; {@link
 * dev.ferry.ldpd.packet.message.MessageDecoder} frames a message and applies RFC 5036's rules on unknown messages
 * and TLVs (per their U bit), missing parameters and the FEC elements each message may carry.
 */
package dev.ferry.ldpd.packet.message;
