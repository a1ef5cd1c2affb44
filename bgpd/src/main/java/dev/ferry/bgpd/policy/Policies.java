package dev.ferry.bgpd.policy;

import dev.ferry.lib.net.IpPrefix;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A daemon's filters and route-maps by name: IPv4 and IPv6 prefix-lists (separate name spaces), AS-path
 * access-lists, community-lists and route-maps. {@link #version()} moves on every change, so that users of a
 * policy can tell that it must be applied again.
 *
 * <p>Where a neighbor names a filter, FRR's rules for what does not exist hold: a missing prefix-list or
 * route-map denies everything (bgp_input_filter, bgp_input_modifier), an existing prefix-list without entries
 * permits everything.
 */
public final class Policies {
    private final Map<String, PrefixList> ipv4PrefixLists = new LinkedHashMap<>();
    private final Map<String, PrefixList> ipv6PrefixLists = new LinkedHashMap<>();
    private final Map<String, AsPathAccessList> asPathLists = new TreeMap<>();
    private final Map<String, CommunityList> communityLists = new TreeMap<>(Policies::communityOrder);
    private final Map<String, RouteMap> routeMaps = new LinkedHashMap<>();
    private long version;

    public long version() {
        return version;
    }

    /** Marks a change (every config command that edits a policy calls it). */
    public void changed() {
        version++;
    }

    public PrefixList prefixList(String name, boolean ipv6) {
        return (ipv6 ? ipv6PrefixLists : ipv4PrefixLists).get(name);
    }

    public PrefixList prefixListOrNew(String name, boolean ipv6) {
        return (ipv6 ? ipv6PrefixLists : ipv4PrefixLists).computeIfAbsent(name, n -> new PrefixList(n, ipv6));
    }

    public void removePrefixList(String name, boolean ipv6) {
        (ipv6 ? ipv6PrefixLists : ipv4PrefixLists).remove(name);
    }

    /** In creation order (running-config); show commands sort them by name. */
    public Collection<PrefixList> prefixLists(boolean ipv6) {
        return List.copyOf((ipv6 ? ipv6PrefixLists : ipv4PrefixLists).values());
    }

    public AsPathAccessList asPathList(String name) {
        return asPathLists.get(name);
    }

    public AsPathAccessList asPathListOrNew(String name) {
        return asPathLists.computeIfAbsent(name, AsPathAccessList::new);
    }

    public void removeAsPathList(String name) {
        asPathLists.remove(name);
    }

    public Collection<AsPathAccessList> asPathLists() {
        return List.copyOf(asPathLists.values());
    }

    public CommunityList communityList(String name) {
        return communityLists.get(name);
    }

    public CommunityList communityListOrNew(String name) {
        return communityLists.computeIfAbsent(name, CommunityList::new);
    }

    public void removeCommunityList(String name) {
        communityLists.remove(name);
    }

    /** Numbered lists first, by number, then named ones by name (FRR's num and str lists). */
    public Collection<CommunityList> communityLists() {
        return List.copyOf(communityLists.values());
    }

    public RouteMap routeMap(String name) {
        return routeMaps.get(name);
    }

    public RouteMap routeMapOrNew(String name) {
        return routeMaps.computeIfAbsent(name, RouteMap::new);
    }

    public void removeRouteMap(String name) {
        routeMaps.remove(name);
    }

    /** In creation order (running-config); show commands sort them by name. */
    public Collection<RouteMap> routeMaps() {
        return List.copyOf(routeMaps.values());
    }

    /** A neighbor's `prefix-list NAME in|out` for {@code prefix}: a list that does not exist denies. */
    public boolean prefixListPermits(String name, IpPrefix prefix) {
        PrefixList list = prefixList(name, prefix.address().length == 16);
        return list != null && list.permits(prefix);
    }

    /** A neighbor's `route-map NAME in|out` over {@code route}: a map that does not exist denies. */
    public boolean routeMapPermits(String name, PolicyRoute route) {
        RouteMap map = routeMap(name);
        return map != null && map.permits(route, this);
    }

    private static int communityOrder(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    }
}
