package dev.ferry.staticd.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All static routes, per VRF. VRFs are listed in the order their first route was configured (FRR keeps
 * one routing-protocol entry per VRF, created with its first route and kept after its last).
 */
public final class StaticConfig {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private final Map<String, StaticVrf> vrfs = new LinkedHashMap<>();

    /** The routes of VRF {@code name}, created if new. */
    public StaticVrf vrf(String name) {
        return vrfs.computeIfAbsent(name, StaticVrf::new);
    }

    /** The routes of VRF {@code name}, or null if it never had any. */
    public StaticVrf findVrf(String name) {
        return vrfs.get(name);
    }

    public List<StaticVrf> vrfs() {
        return List.copyOf(vrfs.values());
    }
}
