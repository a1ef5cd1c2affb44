package dev.ferry.lib.netlink.codec;

/** seg6 encap modes, SEG6_IPTUN_MODE_* (linux/seg6_iptunnel.h), with iproute2's names. */
public enum Seg6Mode {
    /** H.Insert: the SRH goes into the packet's own IPv6 header. */
    INLINE(0, "inline"),
    /** H.Encaps: a new outer IPv6 header with the SRH. */
    ENCAP(1, "encap"),
    L2ENCAP(2, "l2encap"),
    /** H.Encaps.Red: the first segment goes in the outer destination only. */
    ENCAP_RED(3, "encap.red"),
    L2ENCAP_RED(4, "l2encap.red");

    private final int code;
    private final String text;

    Seg6Mode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    /** The name iproute2 prints and parses. */
    public String text() {
        return text;
    }

    /** The mode of a code, or null. */
    public static Seg6Mode of(int code) {
        for (Seg6Mode m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        return null;
    }
}
