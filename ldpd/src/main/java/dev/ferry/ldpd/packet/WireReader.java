package dev.ferry.ldpd.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;

/**
 * A bounds-checked cursor over a slice of bytes, big-endian. Reading past the slice throws a
 * {@link DecodeException} with the status chosen for the slice (Bad PDU Length for a PDU, Bad Message Length for a
 * message body, Bad TLV Length for a TLV value), so a short field is reported as the RFC asks and never as an
 * unchecked exception.
 */
public final class WireReader {
    private final byte[] data;
    private final int limit;
    private final StatusCode onShort;
    private int pos;

    private WireReader(byte[] data, int from, int limit, StatusCode onShort) {
        this.data = data;
        this.pos = from;
        this.limit = limit;
        this.onShort = onShort;
    }

    /** The whole array. */
    public static WireReader of(byte[] data, StatusCode onShort) {
        return new WireReader(data, 0, data.length, onShort);
    }

    public int remaining() {
        return limit - pos;
    }

    public boolean hasRemaining() {
        return pos < limit;
    }

    /** Offset in the underlying array (for error details and slices of raw bytes). */
    public int position() {
        return pos;
    }

    private void need(int n, String what) throws DecodeException {
        if (n < 0 || n > limit - pos) {
            throw new DecodeException(onShort, what + ": needs " + n + " bytes, " + (limit - pos) + " left");
        }
    }

    public int u8(String what) throws DecodeException {
        need(1, what);
        return data[pos++] & 0xff;
    }

    public int u16(String what) throws DecodeException {
        need(2, what);
        int v = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    /** A 32-bit field as a Java int (bit pattern kept). */
    public int u32(String what) throws DecodeException {
        need(4, what);
        int v = ((data[pos] & 0xff) << 24) | ((data[pos + 1] & 0xff) << 16) | ((data[pos + 2] & 0xff) << 8)
                | (data[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    public byte[] bytes(int n, String what) throws DecodeException {
        need(n, what);
        byte[] out = new byte[n];
        System.arraycopy(data, pos, out, 0, n);
        pos += n;
        return out;
    }

    public Inet4Address ipv4(String what) throws DecodeException {
        return Inet.v4(bytes(4, what));
    }

    public Inet6Address ipv6(String what) throws DecodeException {
        return Inet.v6(bytes(16, what));
    }

    /**
     * The next {@code n} bytes as their own reader, reporting shortness with {@code onShort}; this reader moves
     * past them. Fails with this reader's status when fewer than {@code n} bytes are left.
     */
    public WireReader slice(int n, StatusCode sliceOnShort, String what) throws DecodeException {
        need(n, what);
        WireReader r = new WireReader(data, pos, pos + n, sliceOnShort);
        pos += n;
        return r;
    }
}
