package dev.ferry.ldpd.packet;

import java.net.InetAddress;
import java.util.Arrays;

/** A growable big-endian byte sink for encoding PDUs, with length fields patched once their content is written. */
public final class WireWriter {
    private byte[] buf = new byte[128];
    private int size;

    private void grow(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }

    public WireWriter u8(int v) {
        grow(1);
        buf[size++] = (byte) v;
        return this;
    }

    public WireWriter u16(int v) {
        grow(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    public WireWriter u32(int v) {
        grow(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    public WireWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public WireWriter bytes(byte[] b, int off, int len) {
        grow(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    public WireWriter address(InetAddress a) {
        return bytes(a.getAddress());
    }

    /** Where the next byte goes. */
    public int position() {
        return size;
    }

    /** Overwrites a 16-bit field written earlier (a length, once the content is known). */
    public void patchU16(int at, int v) {
        if (v > 0xffff) {
            throw new IllegalStateException("length " + v + " does not fit in 16 bits");
        }
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
