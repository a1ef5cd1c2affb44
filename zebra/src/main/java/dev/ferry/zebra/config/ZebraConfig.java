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

    private final InterfaceTable<ZebraInterface> interfaces = new InterfaceTable<>(DEFAULT_VRF, this::newInterface);
    private final Map<String, ZebraVrf> vrfs = new TreeMap<>();
    private final Forwarding forwarding;
    private final Srv6Config srv6 = new Srv6Config();
    private ZebraConfigListener listener = ZebraConfigListener.NONE;

    public ZebraConfig(Forwarding forwarding) {
        this.forwarding = forwarding;
    }

    /** Who hears of changes (the interface manager); {@link ZebraConfigListener#NONE} for nobody. */
    public void listener(ZebraConfigListener l) {
        this.listener = l == null ? ZebraConfigListener.NONE : l;
    }

    /** Where commands report their changes. */
    public ZebraConfigListener changes() {
        return listener;
    }

    private ZebraInterface newInterface(String name, String vrf) {
        ZebraInterface i = new ZebraInterface(name, vrf);
        listener.interfaceCreated(i);
        return i;
    }

    public InterfaceTable<ZebraInterface> interfaces() {
        return interfaces;
    }

    /** The VRF NAME, created if new. */
    public ZebraVrf vrf(String name) {
        ZebraVrf v = vrfs.get(name);
        if (v == null) {
            v = new ZebraVrf(name);
            vrfs.put(name, v);
            listener.vrfCreated(v);
        }
        return v;
    }

    public ZebraVrf findVrf(String name) {
        return vrfs.get(name);
    }

    public boolean removeVrf(String name) {
        if (vrfs.remove(name) == null) {
            return false;
        }
        listener.vrfRemoved(name);
        return true;
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
