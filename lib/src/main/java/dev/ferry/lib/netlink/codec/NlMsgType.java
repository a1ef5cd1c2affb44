package dev.ferry.lib.netlink.codec;

/**
 * nlmsg_type values used by Ferry (linux/netlink.h, linux/rtnetlink.h). Control messages are below 16;
 * rtnetlink's come in NEW/DEL/GET triples per object.
 */
public final class NlMsgType {
    public static final int NOOP = 1;
    public static final int ERROR = 2;
    public static final int DONE = 3;
    public static final int OVERRUN = 4;

    public static final int RTM_NEWLINK = 16;
    public static final int RTM_DELLINK = 17;
    public static final int RTM_GETLINK = 18;
    public static final int RTM_NEWADDR = 20;
    public static final int RTM_DELADDR = 21;
    public static final int RTM_GETADDR = 22;
    public static final int RTM_NEWROUTE = 24;
    public static final int RTM_DELROUTE = 25;
    public static final int RTM_GETROUTE = 26;
    /** Nexthop objects (Linux 5.3+), {@link NexthopMessage}. */
    public static final int RTM_NEWNEXTHOP = 104;
    public static final int RTM_DELNEXTHOP = 105;
    public static final int RTM_GETNEXTHOP = 106;

    private NlMsgType() {
    }

    /** "RTM_NEWROUTE", or the number for a type Ferry does not name. */
    public static String name(int type) {
        return switch (type) {
            case NOOP -> "NLMSG_NOOP";
            case ERROR -> "NLMSG_ERROR";
            case DONE -> "NLMSG_DONE";
            case OVERRUN -> "NLMSG_OVERRUN";
            case RTM_NEWLINK -> "RTM_NEWLINK";
            case RTM_DELLINK -> "RTM_DELLINK";
            case RTM_GETLINK -> "RTM_GETLINK";
            case RTM_NEWADDR -> "RTM_NEWADDR";
            case RTM_DELADDR -> "RTM_DELADDR";
            case RTM_GETADDR -> "RTM_GETADDR";
            case RTM_NEWROUTE -> "RTM_NEWROUTE";
            case RTM_DELROUTE -> "RTM_DELROUTE";
            case RTM_GETROUTE -> "RTM_GETROUTE";
            case RTM_NEWNEXTHOP -> "RTM_NEWNEXTHOP";
            case RTM_DELNEXTHOP -> "RTM_DELNEXTHOP";
            case RTM_GETNEXTHOP -> "RTM_GETNEXTHOP";
            default -> Integer.toString(type);
        };
    }
}
