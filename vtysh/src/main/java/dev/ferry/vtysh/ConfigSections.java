package dev.ferry.vtysh;

/**
 * How FRR's vtysh sorts running-config lines into sections (vtysh_config.c, vtysh_config_parse_line):
 * the header prefixes that open a block of each FRR node type, in FRR's test order (first match wins,
 * so "router ospf6" lands with "router ospf", as in FRR). Sections print in node-type order.
 */
final class ConfigSections {
    // FRR 8.4 lib/command.h enum node_type values that running-config uses.
    static final int DEBUG = 5;
    static final int VRF_DEBUG = 6;
    static final int NORTHBOUND_DEBUG = 7;
    static final int RMAP_DEBUG = 9;
    static final int RESOLVER_DEBUG = 10;
    static final int AAA = 11;
    static final int KEYCHAIN = 13;
    static final int KEYCHAIN_KEY = 14;
    static final int IP = 15;
    static final int VRF = 16;
    static final int INTERFACE = 17;
    static final int NH_GROUP = 18;
    static final int ZEBRA = 19;
    static final int RIP = 21;
    static final int RIPNG = 22;
    static final int BABEL = 23;
    static final int EIGRP = 24;
    static final int BGP = 25;
    static final int OSPF = 41;
    static final int OSPF6 = 42;
    static final int LDP = 43;
    static final int LDP_L2VPN = 48;
    static final int ISIS = 50;
    static final int ACCESS = 51;
    static final int PREFIX = 52;
    static final int ACCESS_IPV6 = 53;
    static final int ACCESS_MAC = 54;
    static final int PREFIX_IPV6 = 55;
    static final int AS_LIST = 56;
    static final int COMMUNITY_LIST = 57;
    static final int COMMUNITY_ALIAS = 58;
    static final int RMAP = 59;
    static final int PBRMAP = 60;
    static final int FORWARDING = 63;
    static final int PROTOCOL = 64;
    static final int MPLS = 65;
    static final int PW = 66;
    static final int SEGMENT_ROUTING = 67;
    static final int VTY = 79;
    static final int LINK_PARAMS = 81;
    static final int RPKI = 83;
    static final int BFD = 86;
    static final int OPENFABRIC = 89;

    private static final String[] PREFIXES = {
        "interface", "pseudowire", "vrf", "nexthop-group", "router-id", "router rip", "router ripng",
        "router eigrp", "router babel", "router ospf", "router ospf6", "mpls ldp", "l2vpn", "router bgp",
        "router isis", "router openfabric", "route-map", "no route-map", "pbr-map", "access-list",
        "ipv6 access-list", "mac access-list", "ip prefix-list", "ipv6 prefix-list", "bgp as-path access-list",
        "bgp community-list", "bgp extcommunity-list", "bgp large-community-list", "bgp community alias",
        "ip route", "ipv6 route", "key", "line", "ipv6 forwarding", "ip forwarding", "debug vrf",
        "debug northbound", "debug route-map", "debug resolver", "debug", "password", "enable password",
        "ip protocol", "ipv6 protocol", "ip nht", "ipv6 nht", "mpls", "segment-routing", "bfd", "rpki",
    };
    private static final int[] SECTIONS = {
        INTERFACE, PW, VRF, NH_GROUP, ZEBRA, RIP, RIPNG,
        EIGRP, BABEL, OSPF, OSPF6, LDP, LDP_L2VPN, BGP,
        ISIS, OPENFABRIC, RMAP, RMAP, PBRMAP, ACCESS,
        ACCESS_IPV6, ACCESS_MAC, PREFIX, PREFIX_IPV6, AS_LIST,
        COMMUNITY_LIST, COMMUNITY_LIST, COMMUNITY_LIST, COMMUNITY_ALIAS,
        IP, IP, KEYCHAIN, VTY, FORWARDING, FORWARDING, VRF_DEBUG,
        NORTHBOUND_DEBUG, RMAP_DEBUG, RESOLVER_DEBUG, DEBUG, AAA, AAA,
        PROTOCOL, PROTOCOL, PROTOCOL, PROTOCOL, MPLS, SEGMENT_ROUTING, BFD, RPKI,
    };

    /** Top-level lines FRR keeps once even when several daemons print them. */
    private static final String[] UNIQUE_TOP_PREFIXES = {
        "log", "hostname", "domainname", "allow-reserved-ranges", "frr", "agentx", "no log",
        "no ip prefix-list", "no ipv6 prefix-list", "service cputime-stats", "no service cputime-stats",
        "service cputime-warning",
    };

    private ConfigSections() {
    }

    /** The node type of the block LINE opens, or -1 if it is a plain top-level line. */
    static int sectionOf(String line) {
        for (int i = 0; i < PREFIXES.length; i++) {
            if (line.startsWith(PREFIXES[i])) {
                return SECTIONS[i];
            }
        }
        return -1;
    }

    /** Whether the top-level LINE is printed once however many daemons have it. */
    static boolean uniqueAtTop(String line) {
        for (String prefix : UNIQUE_TOP_PREFIXES) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Blocks of these one-line kinds print without "!" between them, with one "!" after the group. */
    static boolean noDelimiter(int section) {
        return switch (section) {
            case ACCESS, PREFIX, IP, AS_LIST, COMMUNITY_LIST, COMMUNITY_ALIAS, ACCESS_IPV6, ACCESS_MAC,
                    PREFIX_IPV6, FORWARDING, DEBUG, AAA, VRF_DEBUG, NORTHBOUND_DEBUG, RMAP_DEBUG,
                    RESOLVER_DEBUG, MPLS, KEYCHAIN_KEY -> true;
            default -> false;
        };
    }

    /** Sections whose lines are kept once each and sorted, as FRR does for them. */
    static boolean sortedUniqueLines(int section) {
        return section == RMAP || section == INTERFACE || section == VTY || section == NH_GROUP;
    }
}
