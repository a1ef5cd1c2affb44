package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;

/**
 * Writes path attributes with their header: flags, type, then a 1-byte length, or a 2-byte one when the
 * Extended Length bit is set (always when the value exceeds 255 bytes, RFC 4271 section 4.3).
 */
public final class AttributeCodec {
    private AttributeCodec() {
    }

    public static int encodedLength(PathAttribute a, CodecContext ctx) {
        int len = a.valueLength(ctx);
        return (extended(a, len) ? 4 : 3) + len;
    }

    public static void write(ByteBuffer out, PathAttribute a, CodecContext ctx) {
        int len = a.valueLength(ctx);
        boolean ext = extended(a, len);
        out.put((byte) ((a.flags() & ~AttributeType.EXTENDED_LENGTH) | (ext ? AttributeType.EXTENDED_LENGTH : 0)));
        out.put((byte) a.type());
        if (ext) {
            out.putShort((short) len);
        } else {
            out.put((byte) len);
        }
        a.writeValue(out, ctx);
    }

    public static byte[] toBytes(PathAttribute a, CodecContext ctx) {
        ByteBuffer out = ByteBuffer.allocate(encodedLength(a, ctx));
        write(out, a, ctx);
        return out.array();
    }

    private static boolean extended(PathAttribute a, int len) {
        return len > 255 || (a.flags() & AttributeType.EXTENDED_LENGTH) != 0;
    }
}
