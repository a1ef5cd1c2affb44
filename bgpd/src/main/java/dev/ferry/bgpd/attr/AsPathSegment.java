package dev.ferry.bgpd.attr;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One AS_PATH or AS4_PATH segment (RFC 4271 section 4.3, RFC 5065 for the confederation types): a type, a
 * count of 1 to 255, then the AS numbers, 2 or 4 bytes each. AS numbers are unsigned ints.
 * <pre>
 * +--------------+--------------+-----------------------------+
 * | segment type | count (ASes) | AS numbers (count * 2 or 4) |
 * +--------------+--------------+-----------------------------+
 * </pre>
 */
public record AsPathSegment(int type, int[] asns) {
    public static final int AS_SET = 1;
    public static final int AS_SEQUENCE = 2;
    public static final int AS_CONFED_SEQUENCE = 3;
    public static final int AS_CONFED_SET = 4;
    /** What a 2-octet speaker sees in place of an AS above 65535 (RFC 6793). */
    public static final int AS_TRANS = 23456;

    public AsPathSegment {
        if (type < AS_SET || type > AS_CONFED_SET || asns.length == 0 || asns.length > 255) {
            throw new IllegalArgumentException("bad AS_PATH segment");
        }
        asns = asns.clone();
    }

    @Override
    public int[] asns() {
        return asns.clone();
    }

    public int size() {
        return asns.length;
    }

    public int asn(int i) {
        return asns[i];
    }

    public boolean isConfederation() {
        return type == AS_CONFED_SEQUENCE || type == AS_CONFED_SET;
    }

    public boolean isSet() {
        return type == AS_SET || type == AS_CONFED_SET;
    }

    int encodedLength(int asSize) {
        return 2 + asns.length * asSize;
    }

    void write(ByteBuffer out, int asSize) {
        out.put((byte) type);
        out.put((byte) asns.length);
        for (int as : asns) {
            if (asSize == 4) {
                out.putInt(as);
            } else {
                out.putShort((short) (Integer.compareUnsigned(as, 0xffff) > 0 ? AS_TRANS : as));
            }
        }
    }

    /** Reads segments filling the whole of {@code v}; null if a segment is empty, of unknown type or overruns. */
    static List<AsPathSegment> decodeAll(ByteBuffer v, int asSize) {
        List<AsPathSegment> out = new ArrayList<>();
        int pos = 0;
        int end = v.remaining();
        while (pos < end) {
            if (end - pos < 2) {
                return null;
            }
            int type = v.get(pos) & 0xff;
            int count = v.get(pos + 1) & 0xff;
            if (type < AS_SET || type > AS_CONFED_SET || count == 0 || pos + 2 + count * asSize > end) {
                return null;
            }
            int[] asns = new int[count];
            for (int i = 0; i < count; i++) {
                int at = pos + 2 + i * asSize;
                asns[i] = asSize == 4 ? v.getInt(at) : v.getShort(at) & 0xffff;
            }
            out.add(new AsPathSegment(type, asns));
            pos += 2 + count * asSize;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AsPathSegment s && s.type == type && Arrays.equals(s.asns, asns);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(asns);
    }

    /** FRR's aspath_print: "1 2", "{1,2}", "(1 2)", "[1,2]". */
    @Override
    public String toString() {
        String sep = isSet() ? "," : " ";
        StringBuilder sb = new StringBuilder();
        switch (type) {
            case AS_SET -> sb.append('{');
            case AS_CONFED_SEQUENCE -> sb.append('(');
            case AS_CONFED_SET -> sb.append('[');
            default -> { }
        }
        for (int i = 0; i < asns.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Integer.toUnsignedString(asns[i]));
        }
        switch (type) {
            case AS_SET -> sb.append('}');
            case AS_CONFED_SEQUENCE -> sb.append(')');
            case AS_CONFED_SET -> sb.append(']');
            default -> { }
        }
        return sb.toString();
    }
}
