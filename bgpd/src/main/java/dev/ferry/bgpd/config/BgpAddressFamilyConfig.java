package dev.ferry.bgpd.config;

import dev.ferry.lib.net.IpPrefix;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instance's settings for one address family: the networks it originates, what it redistributes and,
 * for unicast families, how it leaks routes to and from the VPN table. Neighbor activation lives with the
 * neighbor ({@link BgpNeighbor}).
 */
public final class BgpAddressFamilyConfig {
    private final BgpAddressFamily family;
    private final Map<IpPrefix, BgpNetwork> networks = new TreeMap<>(IpPrefix.TABLE_ORDER);
    private final Map<BgpRouteSource, BgpRedistribution> redistributions = new EnumMap<>(BgpRouteSource.class);
    private final VpnPolicy vpn = new VpnPolicy();
    private int maximumPaths = MULTIPATH_NUM;
    private int maximumPathsIbgp = MULTIPATH_NUM;
    private boolean equalClusterLength;

    /**
     * FRR's MULTIPATH_NUM in Debian's 8.4 build (--enable-multipath=256): the range of `maximum-paths` and its
     * default for eBGP and iBGP alike (bgp_create sets both to multipath_num).
     */
    public static final int MULTIPATH_NUM = 256;

    public BgpAddressFamilyConfig(BgpAddressFamily family) {
        this.family = family;
    }

    public BgpAddressFamily family() {
        return family;
    }

    /** Networks in FRR's table order. */
    public List<BgpNetwork> networks() {
        return List.copyOf(networks.values());
    }

    public BgpNetwork network(IpPrefix prefix) {
        return networks.get(prefix);
    }

    public void addNetwork(BgpNetwork network) {
        networks.put(network.prefix(), network);
    }

    public void removeNetwork(IpPrefix prefix) {
        networks.remove(prefix);
    }

    /** Redistributed sources in FRR's route-type order. */
    public Map<BgpRouteSource, BgpRedistribution> redistributions() {
        return Collections.unmodifiableMap(new EnumMap<>(redistributions));
    }

    public BgpRedistribution redistribution(BgpRouteSource source) {
        return redistributions.get(source);
    }

    public void redistribute(BgpRouteSource source, BgpRedistribution how) {
        redistributions.put(source, how);
    }

    public void stopRedistributing(BgpRouteSource source) {
        redistributions.remove(source);
    }

    /** `maximum-paths N`: paths used together when the best is an eBGP (or local) path. */
    public int maximumPaths() {
        return maximumPaths;
    }

    public void maximumPaths(int n) {
        maximumPaths = n;
    }

    /** `maximum-paths ibgp N`: paths used together when the best is iBGP. */
    public int maximumPathsIbgp() {
        return maximumPathsIbgp;
    }

    /** The `equal-cluster-length` option of `maximum-paths ibgp` (stored and written back). */
    public boolean equalClusterLength() {
        return equalClusterLength;
    }

    public void maximumPathsIbgp(int n, boolean equalClusterLength) {
        maximumPathsIbgp = n;
        this.equalClusterLength = equalClusterLength;
    }

    /** Leaking to and from the VPN table (meaningful for IPv4/IPv6 unicast). */
    public VpnPolicy vpn() {
        return vpn;
    }
}
