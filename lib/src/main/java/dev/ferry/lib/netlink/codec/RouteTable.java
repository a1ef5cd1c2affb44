package dev.ferry.lib.netlink.codec;

/**
 * Well-known routing table ids (linux/rtnetlink.h). Ids are u32; rtm_table holds only 8 bits, so a table
 * above 255 is sent as rtm_table = UNSPEC plus RTA_TABLE (what iproute2 and FRR do).
 */
public final class RouteTable {
    public static final int UNSPEC = 0;
    public static final int DEFAULT = 253;
    public static final int MAIN = 254;
    public static final int LOCAL = 255;

    private RouteTable() {
    }
}
