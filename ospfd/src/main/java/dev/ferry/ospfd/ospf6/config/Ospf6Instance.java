package dev.ferry.ospfd.ospf6.config;

import dev.ferry.ospfd.config.DefaultOriginate;
import dev.ferry.ospfd.config.InstanceSettings;
import dev.ferry.ospfd.config.OspfArea;
import dev.ferry.ospfd.config.Redistribution;
import dev.ferry.ospfd.config.RouteSource;
import dev.ferry.ospfd.config.SpfTimers;
import dev.ferry.ospfd.shared.AdjacencyLogging;
import dev.ferry.ospfd.shared.AreaId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One `router ospf6 [vrf NAME]` instance: router ID, logging, redistribution and area ranges. */
public final class Ospf6Instance implements InstanceSettings {
    private final String vrf;
    private String routerId;
    private final AdjacencyLogging adjacencyLogging;
    private final Map<RouteSource, Redistribution> redistributions = new EnumMap<>(RouteSource.class);
    private final Map<Long, OspfArea> areas = new TreeMap<>();

    /** @param logAdjacencyChanges the defaults profile's value (FRR sets it when the instance is created) */
    public Ospf6Instance(String vrf, boolean logAdjacencyChanges) {
        this.vrf = vrf;
        this.adjacencyLogging = new AdjacencyLogging(logAdjacencyChanges);
    }

    @Override
    public String vrf() {
        return vrf;
    }

    /** The configured router ID (A.B.C.D), or null. */
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

    /** ospf6d's SPF throttle is not configurable here yet: FRR's defaults. */
    @Override
    public SpfTimers spfTimers() {
        return SpfTimers.DEFAULT;
    }

    @Override
    public Map<RouteSource, Redistribution> redistributions() {
        return Collections.unmodifiableMap(redistributions);
    }

    @Override
    public void redistribute(RouteSource source, Redistribution how) {
        redistributions.put(source, how);
    }

    @Override
    public void stopRedistributing(RouteSource source) {
        redistributions.remove(source);
    }

    @Override
    public DefaultOriginate defaultOriginate() {
        return null;
    }

    @Override
    public OspfArea findArea(AreaId id) {
        return areas.get(id.value());
    }

    /**
     * The area {@code id}, created if new. Unlike ospfd, ospf6d names an area once, when it is created
     * (ospf6_area_create): later commands writing its ID another way do not rename it.
     */
    public OspfArea area(AreaId id) {
        return areas.computeIfAbsent(id.value(), v -> new OspfArea(id));
    }

    /** The areas with settings, by ID. */
    public List<OspfArea> areas() {
        return List.copyOf(areas.values());
    }
}
