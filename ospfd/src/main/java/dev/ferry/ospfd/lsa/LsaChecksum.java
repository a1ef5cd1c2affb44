package dev.ferry.ospfd.lsa;

/**
 * The LSA checksum: the Fletcher checksum of ISO 8473 / RFC 905 Annex B over the whole LSA except LS age
 * (RFC 2328 12.1.7, RFC 5340 4.4.1), placed so that the sums over the checksummed bytes come out zero. Same
 * arithmetic as FRR's {@code fletcher_checksum}, so that our LSAs carry the checksum FRR computes.
 */
public final class LsaChecksum {
    /** Offset of the checksum field from the start of the LSA. */
    public static final int FIELD_OFFSET = 16;
    /** The checksum skips LS age. */
    private static final int START = 2;
    /** The largest run of bytes that cannot overflow an int before the mod. */
    private static final int MODX = 4102;

    private LsaChecksum() {
    }

    /** The checksum for the LSA {@code lsa[off, off+len)}, as if its checksum field were zero. */
    public static int compute(byte[] lsa, int off, int len) {
        int n = len - START;
        int from = off + START;
        int fieldAt = FIELD_OFFSET - START;
        int c0 = 0;
        int c1 = 0;
        for (int i = 0; i < n; ) {
            int stop = Math.min(n, i + MODX);
            for (; i < stop; i++) {
                int b = i == fieldAt || i == fieldAt + 1 ? 0 : lsa[from + i] & 0xff;
                c0 += b;
                c1 += c0;
            }
            c0 %= 255;
            c1 %= 255;
        }
        int x = ((n - fieldAt - 1) * c0 - c1) % 255;
        if (x <= 0) {
            x += 255;
        }
        int y = 510 - c0 - x;
        if (y > 255) {
            y -= 255;
        }
        return (x << 8) | (y & 0xff);
    }

    /** Computes the checksum and writes it into the LSA's checksum field. */
    public static int fill(byte[] lsa, int off, int len) {
        int c = compute(lsa, off, len);
        lsa[off + FIELD_OFFSET] = (byte) (c >>> 8);
        lsa[off + FIELD_OFFSET + 1] = (byte) c;
        return c;
    }

    /** True when the LSA's own checksum field is right: both Fletcher sums over it come out zero. */
    public static boolean verify(byte[] lsa, int off, int len) {
        if (len < FIELD_OFFSET + 2) {
            return false;
        }
        int c0 = 0;
        int c1 = 0;
        int n = len - START;
        for (int i = 0; i < n; ) {
            int stop = Math.min(n, i + MODX);
            for (; i < stop; i++) {
                c0 += lsa[off + START + i] & 0xff;
                c1 += c0;
            }
            c0 %= 255;
            c1 %= 255;
        }
        return c0 == 0 && c1 == 0;
    }
}
