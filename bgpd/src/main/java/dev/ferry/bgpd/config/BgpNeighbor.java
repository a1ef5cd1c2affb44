package dev.ferry.bgpd.config;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A configured BGP neighbor: its session settings and, per address family, whether it is activated,
 * whether we are its next hop, and its policy ({@link BgpNeighborPolicy}). The address is kept as a host
 * prefix so neighbors sort as FRR's (IPv4 before IPv6, then numerically).
 */
public final class BgpNeighbor {
    /** FRR's peer_cmp for plain address peers. */
    public static final Comparator<IpPrefix> ORDER = IpPrefix.LENGTH_FIRST;

    /** TTL of an eBGP session without ebgp-multihop, and of every iBGP session. */
    public static final int EBGP_TTL = 1;
    public static final int MAX_TTL = 255;

    private final IpPrefix address;
    private RemoteAs remoteAs;
    private String description;
    private boolean shutdown;
    private String password;
    private String updateSource;
    private Timers timers;
    private int ttl;
    private final Set<BgpAddressFamily> activated = EnumSet.noneOf(BgpAddressFamily.class);
    private final Set<BgpAddressFamily> nextHopSelf = EnumSet.noneOf(BgpAddressFamily.class);
    private final Set<BgpAddressFamily> reflectorClient = EnumSet.noneOf(BgpAddressFamily.class);
    private final Map<BgpAddressFamily, BgpNeighborPolicy> policies = new EnumMap<>(BgpAddressFamily.class);

    /** `timers KEEPALIVE HOLDTIME` as FRR stores them (keepalive at most a third of the holdtime). */
    public record Timers(int keepalive, int holdtime) {
    }

    public BgpNeighbor(IpPrefix address, RemoteAs remoteAs, long localAs) {
        this.address = address;
        this.remoteAs = remoteAs;
        this.ttl = remoteAs.isInternalFor(localAs) ? MAX_TTL : EBGP_TTL;
    }

    public IpPrefix address() {
        return address;
    }

    /** The address as FRR prints it. */
    public String name() {
        return IpAddresses.format(address.address());
    }

    public RemoteAs remoteAs() {
        return remoteAs;
    }

    /** Changes the remote AS; a change between iBGP and eBGP resets the TTL, as FRR's peer_as_change. */
    public void remoteAs(RemoteAs as, long localAs) {
        boolean wasInternal = remoteAs.isInternalFor(localAs);
        this.remoteAs = as;
        if (wasInternal != as.isInternalFor(localAs)) {
            ttl = as.isInternalFor(localAs) ? MAX_TTL : EBGP_TTL;
        }
    }

    public boolean isInternal(long localAs) {
        return remoteAs.isInternalFor(localAs);
    }

    public String description() {
        return description;
    }

    public void description(String description) {
        this.description = description;
    }

    public boolean shutdown() {
        return shutdown;
    }

    public void shutdown(boolean shutdown) {
        this.shutdown = shutdown;
    }

    public String password() {
        return password;
    }

    public void password(String password) {
        this.password = password;
    }

    /** The update source: an address (canonical text) or an interface name; null if not set. */
    public String updateSource() {
        return updateSource;
    }

    public void updateSource(String source) {
        this.updateSource = source;
    }

    public Timers timers() {
        return timers;
    }

    public void timers(Timers timers) {
        this.timers = timers;
    }

    /** The session's IP TTL (255 for iBGP; 1 for eBGP unless `ebgp-multihop` raised it). */
    public int ttl() {
        return ttl;
    }

    public void ttl(int ttl) {
        this.ttl = ttl;
    }

    public boolean isActivated(BgpAddressFamily family) {
        return activated.contains(family);
    }

    public void activated(BgpAddressFamily family, boolean on) {
        if (on) {
            activated.add(family);
        } else {
            activated.remove(family);
        }
    }

    public boolean nextHopSelf(BgpAddressFamily family) {
        return nextHopSelf.contains(family);
    }

    public void nextHopSelf(BgpAddressFamily family, boolean on) {
        if (on) {
            nextHopSelf.add(family);
        } else {
            nextHopSelf.remove(family);
        }
    }

    /** `neighbor X route-reflector-client` in {@code family} (RFC 4456: we reflect its iBGP routes and to it). */
    public boolean routeReflectorClient(BgpAddressFamily family) {
        return reflectorClient.contains(family);
    }

    public void routeReflectorClient(BgpAddressFamily family, boolean on) {
        if (on) {
            reflectorClient.add(family);
        } else {
            reflectorClient.remove(family);
        }
    }

    /** Whether the update source is an interface name (its address comes from zebra's interface feed). */
    public boolean updateSourceIsInterface() {
        return updateSource != null && !updateSource.contains(".") && !updateSource.contains(":");
    }

    /** The neighbor's filters, route-maps and prefix limit in {@code family} (created empty on first use). */
    public BgpNeighborPolicy policy(BgpAddressFamily family) {
        return policies.computeIfAbsent(family, f -> new BgpNeighborPolicy());
    }
}
