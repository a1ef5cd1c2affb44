package dev.ferry.lib.netlink.codec;

/**
 * MPLS push on an IP route (LWTUNNEL_ENCAP_MPLS, linux/mpls_iptunnel.h): the labels to push and,
 * optionally, the TTL to put in them (else the kernel copies the IP TTL):
 * <pre>
 * RTA_ENCAP {
 *     MPLS_IPTUNNEL_DST (1)   label stack entries, see {@link MplsLabelStack}
 *     MPLS_IPTUNNEL_TTL (2)   u8, optional
 * }
 * RTA_ENCAP_TYPE = 1
 * </pre>
 *
 * @param ttl 1..255, or -1 for none
 */
public record MplsEncap(MplsLabelStack labels, int ttl) implements LwtEncap {
    public static final int ATTR_DST = 1;
    public static final int ATTR_TTL = 2;

    public MplsEncap {
        if (ttl < -1 || ttl > 255) {
            throw new IllegalArgumentException("MPLS TTL out of range: " + ttl);
        }
    }

    /** Push {@code labels}, outermost first. */
    public static MplsEncap push(int... labels) {
        return new MplsEncap(MplsLabelStack.of(labels), -1);
    }

    @Override
    public int encapType() {
        return LwtEncapType.MPLS;
    }

    @Override
    public void encodeAttributes(MessageWriter w) {
        w.attrBytes(ATTR_DST, labels.encode());
        if (ttl >= 0) {
            w.attrU8(ATTR_TTL, ttl);
        }
    }

    static MplsEncap decode(AttributeReader r) throws NetlinkDecodeException {
        MplsLabelStack labels = MplsLabelStack.of();
        int ttl = -1;
        while (r.next()) {
            switch (r.type()) {
                case ATTR_DST -> labels = MplsLabelStack.decode(r);
                case ATTR_TTL -> ttl = r.u8();
                default -> {
                }
            }
        }
        return new MplsEncap(labels, ttl);
    }

    @Override
    public String toString() {
        return "mpls " + labels + (ttl >= 0 ? " ttl " + ttl : "");
    }
}
