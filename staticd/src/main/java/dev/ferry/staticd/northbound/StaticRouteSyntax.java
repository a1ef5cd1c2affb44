package dev.ferry.staticd.northbound;

/**
 * The `ip route` / `ipv6 route` command lines of FRR 8.4's staticd, with their help strings. Each comes in
 * three shapes (blackhole, gateway plus interface, gateway or interface) and two places: the config node,
 * where a trailing `vrf NAME` picks the VRF, and the VRF node, which has no such option.
 */
final class StaticRouteSyntax {
    private static final String NO = "Negate a command or set its defaults\n";
    private static final String ESTABLISH = "Establish static routes\n";
    private static final String V4_DEST = "<A.B.C.D/M$prefix|A.B.C.D$prefix A.B.C.D$mask>";
    private static final String V4_DEST_HELP = "IP destination prefix (e.g. 10.0.0.0/8)\nIP destination prefix\n"
            + "IP destination prefix mask\n";
    private static final String V6_DEST = "X:X::X:X/M$prefix";
    private static final String V6_DEST_HELP = "IPv6 destination prefix (e.g. 3ffe:506::/32)\n";
    private static final String VRF_HELP = "Specify the VRF\nThe VRF name\n";
    private static final String LABEL_HELP = "Specify label(s) for this route\n"
            + "One or more labels in the range (16-1048575) separated by '/'\n";

    private static final String SEGMENTS_HELP = "Steer this route over an SRv6 SID list\n"
            + "One or more segments (IPv6 addresses) separated by '/'\n";

    /** One command: its syntax and its help lines. */
    record Form(String syntax, String help) {
    }

    private StaticRouteSyntax() {
    }

    /** The three forms for IPv4 ({@code ipv6} false) or IPv6, with or without the trailing `vrf` option. */
    static Form[] forms(boolean ipv6, boolean vrfOption) {
        String head = ipv6 ? "[no] ipv6 route " + V6_DEST : "[no] ip route " + V4_DEST;
        String headHelp = NO + (ipv6 ? "IPv6 information\n" : "IP information\n") + ESTABLISH
                + (ipv6 ? V6_DEST_HELP : V4_DEST_HELP);
        String addr = ipv6 ? "X:X::X:X$gate" : "A.B.C.D$gate";
        String gateHelp = ipv6 ? "IPv6 gateway address\n" : "IP gateway address\n";
        String ifHelp = (ipv6 ? "IPv6 gateway interface name\n" : "IP gateway interface name\n") + "Null interface\n";
        String distanceHelp = ipv6 ? "Distance value for this prefix\n" : "Distance value for this route\n";
        String vrf = vrfOption ? "|vrf NAME$vrfname" : "";
        String vrfHelp = vrfOption ? VRF_HELP : "";
        String common = "tag (1-4294967295)$tag_value|(1-255)$distance" + vrf + "|label WORD$labels"
                + "|table (1-4294967295)$table_id";
        String commonHelp = "Set tag for this route\nTag value\n" + distanceHelp + vrfHelp + LABEL_HELP
                + "Table to configure\nThe table number to configure\n";
        String color = "|color (1-4294967295)$color_value";
        String colorHelp = "SR-TE color\nThe SR-TE color to configure\n";
        String nhVrf = "|nexthop-vrf NAME$nhvrf|segments WORD$segs";
        String onlink = "|onlink$onlink";
        String onlinkHelp = "Treat the nexthop as directly attached to the interface\n";
        return new Form[] {
            new Form(head + " <reject|blackhole>$flag [{" + common + "}]",
                    headHelp + "Emit an ICMP unreachable when matched\nSilently discard pkts when matched\n"
                            + commonHelp),
            new Form(head + " " + addr + " <INTERFACE|Null0>$ifname [{" + common + nhVrf + onlink + color + "}]",
                    headHelp + gateHelp + ifHelp + commonHelp + VRF_HELP + SEGMENTS_HELP + onlinkHelp + colorHelp),
            new Form(head + " <" + addr + "|<INTERFACE|Null0>$ifname> [{" + common + nhVrf + color + "}]",
                    headHelp + gateHelp + ifHelp + commonHelp + VRF_HELP + SEGMENTS_HELP + colorHelp),
        };
    }
}
