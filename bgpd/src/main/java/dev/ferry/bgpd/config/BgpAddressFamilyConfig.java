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

    /** Leaking to and from the VPN table (meaningful for IPv4/IPv6 unicast). */
    public VpnPolicy vpn() {
        return vpn;
    }
}
