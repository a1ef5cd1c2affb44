package dev.ferry.bgpd.config;

import dev.ferry.bgpd.policy.Policies;
import java.util.ArrayList;
import java.util.List;

/**
 * All BGP instances, in creation order (FRR's bm->bgp list, which running-config follows), and the daemon's
 * filters and route-maps, which every instance shares.
 */
public final class BgpConfig {
    /** FRR's name for the default VRF. */
    public static final String DEFAULT_VRF = "default";

    private final List<BgpInstance> instances = new ArrayList<>();
    private final Policies policies = new Policies();

    /** Prefix-lists, AS-path and community lists, route-maps. */
    public Policies policies() {
        return policies;
    }

    /** The default instance, or null. */
    public BgpInstance defaultInstance() {
        return instances.stream().filter(i -> i.type() == BgpInstanceType.DEFAULT).findFirst().orElse(null);
    }

    /** The instance named {@code name} (a VRF or view), the default one for null or "default"; or null. */
    public BgpInstance find(String name) {
        if (name == null || name.equals(DEFAULT_VRF)) {
            return defaultInstance();
        }
        return instances.stream().filter(i -> name.equals(i.name())).findFirst().orElse(null);
    }

    public void add(BgpInstance instance) {
        instances.add(instance);
    }

    public void remove(BgpInstance instance) {
        instances.remove(instance);
    }

    public List<BgpInstance> instances() {
        return List.copyOf(instances);
    }

    /** VRF instances, for checks that span instances. */
    public List<BgpInstance> vrfInstances() {
        return new ArrayList<>(instances.stream().filter(i -> i.type() == BgpInstanceType.VRF).toList());
    }
}
