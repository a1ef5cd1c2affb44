package dev.ferry.ospfd.config;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AdjacencyLogging;
import dev.ferry.ospfd.shared.AreaId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One `router ospf [vrf NAME]` instance: router ID, timers, redistribution, networks and areas. */
public final class OspfInstance implements InstanceSettings {
    private final String vrf;
    private String routerId;
    private final AdjacencyLogging adjacencyLogging;
    private SpfTimers spfTimers = SpfTimers.DEFAULT;
    private final Map<RouteSource, Redistribution> redistributions = new EnumMap<>(RouteSource.class);
    private DefaultOriginate defaultOriginate;
    private boolean passiveByDefault;
    private final Map<IpPrefix, OspfNetwork> networks = new TreeMap<>(IpPrefix.TABLE_ORDER);
    private final Map<Long, OspfArea> areas = new TreeMap<>();
    private final Map<VirtualLinkKey, OspfVirtualLink> virtualLinks = new LinkedHashMap<>();

    /** A virtual link is named by its transit area and its peer. */
    private record VirtualLinkKey(long area, int peer) {
    }

    /** @param logAdjacencyChanges the defaults profile's value (FRR sets it when the instance is created) */
    public OspfInstance(String vrf, boolean logAdjacencyChanges) {
        this.vrf = vrf;
        this.adjacencyLogging = new AdjacencyLogging(logAdjacencyChanges);
    }

    @Override
    public String vrf() {
        return vrf;
    }

    /** The configured router ID (A.B.C.D), or null to use zebra's. */
    @Override
    public String routerId() {
        return routerId;
    }

    public void routerId(String routerId) {
        this.routerId = routerId;
    }

    @Override
    public AdjacencyLogging adjacencyLogging() {
        return adjacencyLogging;
    }

    @Override
    public SpfTimers spfTimers() {
        return spfTimers;
    }

    public void spfTimers(SpfTimers timers) {
        this.spfTimers = timers;
    }

    /** Redistributed sources in FRR's route-type order. */
    @Override
    public Map<RouteSource, Redistribution> redistributions() {
        return Collections.unmodifiableMap(new EnumMap<>(redistributions));
    }

    @Override
    public void redistribute(RouteSource source, Redistribution how) {
        redistributions.put(source, how);
    }

    @Override
    public void stopRedistributing(RouteSource source) {
        redistributions.remove(source);
    }

    /** `default-information originate`, or null. */
    @Override
    public DefaultOriginate defaultOriginate() {
        return defaultOriginate;
    }

    public void defaultOriginate(DefaultOriginate originate) {
        this.defaultOriginate = originate;
    }

    public boolean passiveByDefault() {
        return passiveByDefault;
    }

    public void passiveByDefault(boolean passive) {
        this.passiveByDefault = passive;
    }

    public List<OspfNetwork> networks() {
        return List.copyOf(networks.values());
    }

    public OspfNetwork network(IpPrefix prefix) {
        return networks.get(prefix);
    }

    /** Adds a network statement; the area is created and shown the way the statement writes it. */
    public void addNetwork(OspfNetwork network) {
        networks.put(network.prefix(), network);
        area(network.area());
    }

    public void removeNetwork(IpPrefix prefix) {
        networks.remove(prefix);
    }

    public boolean hasNetworks() {
        return !networks.isEmpty();
    }

    /** The area {@code id}, created if new, from now on shown as {@code id} is written. */
    public OspfArea area(AreaId id) {
        OspfArea area = areas.computeIfAbsent(id.value(), v -> new OspfArea(id));
        area.writtenAs(id);
        return area;
    }

    @Override
    public OspfArea findArea(AreaId id) {
        return areas.get(id.value());
    }

    /** The areas by ID. */
    public List<OspfArea> areas() {
        return List.copyOf(areas.values());
    }

    /** The virtual links in the order they were configured (FRR lists them so). */
    @Override
    public List<OspfVirtualLink> virtualLinks() {
        return List.copyOf(virtualLinks.values());
    }

    public OspfVirtualLink virtualLink(AreaId area, int peer) {
        return virtualLinks.get(new VirtualLinkKey(area.value(), peer));
    }

    /** Adds or replaces a virtual link; its transit area is created and shown as written. */
    public void putVirtualLink(OspfVirtualLink link) {
        area(link.area());
        virtualLinks.put(new VirtualLinkKey(link.area().value(), link.peer()), link);
    }

    public void removeVirtualLink(AreaId area, int peer) {
        virtualLinks.remove(new VirtualLinkKey(area.value(), peer));
    }

    /** Whether a virtual link goes through the area (it cannot then be a stub). */
    public boolean hasVirtualLinkThrough(AreaId area) {
        return virtualLinks.keySet().stream().anyMatch(k -> k.area() == area.value());
    }
}
