package dev.ferry.bgpd.config;

import dev.ferry.lib.cli.Node;

/**
 * BGP address families (AFI/SAFI), declared in the order FRR writes their `address-family` blocks.
 * Families without a CLI node in Ferry (multicast, flowspec, EVPN) exist so `bgp default` can name them.
 */
public enum BgpAddressFamily {
    IPV4_UNICAST("ipv4", "unicast", Node.BGP_IPV4_UNICAST, 0),
    IPV4_MULTICAST("ipv4", "multicast", null, 1),
    IPV4_LABELED_UNICAST("ipv4", "labeled-unicast", Node.BGP_IPV4_LABELED_UNICAST, 3),
    IPV4_VPN("ipv4", "vpn", Node.BGP_IPV4_VPN, 2),
    IPV4_FLOWSPEC("ipv4", "flowspec", null, 4),
    IPV6_UNICAST("ipv6", "unicast", Node.BGP_IPV6_UNICAST, 5),
    IPV6_MULTICAST("ipv6", "multicast", null, 6),
    IPV6_LABELED_UNICAST("ipv6", "labeled-unicast", null, 8),
    IPV6_VPN("ipv6", "vpn", Node.BGP_IPV6_VPN, 7),
    IPV6_FLOWSPEC("ipv6", "flowspec", null, 9),
    L2VPN_EVPN("l2vpn", "evpn", null, 10);

    private final String afi;
    private final String safi;
    private final Node node;
    private final int defaultsOrder;

    BgpAddressFamily(String afi, String safi, Node node, int defaultsOrder) {
        this.afi = afi;
        this.safi = safi;
        this.node = node;
        this.defaultsOrder = defaultsOrder;
    }

    /** "ipv4 unicast", as in `address-family ipv4 unicast`. */
    public String words() {
        return afi + " " + safi;
    }

    /** "ipv4-unicast", as in `bgp default ipv4-unicast`. */
    public String defaultWord() {
        return afi + "-" + safi;
    }

    /** The CLI node of this family's block, or null if Ferry has none. */
    public Node node() {
        return node;
    }

    /** Position in FRR's AFI/SAFI loop (unicast, multicast, vpn, labeled-unicast, flowspec), for `bgp default`. */
    public int defaultsOrder() {
        return defaultsOrder;
    }

    public boolean isIpv4() {
        return afi.equals("ipv4");
    }

    public boolean isUnicast() {
        return safi.equals("unicast");
    }

    public static BgpAddressFamily of(String afi, String safi) {
        for (BgpAddressFamily f : values()) {
            if (f.afi.equals(afi) && f.safi.equals(safi)) {
                return f;
            }
        }
        throw new IllegalArgumentException(afi + " " + safi);
    }

    public static BgpAddressFamily fromDefaultWord(String word) {
        for (BgpAddressFamily f : values()) {
            if (f.defaultWord().equals(word)) {
                return f;
            }
        }
        throw new IllegalArgumentException(word);
    }

    /** The family whose block {@code node} is; the bare BGP node means IPv4 unicast (FRR's hidden commands). */
    public static BgpAddressFamily ofNode(Node node) {
        if (node == Node.BGP) {
            return IPV4_UNICAST;
        }
        for (BgpAddressFamily f : values()) {
            if (f.node == node) {
                return f;
            }
        }
        throw new IllegalArgumentException("no address family for node " + node);
    }
}
