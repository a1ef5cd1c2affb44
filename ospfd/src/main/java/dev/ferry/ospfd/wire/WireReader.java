package dev.ferry.ospfd.wire;

/**
 * A bounds-checked big-endian cursor over a byte range. Every read checks what is left and throws the checked
 * {@link DecodeException} (with the field's name) instead of an index exception, so decoders built on it cannot
 * fail in any other way on short input.
 */
public final class WireReader {
    private final byte[] buf;
    private final int start;
    private final int end;
    private int pos;

    private WireReader(byte[] buf, int start, int end) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.pos = start;
    }

    /** A reader over {@code buf[off, off+len)}, clamped to the array so that bad arguments give a short reader. */
    public static WireReader of(byte[] buf, int off, int len) {
        int s = Math.max(0, Math.min(off, buf.length));
        int e = (int) Math.max(s, Math.min((long) s + Math.max(0, len), buf.length));
        return new WireReader(buf, s, e);
    }

    public static WireReader of(byte[] buf) {
        return new WireReader(buf, 0, buf.length);
    }

    public int remaining() {
        return end - pos;
    }

    /** Bytes read so far from the start of this reader. */
    public int offset() {
        return pos - start;
    }

    private void need(int n, String what, DecodeError.Reason reason) throws DecodeException {
        if (n < 0 || n > end - pos) {
            throw new DecodeException(reason,
                    what + ": needs " + n + " bytes at offset " + (pos - start) + ", " + (end - pos) + " left");
        }
    }

    private void need(int n, String what) throws DecodeException {
        need(n, what, DecodeError.Reason.TRUNCATED);
    }

    public int u8(String what) throws DecodeException {
        need(1, what);
        return buf[pos++] & 0xff;
    }

    public int u16(String what) throws DecodeException {
        need(2, what);
        int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    public int u24(String what) throws DecodeException {
        need(3, what);
        int v = ((buf[pos] & 0xff) << 16) | ((buf[pos + 1] & 0xff) << 8) | (buf[pos + 2] & 0xff);
        pos += 3;
        return v;
    }

    /** 32 bits as an int (router ids, addresses, sequence numbers keep their bits). */
    public int u32(String what) throws DecodeException {
        need(4, what);
        int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    public byte[] bytes(int n, String what) throws DecodeException {
        return bytes(n, what, DecodeError.Reason.TRUNCATED);
    }

    public byte[] bytes(int n, String what, DecodeError.Reason reason) throws DecodeException {
        need(n, what, reason);
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        pos += n;
        return out;
    }

    public void skip(int n, String what) throws DecodeException {
        need(n, what);
        pos += n;
    }

    /** A reader over the next {@code n} bytes, which this one skips; short input fails with {@code reason}. */
    public WireReader slice(int n, String what, DecodeError.Reason reason) throws DecodeException {
        need(n, what, reason);
        WireReader r = new WireReader(buf, pos, pos + n);
        pos += n;
        return r;
    }

    public WireReader slice(int n, String what) throws DecodeException {
        return slice(n, what, DecodeError.Reason.TRUNCATED);
    }

    /** The next {@code n} bytes, without moving; for checksums over what is about to be parsed. */
    public byte[] peek(int n, String what, DecodeError.Reason reason) throws DecodeException {
        need(n, what, reason);
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        return out;
    }

    /** Fails with {@code reason} unless every byte was read. */
    public void expectEnd(String what, DecodeError.Reason reason) throws DecodeException {
        if (pos != end) {
            throw new DecodeException(reason, what + ": " + (end - pos) + " bytes left over");
        }
    }
}
