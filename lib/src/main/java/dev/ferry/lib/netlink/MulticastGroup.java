package dev.ferry.lib.netlink;

/**
 * rtnetlink multicast groups, RTNLGRP_* (linux/rtnetlink.h): what a socket subscribes to, to hear about
 * changes it did not make. Group g is bit g-1 of sockaddr_nl.nl_groups.
 */
public enum MulticastGroup {
    LINK(1),
    IPV4_IFADDR(5),
    IPV4_ROUTE(7),
    IPV6_IFADDR(9),
    IPV6_ROUTE(11),
    MPLS_ROUTE(27),
    NEXTHOP(32);

    private final int group;

    MulticastGroup(int group) {
        this.group = group;
    }

    /** The RTNLGRP_* number. */
    public int group() {
        return group;
    }

    /** Its bit in nl_groups. */
    public int mask() {
        return 1 << (group - 1);
    }
}
