package dev.ferry.lib.netlink.codec;

/** RTA_ENCAP_TYPE values, LWTUNNEL_ENCAP_* (linux/lwtunnel.h). */
public final class LwtEncapType {
    public static final int NONE = 0;
    public static final int MPLS = 1;
    public static final int IP = 2;
    public static final int ILA = 3;
    public static final int IP6 = 4;
    public static final int SEG6 = 5;
    public static final int BPF = 6;
    public static final int SEG6_LOCAL = 7;

    private LwtEncapType() {
    }
}
