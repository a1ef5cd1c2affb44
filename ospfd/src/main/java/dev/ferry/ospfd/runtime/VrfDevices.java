package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.proto.zebra.v1.VrfUpdate;
import java.util.HashMap;
import java.util.Map;

/**
 * The VRFs whose kernel device zebra reports up, by name, with the device's ifindex (FRR's vrf_id for a VRF
 * device). A `router ospf vrf NAME` instance runs only while its VRF is here, as FRR enables an instance when
 * zebra says its VRF is active: before that its socket has no device to bind to (zebra may still be making it
 * from `vrf NAME` in the config), and when the device goes the instance goes with it.
 */
final class VrfDevices {
    private final Map<String, Integer> active = new HashMap<>();

    /** Applies zebra's update; true when the VRF became usable or stopped being so. */
    boolean apply(VrfUpdate u) {
        if (u.getName().isEmpty()) {
            return false; // the default VRF is always there
        }
        boolean usable = u.getKind() != UpdateKind.UPDATE_KIND_DELETED && u.getActive() && u.getIfindex() != 0;
        Integer before = usable ? active.put(u.getName(), u.getIfindex()) : active.remove(u.getName());
        return usable ? before == null || before != u.getIfindex() : before != null;
    }

    /** Whether an instance of this VRF (config name, "default" for the default VRF) can run. */
    boolean ready(String configVrf) {
        return OspfConfig.DEFAULT_VRF.equals(configVrf) || active.containsKey(configVrf);
    }

    /** FRR's vrf_id: 0 for the default VRF, the VRF device's ifindex otherwise, or -1 while it is not known. */
    long id(String configVrf) {
        if (OspfConfig.DEFAULT_VRF.equals(configVrf)) {
            return 0;
        }
        Integer ifindex = active.get(configVrf);
        return ifindex == null ? -1 : ifindex;
    }
}
