package dev.ferry.staticd.config;

import dev.ferry.lib.net.IpPrefix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All static routes, per VRF. VRFs are listed in the order their first route was configured (FRR keeps
 * one routing-protocol entry per VRF, created with its first route and kept after its last).
 */
public final class StaticConfig {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private final Map<String, StaticVrf> vrfs = new LinkedHashMap<>();
    private final Map<IpPrefix, StaticSid> sids = new TreeMap<>(IpPrefix.TABLE_ORDER);
    private Runnable changeListener = () -> { };

    /** Who hears that the routes changed (the zebra side of staticd); called after every command. */
    public void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    /** The static SIDs in address order. */
    public List<StaticSid> sids() {
        return List.copyOf(sids.values());
    }

    /** Adds or replaces the SID. */
    public void addSid(StaticSid sid) {
        sids.put(sid.sid(), sid);
    }

    public boolean removeSid(IpPrefix sid) {
        return sids.remove(sid) != null;
    }

    public void changed() {
        changeListener.run();
    }

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
