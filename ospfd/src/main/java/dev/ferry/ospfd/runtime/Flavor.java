package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.InstanceSettings;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.proto.zebra.v1.Afi;
import java.util.List;

/**
 * What differs between ospfd and ospf6d at the service level: the version, the address family routes and
 * redistribution use, where the instances are configured, and which OSPF interfaces the kernel's interfaces
 * give.
 */
interface Flavor {
    OspfVersion version();

    Afi afi();

    List<? extends InstanceSettings> instances();

    /** The instance of this VRF ("default" for the default VRF), or null. */
    InstanceSettings instance(String vrf);

    /** Brings the router's links in step with the configuration and the kernel's interfaces. */
    void reconcileLinks(OspfRouter router, InstanceSettings instance, KernelInterfaces kernel, String zebraVrf);
}
