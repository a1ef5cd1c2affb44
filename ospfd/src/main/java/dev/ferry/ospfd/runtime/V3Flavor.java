package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.InstanceSettings;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.proto.zebra.v1.Afi;
import java.util.List;

/** ospf6d: `router ospf6` instances over IPv6. */
final class V3Flavor implements Flavor {
    private final Ospf6Config config;

    V3Flavor(Ospf6Config config) {
        this.config = config;
    }

    @Override
    public OspfVersion version() {
        return OspfVersion.V3;
    }

    @Override
    public Afi afi() {
        return Afi.AFI_IPV6;
    }

    @Override
    public List<? extends InstanceSettings> instances() {
        return config.instances();
    }

    @Override
    public InstanceSettings instance(String vrf) {
        return config.instance(vrf);
    }

    @Override
    public void reconcileLinks(OspfRouter router, InstanceSettings instance, KernelInterfaces kernel,
            String zebraVrf) {
        V3LinkReconciler.reconcile(router, instance, config, kernel, zebraVrf);
    }
}
