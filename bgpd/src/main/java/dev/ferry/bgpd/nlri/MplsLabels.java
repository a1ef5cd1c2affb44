package dev.ferry.bgpd.nlri;

/**
 * The 3-byte label field of labelled NLRI (RFC 8277 section 2): a 20-bit label, 3 traffic-class bits and the
 * bottom-of-stack bit.
 * <pre>
 *  0                   1                   2
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Label                  |  TC |S|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class MplsLabels {
    /**
     * The label field senders put in withdrawals (RFC 3107's 0x800000, kept by RFC 8277 section 2.4, which
     * tells the receiver to ignore the field). FRR sends exactly this.
     */
    public static final int WITHDRAW_FIELD = 0x800000;
    public static final int IMPLICIT_NULL = 3;

    private MplsLabels() {
    }

    /** The field for one label at the bottom of the stack. */
    public static int field(int label) {
        return ((label & 0xfffff) << 4) | 1;
    }

    public static int label(int field) {
        return (field >>> 4) & 0xfffff;
    }

    public static boolean bottomOfStack(int field) {
        return (field & 1) != 0;
    }
}
