package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * An MPLS label stack as netlink carries it (RTA_DST / RTA_NEWDST of AF_MPLS routes,
 * MPLS_IPTUNNEL_DST): one big-endian label stack entry per label, outermost first (RFC 3032):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Label                  | TC  |S|      TTL      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * S (bottom of stack, 0x100) is set on the last entry; TC and TTL are 0, as iproute2 sends them.
 * Implicit null (3) never goes on the wire: penultimate hop popping is a route without RTA_NEWDST (the
 * kernel refuses label 3 in a stack).
 */
public record MplsLabelStack(int[] labels) {
    public static final int IPV4_EXPLICIT_NULL = 0;
    public static final int IPV6_EXPLICIT_NULL = 2;
    public static final int IMPLICIT_NULL = 3;
    public static final int MAX_LABEL = 0xfffff;
    private static final int BOTTOM_OF_STACK = 0x100;

    public MplsLabelStack {
        labels = labels.clone();
        for (int l : labels) {
            if (l < 0 || l > MAX_LABEL) {
                throw new IllegalArgumentException("MPLS label out of range: " + l);
            }
        }
    }

    public static MplsLabelStack of(int... labels) {
        return new MplsLabelStack(labels);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    public int size() {
        return labels.length;
    }

    public int label(int i) {
        return labels[i];
    }

    /** The entries, 4 bytes each, bottom of stack set on the last. */
    public byte[] encode() {
        byte[] b = new byte[4 * labels.length];
        for (int i = 0; i < labels.length; i++) {
            int e = entry(labels[i], i == labels.length - 1);
            b[4 * i] = (byte) (e >>> 24);
            b[4 * i + 1] = (byte) (e >>> 16);
            b[4 * i + 2] = (byte) (e >>> 8);
            b[4 * i + 3] = (byte) e;
        }
        return b;
    }

    /** One label stack entry: label &lt;&lt; 12, bottom of stack bit, TTL 0. */
    public static int entry(int label, boolean bottomOfStack) {
        return label << 12 | (bottomOfStack ? BOTTOM_OF_STACK : 0);
    }

    /** The labels of the entries in {@code r}'s current attribute (a multiple of 4 bytes). */
    public static MplsLabelStack decode(AttributeReader r) throws NetlinkDecodeException {
        if (r.length() % 4 != 0) {
            throw new NetlinkDecodeException(Problem.BAD_ATTRIBUTE_LENGTH, r.dataOffset() - 4,
                    "label stack of " + r.length() + " bytes");
        }
        byte[] b = r.bytes();
        int[] labels = new int[b.length / 4];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ((b[4 * i] & 0xff) << 12) | ((b[4 * i + 1] & 0xff) << 4) | ((b[4 * i + 2] & 0xff) >>> 4);
        }
        return new MplsLabelStack(labels);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MplsLabelStack s && Arrays.equals(s.labels, labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels);
    }

    /** "100/200", the way iproute2 and FRR print a stack. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner("/");
        for (int l : labels) {
            j.add(Integer.toString(l));
        }
        return j.toString();
    }
}
