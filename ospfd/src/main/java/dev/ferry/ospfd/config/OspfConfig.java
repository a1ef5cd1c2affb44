package dev.ferry.ospfd.config;

import dev.ferry.lib.net.InterfaceTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything ospfd was configured with: its instances (one per VRF, in creation order) and the OSPF
 * settings of interfaces (listed VRF by VRF, names in FRR's order).
 */
public final class OspfConfig {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private final Map<String, OspfInstance> instances = new LinkedHashMap<>();
    private final InterfaceTable<OspfInterfaceConfig> interfaces =
            new InterfaceTable<>(DEFAULT_VRF, OspfInterfaceConfig::new);

    public OspfInstance instance(String vrf) {
        return instances.get(vrf);
    }

    public OspfInstance createInstance(String vrf, boolean logAdjacencyChanges) {
        return instances.computeIfAbsent(vrf, v -> new OspfInstance(v, logAdjacencyChanges));
    }

    public boolean removeInstance(String vrf) {
        return instances.remove(vrf) != null;
    }

    public List<OspfInstance> instances() {
        return List.copyOf(instances.values());
    }

    /** The OSPF settings of interfaces. */
    public InterfaceTable<OspfInterfaceConfig> interfaces() {
        return interfaces;
    }

    /** The interfaces of {@code vrf} that run OSPF through `ip ospf area`. */
    public List<OspfInterfaceConfig> interfacesWithArea(String vrf) {
        return interfaces.list().stream().filter(i -> i.vrf().equals(vrf) && i.area() != null).toList();
    }
}
