package dev.ferry.zebra.iface;

import dev.ferry.lib.netlink.codec.LinkFlags;
import java.util.StringJoiner;

/** FRR's names for what `show interface` prints of a link: flags, link type, interface and slave types. */
final class LinkTypes {
    private static final int DEBUG = 0x4;
    private static final int NOTRAILERS = 0x20;
    private static final int ALLMULTI = 0x200;
    private static final int[] FLAG_BITS = {LinkFlags.UP, LinkFlags.BROADCAST, DEBUG, LinkFlags.LOOPBACK,
        LinkFlags.POINTOPOINT, NOTRAILERS, LinkFlags.RUNNING, LinkFlags.NOARP, LinkFlags.PROMISC, ALLMULTI,
        LinkFlags.MULTICAST};
    private static final String[] FLAG_NAMES = {"UP", "BROADCAST", "DEBUG", "LOOPBACK", "POINTOPOINT",
        "NOTRAILERS", "RUNNING", "NOARP", "PROMISC", "ALLMULTI", "MULTICAST"};

    private LinkTypes() {
    }

    /** lib/if.c if_flag_dump: "&lt;UP,BROADCAST,RUNNING,MULTICAST&gt;". */
    static String flags(int flags) {
        StringJoiner j = new StringJoiner(",", "<", ">");
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((flags & FLAG_BITS[i]) != 0) {
                j.add(FLAG_NAMES[i]);
            }
        }
        return j.toString();
    }

    /** if_link_type_str of netlink_to_zebra_link_type(ifi_type): "Ethernet", "Loopback". */
    static String linkType(int arphrd) {
        return switch (arphrd) {
            case 1 -> "Ethernet";
            case 2 -> "Experimental Ethernet";
            case 32 -> "InfiniBand";
            case 512 -> "PPP";
            case 768 -> "IPIP Tunnel";
            case 769 -> "IPIP6 Tunnel";
            case 772 -> "Loopback";
            case 776 -> "IPv6-in-IPv4 SIT";
            case 778 -> "GRE over IP";
            case 823 -> "GRE over IPv6";
            default -> "Unknown";
        };
    }

    /** zebra_ziftype_2str of the link's kind. */
    static String interfaceType(String kind) {
        if (kind == null) {
            return "Other";
        }
        return switch (kind) {
            case "vrf" -> "VRF";
            case "bridge" -> "Bridge";
            case "vlan" -> "Vlan";
            case "vxlan" -> "Vxlan";
            case "veth" -> "VETH";
            case "bond" -> "bond";
            case "macvlan" -> "macvlan";
            case "gre", "gretap", "ip6gre", "ip6gretap" -> "GRE";
            default -> "Other";
        };
    }

    /** zebra_zifslavetype_2str: what kind of master the link has. */
    static String slaveType(int master, String slaveKind) {
        if (master <= 0) {
            return "None";
        }
        if (slaveKind == null) {
            return "Other";
        }
        return switch (slaveKind) {
            case "vrf" -> "Vrf";
            case "bridge" -> "Bridge";
            case "bond" -> "Bond";
            default -> "Other";
        };
    }
}
