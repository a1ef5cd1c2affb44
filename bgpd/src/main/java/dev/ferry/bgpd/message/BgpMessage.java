package dev.ferry.bgpd.message;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/** A BGP message body; {@link MessageEncoder} adds the 19-byte header. */
public sealed interface BgpMessage permits OpenMessage, UpdateMessage, NotificationMessage, KeepaliveMessage,
        RouteRefreshMessage {
    int type();

    int bodyLength(CodecContext ctx);

    /** Writes the body into a heap buffer. */
    void writeBody(ByteBuffer out, CodecContext ctx);
}
