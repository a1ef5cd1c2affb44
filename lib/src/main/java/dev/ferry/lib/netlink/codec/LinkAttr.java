package dev.ferry.lib.netlink.codec;

/** Link attribute types (linux/if_link.h): IFLA_*, IFLA_INFO_* inside IFLA_LINKINFO, IFLA_VRF_*. */
public final class LinkAttr {
    public static final int ADDRESS = 1;
    public static final int BROADCAST = 2;
    public static final int IFNAME = 3;
    public static final int MTU = 4;
    /** The peer / lower device (veth peer, vlan parent). */
    public static final int LINK = 5;
    public static final int MASTER = 10;
    public static final int OPERSTATE = 16;
    public static final int LINKINFO = 18;
    public static final int EXT_MASK = 29;
    public static final int CARRIER = 33;

    /** Inside IFLA_LINKINFO: the device kind ("veth", "vrf", "bridge", ...). */
    public static final int INFO_KIND = 1;
    /** Inside IFLA_LINKINFO: the kind's own attributes. */
    public static final int INFO_DATA = 2;
    /** Inside IFLA_LINKINFO: the kind of this device's master ("vrf" for an enslaved interface). */
    public static final int INFO_SLAVE_KIND = 4;

    /** Inside IFLA_INFO_DATA of a "vrf" device: its table id (u32). */
    public static final int VRF_TABLE = 1;

    /** IFLA_EXT_MASK bits for dumps: RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS, as iproute2 asks. */
    public static final int RTEXT_FILTER_VF = 1;
    public static final int RTEXT_FILTER_SKIP_STATS = 8;

    private LinkAttr() {
    }
}
