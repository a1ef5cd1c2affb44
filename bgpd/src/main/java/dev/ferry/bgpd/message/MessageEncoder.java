package dev.ferry.bgpd.message;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Writes whole messages: the header (RFC 4271 section 4.1: 16 bytes of 0xff, a 2-byte length, a type), then
 * the body.
 * <pre>
 * +-----------------------------------------------+
 * |                  Marker (16)                  |
 * +-----------------------------------------------+
 * |          Length (2)           |   Type (1)    |
 * +-----------------------------------------------+
 * </pre>
 */
public final class MessageEncoder {
    private MessageEncoder() {
    }

    /** The encoded message; IllegalArgumentException if it exceeds the size the session allows. */
    public static byte[] encode(BgpMessage m, CodecContext ctx) {
        int len = MessageType.HEADER_LENGTH + m.bodyLength(ctx);
        ByteBuffer out = ByteBuffer.allocate(len);
        write(out, m, ctx, len);
        return out.array();
    }

    public static void write(ByteBuffer out, BgpMessage m, CodecContext ctx) {
        write(out, m, ctx, MessageType.HEADER_LENGTH + m.bodyLength(ctx));
    }

    private static void write(ByteBuffer out, BgpMessage m, CodecContext ctx, int len) {
        int max = m.type() == MessageType.OPEN || m.type() == MessageType.KEEPALIVE ? CodecContext.MAX_MESSAGE
                : ctx.maxMessageLength();
        if (len > max) {
            throw new IllegalArgumentException(MessageType.name(m.type()) + " of " + len + " bytes exceeds " + max);
        }
        writeHeader(out, len, m.type());
        m.writeBody(out, ctx);
    }

    public static void writeHeader(ByteBuffer out, int length, int type) {
        for (int i = 0; i < MessageType.MARKER_LENGTH; i++) {
            out.put((byte) 0xff);
        }
        out.putShort((short) length);
        out.put((byte) type);
    }

    /** Writes a header into an array; used by the UPDATE packer. */
    static void writeHeader(byte[] b, int off, int length, int type) {
        Arrays.fill(b, off, off + MessageType.MARKER_LENGTH, (byte) 0xff);
        b[off + 16] = (byte) (length >>> 8);
        b[off + 17] = (byte) length;
        b[off + 18] = (byte) type;
    }
}
