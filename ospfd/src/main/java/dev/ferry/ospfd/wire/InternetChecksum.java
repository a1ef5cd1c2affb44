package dev.ferry.ospfd.wire;

/** The IP ones'-complement checksum (RFC 1071), used by the OSPFv2 header and the OSPFv3 pseudo-header sum. */
public final class InternetChecksum {
    private InternetChecksum() {
    }

    /** Adds {@code data[off, off+len)} as big-endian 16-bit words (a last odd byte padded with zero) to {@code sum}. */
    public static long add(long sum, byte[] data, int off, int len) {
        int i = off;
        int end = off + len;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        return sum;
    }

    /** Folds the carries of a running sum and complements it. */
    public static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    public static int of(byte[] data, int off, int len) {
        return finish(add(0, data, off, len));
    }
}
