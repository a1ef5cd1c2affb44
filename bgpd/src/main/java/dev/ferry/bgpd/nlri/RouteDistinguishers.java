package dev.ferry.bgpd.nlri;

import dev.ferry.bgpd.config.RouteDistinguisher;
import java.nio.ByteBuffer;

/**
 * Wire form of a route distinguisher (RFC 4364 section 4.2), 8 bytes: a 2-byte type, then the administrator
 * and assigned number fields whose widths depend on the type. The value type is the configuration's
 * {@link RouteDistinguisher}, which already parses and prints FRR's text forms ("1:100", "1.1.1.1:5",
 * "65536:7"). An unknown type is split like type 0 so that it still round-trips.
 * <pre>
 *  type 0: | 0x0000 | AS (2)       | assigned (4) |
 *  type 1: | 0x0001 | IPv4 (4)     | assigned (2) |
 *  type 2: | 0x0002 | AS (4)       | assigned (2) |
 * </pre>
 */
public final class RouteDistinguishers {
    public static final int LENGTH = 8;
    /** The all-zero RD "0:0" that prefixes VPN next hops (RFC 4364 section 4.3.2). */
    public static final RouteDistinguisher ZERO = new RouteDistinguisher(0, 0, 0);

    private RouteDistinguishers() {
    }

    /** Reads 8 bytes at {@code offset} of {@code buf} (absolute; the caller checked the length). */
    public static RouteDistinguisher read(ByteBuffer buf, int offset) {
        int type = buf.getShort(offset) & 0xffff;
        return switch (type) {
            case 1, 2 -> new RouteDistinguisher(type, buf.getInt(offset + 2) & 0xffffffffL,
                    buf.getShort(offset + 6) & 0xffff);
            default -> new RouteDistinguisher(type, buf.getShort(offset + 2) & 0xffff,
                    buf.getInt(offset + 4) & 0xffffffffL);
        };
    }

    public static void write(ByteBuffer out, RouteDistinguisher rd) {
        out.putShort((short) rd.type());
        if (rd.type() == 1 || rd.type() == 2) {
            out.putInt((int) rd.administrator());
            out.putShort((short) rd.assigned());
        } else {
            out.putShort((short) rd.administrator());
            out.putInt((int) rd.assigned());
        }
    }

    /** Writes the 8 bytes at {@code off} of {@code b} and returns the offset after them. */
    public static int write(byte[] b, int off, RouteDistinguisher rd) {
        long admin = rd.administrator();
        long assigned = rd.assigned();
        b[off] = (byte) (rd.type() >>> 8);
        b[off + 1] = (byte) rd.type();
        if (rd.type() == 1 || rd.type() == 2) {
            b[off + 2] = (byte) (admin >>> 24);
            b[off + 3] = (byte) (admin >>> 16);
            b[off + 4] = (byte) (admin >>> 8);
            b[off + 5] = (byte) admin;
            b[off + 6] = (byte) (assigned >>> 8);
            b[off + 7] = (byte) assigned;
        } else {
            b[off + 2] = (byte) (admin >>> 8);
            b[off + 3] = (byte) admin;
            b[off + 4] = (byte) (assigned >>> 24);
            b[off + 5] = (byte) (assigned >>> 16);
            b[off + 6] = (byte) (assigned >>> 8);
            b[off + 7] = (byte) assigned;
        }
        return off + LENGTH;
    }

    /** FRR's prefix_rd2str: the configuration's text form, "Unknown Type: N" for other types. */
    public static String format(RouteDistinguisher rd) {
        return rd.type() <= 2 ? rd.toString() : "Unknown Type: " + rd.type();
    }
}
