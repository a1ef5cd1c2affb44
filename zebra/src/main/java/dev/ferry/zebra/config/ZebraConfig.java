package dev.ferry.zebra.config;

import dev.ferry.zebra.ip.InterfaceNames;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything zebra was configured with: interfaces, VRFs, forwarding switches and SRv6 locators. Both are
 * kept in FRR's listing order: VRF names as text, and interfaces VRF by VRF, names numerically.
 */
public final class ZebraConfig {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private static final Comparator<Key> INTERFACE_ORDER = Comparator.comparing(Key::vrf)
            .thenComparing(Key::name, InterfaceNames.ORDER);

    private record Key(String vrf, String name) {
    }

    private final Map<Key, ZebraInterface> interfaces = new TreeMap<>(INTERFACE_ORDER);
    private final Map<String, ZebraVrf> vrfs = new TreeMap<>();
    private final Forwarding forwarding;
    private final Srv6Config srv6 = new Srv6Config();

    public ZebraConfig(Forwarding forwarding) {
        this.forwarding = forwarding;
    }

    /**
     * The interface NAME, created if new in {@code vrf} (null: the default VRF). Names are unique across
     * VRFs with VRF-lite, so an existing interface is found whatever VRF is given.
     */
    public ZebraInterface iface(String name, String vrf) {
        for (ZebraInterface i : interfaces.values()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        String in = vrf == null ? DEFAULT_VRF : vrf;
        return interfaces.computeIfAbsent(new Key(in, name), k -> new ZebraInterface(name, in));
    }

    public boolean removeInterface(String name) {
        return interfaces.values().removeIf(i -> i.name().equals(name));
    }

    public Collection<ZebraInterface> interfaces() {
        return List.copyOf(interfaces.values());
    }

    /** The VRF NAME, created if new. */
    public ZebraVrf vrf(String name) {
        return vrfs.computeIfAbsent(name, ZebraVrf::new);
    }

    public ZebraVrf findVrf(String name) {
        return vrfs.get(name);
    }

    public boolean removeVrf(String name) {
        return vrfs.remove(name) != null;
    }

    public Collection<ZebraVrf> vrfs() {
        return List.copyOf(vrfs.values());
    }

    public Forwarding forwarding() {
        return forwarding;
    }

    public Srv6Config srv6() {
        return srv6;
    }
}
