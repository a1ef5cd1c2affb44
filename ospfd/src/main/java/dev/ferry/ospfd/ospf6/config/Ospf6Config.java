package dev.ferry.ospfd.ospf6.config;

import dev.ferry.ospfd.ip.InterfaceNames;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything ospf6d was configured with: instances per VRF (creation order) and interface settings. */
public final class Ospf6Config {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private static final Comparator<Key> INTERFACE_ORDER = Comparator.comparing(Key::vrf)
            .thenComparing(Key::name, InterfaceNames.ORDER);

    private record Key(String vrf, String name) {
    }

    private final Map<String, Ospf6Instance> instances = new LinkedHashMap<>();
    private final Map<Key, Ospf6InterfaceConfig> interfaces = new TreeMap<>(INTERFACE_ORDER);

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

    /** Interface NAME, created if new in {@code vrf} (null: default); an existing one is found in any VRF. */
    public Ospf6InterfaceConfig iface(String name, String vrf) {
        for (Ospf6InterfaceConfig i : interfaces.values()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        String in = vrf == null ? DEFAULT_VRF : vrf;
        return interfaces.computeIfAbsent(new Key(in, name), k -> new Ospf6InterfaceConfig(name, in));
    }

    public boolean removeInterface(String name) {
        return interfaces.values().removeIf(i -> i.name().equals(name));
    }

    public List<Ospf6InterfaceConfig> interfaces() {
        return List.copyOf(interfaces.values());
    }
}
