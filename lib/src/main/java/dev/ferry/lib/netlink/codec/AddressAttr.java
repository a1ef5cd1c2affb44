package dev.ferry.lib.netlink.codec;

/** Address attribute types, IFA_* (linux/if_addr.h), and the IFA_F_* flags Ferry uses. */
public final class AddressAttr {
    /** The prefix address; on point-to-point links, the peer's. */
    public static final int ADDRESS = 1;
    /** The interface's own address. */
    public static final int LOCAL = 2;
    /** The IPv4 label ("eth0:1"). */
    public static final int LABEL = 3;
    public static final int BROADCAST = 4;
    public static final int CACHEINFO = 6;
    /** All flags as a u32 (ifa_flags holds only the low 8 bits). */
    public static final int FLAGS = 8;

    public static final int F_SECONDARY = 0x01;
    /** IPv6: skip duplicate address detection. */
    public static final int F_NODAD = 0x02;
    public static final int F_DADFAILED = 0x08;
    public static final int F_TENTATIVE = 0x40;
    public static final int F_PERMANENT = 0x80;
    public static final int F_NOPREFIXROUTE = 0x200;

    private AddressAttr() {
    }
}
