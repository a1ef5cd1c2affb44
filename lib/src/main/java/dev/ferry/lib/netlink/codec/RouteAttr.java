package dev.ferry.lib.netlink.codec;

/** Route attribute types, RTA_* (linux/rtnetlink.h), and the rtm_flags / rtnh_flags bits Ferry uses. */
public final class RouteAttr {
    public static final int DST = 1;
    public static final int SRC = 2;
    public static final int IIF = 3;
    public static final int OIF = 4;
    public static final int GATEWAY = 5;
    /** The metric. */
    public static final int PRIORITY = 6;
    public static final int PREFSRC = 7;
    public static final int METRICS = 8;
    public static final int MULTIPATH = 9;
    public static final int TABLE = 15;
    /** MPLS: the outgoing label stack. */
    public static final int NEWDST = 19;
    /** struct rtvia: a gateway of another family (MPLS routes, IPv4 over an IPv6 next hop). */
    public static final int VIA = 18;
    public static final int PREF = 20;
    public static final int ENCAP_TYPE = 21;
    public static final int ENCAP = 22;
    /** u32: the id of the kernel nexthop object the route forwards by ({@link NexthopMessage}). */
    public static final int NH_ID = 30;

    /** rtnh_flags / low byte of rtm_flags: the gateway is on the link even without a matching prefix. */
    public static final int RTNH_F_ONLINK = 4;
    /** Kernel-set next hop flags live in the low byte of rtm_flags (RTNH_F_*). */
    public static final int RTNH_FLAGS_MASK = 0xff;

    private RouteAttr() {
    }
}
