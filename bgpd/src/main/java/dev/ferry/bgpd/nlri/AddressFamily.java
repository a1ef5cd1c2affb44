package dev.ferry.bgpd.nlri;

/**
 * An AFI/SAFI pair (RFC 4760): names the kind of NLRI carried in MP_REACH_NLRI/MP_UNREACH_NLRI, in the
 * multiprotocol capability and in ROUTE-REFRESH.
 */
public record AddressFamily(int afi, int safi) {
    public static final int AFI_IPV4 = 1;
    public static final int AFI_IPV6 = 2;
    public static final int SAFI_UNICAST = 1;
    public static final int SAFI_MULTICAST = 2;
    public static final int SAFI_LABELED_UNICAST = 4;
    public static final int SAFI_MPLS_VPN = 128;

    public static final AddressFamily IPV4_UNICAST = new AddressFamily(AFI_IPV4, SAFI_UNICAST);
    public static final AddressFamily IPV6_UNICAST = new AddressFamily(AFI_IPV6, SAFI_UNICAST);
    public static final AddressFamily IPV4_VPN = new AddressFamily(AFI_IPV4, SAFI_MPLS_VPN);
    public static final AddressFamily IPV6_VPN = new AddressFamily(AFI_IPV6, SAFI_MPLS_VPN);

    /** Families whose NLRI this codec parses into typed prefixes; others are kept as raw bytes. */
    public boolean isKnown() {
        return (afi == AFI_IPV4 || afi == AFI_IPV6) && (safi == SAFI_UNICAST || safi == SAFI_MULTICAST
                || safi == SAFI_MPLS_VPN);
    }

    /** Written out for C1, as {@link Ipv4Prefix#equals}: families key the per-route table lookups. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AddressFamily f && f.afi == afi && f.safi == safi;
    }

    @Override
    public int hashCode() {
        return afi * 31 + safi;
    }

    public boolean isVpn() {
        return safi == SAFI_MPLS_VPN;
    }

    /** Address length in bytes of the family's prefixes: 4 or 16 (0 for an unknown AFI). */
    public int addressLength() {
        return afi == AFI_IPV4 ? 4 : afi == AFI_IPV6 ? 16 : 0;
    }

    /** FRR's afi/safi names, as in "IPv4 VPN" ("ipv4 vpn" in the CLI). */
    @Override
    public String toString() {
        String a = afi == AFI_IPV4 ? "IPv4" : afi == AFI_IPV6 ? "IPv6" : "AFI " + afi;
        String s = switch (safi) {
            case SAFI_UNICAST -> "Unicast";
            case SAFI_MULTICAST -> "Multicast";
            case SAFI_LABELED_UNICAST -> "labeled-unicast";
            case SAFI_MPLS_VPN -> "VPN";
            default -> "SAFI " + safi;
        };
        return a + " " + s;
    }
}
