package dev.ferry.ospfd.config;

import dev.ferry.ospfd.ip.InterfaceNames;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything ospfd was configured with: its instances (one per VRF, in creation order) and the OSPF
 * settings of interfaces (listed VRF by VRF, names in FRR's order).
 */
public final class OspfConfig {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private static final Comparator<Key> INTERFACE_ORDER = Comparator.comparing(Key::vrf)
            .thenComparing(Key::name, InterfaceNames.ORDER);

    private record Key(String vrf, String name) {
    }

    private final Map<String, OspfInstance> instances = new LinkedHashMap<>();
    private final Map<Key, OspfInterfaceConfig> interfaces = new TreeMap<>(INTERFACE_ORDER);

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

    /**
     * The OSPF settings of interface NAME, created if new in {@code vrf} (null: the default VRF). Names are
     * unique across VRFs with VRF-lite, so an existing interface is found whatever VRF is given.
     */
    public OspfInterfaceConfig iface(String name, String vrf) {
        OspfInterfaceConfig existing = findInterface(name);
        if (existing != null) {
            return existing;
        }
        String in = vrf == null ? DEFAULT_VRF : vrf;
        return interfaces.computeIfAbsent(new Key(in, name), k -> new OspfInterfaceConfig(name, in));
    }

    /** An interface by name in any VRF (names are unique with VRF-lite), or null. */
    public OspfInterfaceConfig findInterface(String name) {
        return interfaces.values().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }

    public boolean removeInterface(String name) {
        return interfaces.values().removeIf(i -> i.name().equals(name));
    }

    public List<OspfInterfaceConfig> interfaces() {
        return List.copyOf(interfaces.values());
    }

    /** The interfaces of {@code vrf} that run OSPF through `ip ospf area`. */
    public List<OspfInterfaceConfig> interfacesWithArea(String vrf) {
        return interfaces.values().stream().filter(i -> i.vrf().equals(vrf) && i.area() != null).toList();
    }
}
