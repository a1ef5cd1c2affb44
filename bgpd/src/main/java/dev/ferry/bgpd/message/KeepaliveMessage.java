package dev.ferry.bgpd.message;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/** KEEPALIVE (RFC 4271 section 4.4): the header alone, 19 bytes. */
public record KeepaliveMessage() implements BgpMessage {
    public static final KeepaliveMessage INSTANCE = new KeepaliveMessage();

    @Override
    public int type() {
        return MessageType.KEEPALIVE;
    }

    @Override
    public int bodyLength(CodecContext ctx) {
        return 0;
    }

    @Override
    public void writeBody(ByteBuffer out, CodecContext ctx) {
    }
}
