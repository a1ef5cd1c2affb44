package dev.ferry.lib.netlink.codec;

import java.util.StringJoiner;

/** ifi_flags bits, IFF_* (linux/if.h), with the names `ip link` prints. */
public final class LinkFlags {
    /** Administratively up. */
    public static final int UP = 0x1;
    public static final int BROADCAST = 0x2;
    public static final int LOOPBACK = 0x8;
    public static final int POINTOPOINT = 0x10;
    /** Operationally up (RFC 2863 up or unknown). */
    public static final int RUNNING = 0x40;
    public static final int NOARP = 0x80;
    public static final int PROMISC = 0x100;
    public static final int MULTICAST = 0x1000;
    /** The carrier is up (L1). */
    public static final int LOWER_UP = 0x10000;
    public static final int DORMANT = 0x20000;

    private static final int[] BITS = {LOOPBACK, BROADCAST, POINTOPOINT, MULTICAST, NOARP, PROMISC, UP, RUNNING,
        LOWER_UP, DORMANT};
    private static final String[] NAMES = {"LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP", "PROMISC",
        "UP", "RUNNING", "LOWER_UP", "DORMANT"};

    private LinkFlags() {
    }

    /** "BROADCAST,MULTICAST,UP,LOWER_UP". */
    public static String format(int flags) {
        StringJoiner j = new StringJoiner(",");
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) != 0) {
                j.add(NAMES[i]);
            }
        }
        return j.toString();
    }
}
