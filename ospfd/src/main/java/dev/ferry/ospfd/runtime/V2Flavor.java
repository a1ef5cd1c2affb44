package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.InstanceSettings;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.proto.zebra.v1.Afi;
import java.util.List;

/** ospfd: `router ospf` instances over IPv4. */
final class V2Flavor implements Flavor {
    private final OspfConfig config;

    V2Flavor(OspfConfig config) {
        this.config = config;
    }

    @Override
    public OspfVersion version() {
        return OspfVersion.V2;
    }

    @Override
    public Afi afi() {
        return Afi.AFI_IPV4;
    }

    @Override
    public List<OspfInstance> instances() {
        return config.instances();
    }

    @Override
    public InstanceSettings instance(String vrf) {
        return config.instance(vrf);
    }

    @Override
    public void reconcileLinks(OspfRouter router, InstanceSettings instance, KernelInterfaces kernel,
            String zebraVrf) {
        LinkReconciler.reconcile(router, (OspfInstance) instance, config, kernel, zebraVrf);
    }
}
