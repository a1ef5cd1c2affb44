package dev.ferry.lib.netlink.codec;

/**
 * A request message not yet written: the socket layer gives it a sequence number and a place in its send
 * buffer. Link and address requests ask for an ACK (NLM_F_ACK), as iproute2's do.
 */
@FunctionalInterface
public interface NetlinkRequest {
    /** Writes the whole message at the writer's position; returns its start offset. */
    int encode(MessageWriter w, int seq);
}
