package dev.ferry.ospfd.wire;

/**
 * Router ids, area ids, link state ids and IPv4 addresses travel as 32-bit fields and are kept as ints; this turns
 * them to and from dotted quads.
 */
public final class RouterIds {
    private RouterIds() {
    }

    public static String format(int id) {
        return (id >>> 24) + "." + ((id >>> 16) & 0xff) + "." + ((id >>> 8) & 0xff) + "." + (id & 0xff);
    }

    /** Parses "A.B.C.D"; throws IllegalArgumentException on anything else (for configuration and tests). */
    public static int parse(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a dotted quad: " + dotted);
        }
        int v = 0;
        for (String p : parts) {
            int b = Integer.parseInt(p);
            if (b < 0 || b > 255) {
                throw new IllegalArgumentException("not a dotted quad: " + dotted);
            }
            v = (v << 8) | b;
        }
        return v;
    }
}
