package dev.ferry.ldpd.packet;

import java.util.Arrays;
import java.util.HexFormat;

/** Immutable bytes with value equality, for the parts of a PDU kept opaque (unknown TLVs, returned PDUs). */
public final class Bytes {
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    public static Bytes of(byte[] data) {
        return new Bytes(data.clone());
    }

    /** From hex digits, spaces ignored (for tests and fixtures). */
    public static Bytes hex(String hex) {
        return new Bytes(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    public int length() {
        return data.length;
    }

    public byte[] toArray() {
        return data.clone();
    }

    public void writeTo(WireWriter w) {
        w.bytes(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(data);
    }
}
