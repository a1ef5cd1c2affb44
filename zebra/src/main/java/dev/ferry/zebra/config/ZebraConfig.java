package dev.ferry.zebra.config;

import dev.ferry.lib.net.InterfaceTable;
import java.util.Collection;
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

    private final InterfaceTable<ZebraInterface> interfaces =
            new InterfaceTable<>(DEFAULT_VRF, ZebraInterface::new);
    private final Map<String, ZebraVrf> vrfs = new TreeMap<>();
    private final Forwarding forwarding;
    private final Srv6Config srv6 = new Srv6Config();

    public ZebraConfig(Forwarding forwarding) {
        this.forwarding = forwarding;
    }

    public InterfaceTable<ZebraInterface> interfaces() {
        return interfaces;
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
