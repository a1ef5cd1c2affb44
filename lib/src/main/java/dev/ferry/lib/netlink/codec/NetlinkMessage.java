package dev.ferry.lib.netlink.codec;

/**
 * A decoded netlink message: its header (type tells NEW from DEL, seq matches a request) and payload.
 */
public record NetlinkMessage(NlMsgHeader header, Payload payload) {
}
