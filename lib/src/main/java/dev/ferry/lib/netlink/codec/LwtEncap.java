package dev.ferry.lib.netlink.codec;

/**
 * A lightweight tunnel encapsulation on a route or next hop: RTA_ENCAP (the type's own attributes,
 * nested) plus RTA_ENCAP_TYPE (u16, {@link LwtEncapType}), in that order, as iproute2 sends them:
 * <pre>
 * +------------------------------------+-------------------------+
 * | RTA_ENCAP|NLA_F_NESTED { type's    | RTA_ENCAP_TYPE (u16)    |
 * |   own attributes ... }             |                         |
 * +------------------------------------+-------------------------+
 * </pre>
 */
public sealed interface LwtEncap permits MplsEncap, Seg6Encap, Seg6LocalEncap, RawEncap {

    /** LWTUNNEL_ENCAP_*. */
    int encapType();

    /** Writes the attributes that go inside RTA_ENCAP. */
    void encodeAttributes(MessageWriter w);

    /** Writes RTA_ENCAP and RTA_ENCAP_TYPE. */
    static void encode(MessageWriter w, LwtEncap encap) {
        int start = w.beginNested(RouteAttr.ENCAP | MessageWriter.NLA_F_NESTED);
        encap.encodeAttributes(w);
        w.endNested(start);
        w.attrU16(RouteAttr.ENCAP_TYPE, encap.encapType());
    }

    /**
     * Decodes RTA_ENCAP's content, whose type came in RTA_ENCAP_TYPE; types Ferry does not model (and
     * seg6local actions it does not know) come back as {@link RawEncap}.
     *
     * @param encap a cursor over the attributes inside RTA_ENCAP
     * @param raw the RTA_ENCAP data, for {@link RawEncap}
     */
    static LwtEncap decode(int encapType, AttributeReader encap, byte[] raw) throws NetlinkDecodeException {
        return switch (encapType) {
            case LwtEncapType.MPLS -> MplsEncap.decode(encap);
            case LwtEncapType.SEG6 -> Seg6Encap.decode(encap);
            case LwtEncapType.SEG6_LOCAL -> {
                Seg6LocalEncap e = Seg6LocalEncap.decode(encap);
                yield e != null ? e : new RawEncap(encapType, raw);
            }
            default -> new RawEncap(encapType, raw);
        };
    }
}
