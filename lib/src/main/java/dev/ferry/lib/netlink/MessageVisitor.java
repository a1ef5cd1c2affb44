package dev.ferry.lib.netlink;

import java.nio.ByteBuffer;

/**
 * Receives the messages of a datagram, one call each, without allocation: {@code message} is a view of
 * the socket's receive buffer positioned at the message's nlmsghdr with its limit at the message's end,
 * and it is reused for the next message. Decode (MessageDecoder) or copy before returning.
 */
@FunctionalInterface
public interface MessageVisitor {
    void message(int type, int flags, int seq, ByteBuffer message);
}
