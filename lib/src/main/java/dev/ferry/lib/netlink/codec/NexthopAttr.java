package dev.ferry.lib.netlink.codec;

/** Nexthop object attribute types, NHA_* (linux/nexthop.h), those Ferry writes or reads. */
public final class NexthopAttr {
    /** u32: the object's id, which routes give in RTA_NH_ID. */
    public static final int ID = 1;
    /** An array of struct nexthop_grp: the members of a group. */
    public static final int GROUP = 2;
    /** u16: NEXTHOP_GRP_TYPE_MPATH (0) or _RES (1). */
    public static final int GROUP_TYPE = 3;
    /** A flag without data: the object drops what is sent to it. */
    public static final int BLACKHOLE = 4;
    /** u32: the outgoing interface. */
    public static final int OIF = 5;
    /** The gateway, 4 or 16 bytes after nh_family. */
    public static final int GATEWAY = 6;

    private NexthopAttr() {
    }
}
