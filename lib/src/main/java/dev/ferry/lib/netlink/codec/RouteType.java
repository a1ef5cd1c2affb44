package dev.ferry.lib.netlink.codec;

/** rtm_type values, RTN_* (linux/rtnetlink.h). */
public final class RouteType {
    public static final int UNSPEC = 0;
    public static final int UNICAST = 1;
    public static final int LOCAL = 2;
    public static final int BROADCAST = 3;
    public static final int ANYCAST = 4;
    public static final int MULTICAST = 5;
    /** Drop silently. */
    public static final int BLACKHOLE = 6;
    /** Drop with ICMP unreachable. */
    public static final int UNREACHABLE = 7;
    /** Drop with ICMP administratively prohibited. */
    public static final int PROHIBIT = 8;
    public static final int THROW = 9;

    private RouteType() {
    }
}
