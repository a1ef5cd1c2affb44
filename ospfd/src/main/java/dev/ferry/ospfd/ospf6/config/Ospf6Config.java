package dev.ferry.ospfd.ospf6.config;

import dev.ferry.lib.net.InterfaceTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything ospf6d was configured with: instances per VRF (creation order) and interface settings. */
public final class Ospf6Config {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private final Map<String, Ospf6Instance> instances = new LinkedHashMap<>();
    private final InterfaceTable<Ospf6InterfaceConfig> interfaces =
            new InterfaceTable<>(DEFAULT_VRF, Ospf6InterfaceConfig::new);

    public Ospf6Instance instance(String vrf) {
        return instances.get(vrf);
    }

    public Ospf6Instance createInstance(String vrf, boolean logAdjacencyChanges) {
        return instances.computeIfAbsent(vrf, v -> new Ospf6Instance(v, logAdjacencyChanges));
    }

    public boolean removeInstance(String vrf) {
        return instances.remove(vrf) != null;
    }

    public List<Ospf6Instance> instances() {
        return List.copyOf(instances.values());
    }

    /** The OSPFv3 settings of interfaces. */
    public InterfaceTable<Ospf6InterfaceConfig> interfaces() {
        return interfaces;
    }
}
