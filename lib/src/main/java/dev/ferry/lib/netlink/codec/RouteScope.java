package dev.ferry.lib.netlink.codec;

/** rtm_scope values, RT_SCOPE_* (linux/rtnetlink.h). */
public final class RouteScope {
    /** Routes via a gateway, and blackhole / unreachable / prohibit. */
    public static final int UNIVERSE = 0;
    /** Routes to a directly attached link (an interface, no gateway). */
    public static final int LINK = 253;
    public static final int HOST = 254;
    /** What iproute2 puts in a delete request: matches any scope. */
    public static final int NOWHERE = 255;

    private RouteScope() {
    }
}
