package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.OspfInterfaceConfig;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which OSPF interfaces an instance should have: one per IPv4 address of an up kernel interface of its VRF
 * that `ip ospf area` or a `network` statement puts in an area. Links whose settings or area changed are
 * brought down and made again, as FRR does on such a change.
 */
final class LinkReconciler {
    private LinkReconciler() {
    }

    static void reconcile(OspfRouter router, OspfInstance inst, OspfConfig config, KernelInterfaces kernel,
            String zebraVrf) {
        Set<OspfRouter.LinkKey> wanted = new HashSet<>();
        for (KernelInterfaces.Entry e : kernel.all()) {
            if (e.name == null || !zebraVrf.equals(e.vrf) || !e.up) {
                continue;
            }
            OspfInterfaceConfig ic = config.interfaces().find(e.name);
            if (ic != null && !ic.vrf().equals(inst.vrf())) {
                ic = null;
            }
            for (IpPrefix address : e.addresses) {
                AreaId areaId = OspfService.areaFor(inst, ic, address);
                if (areaId == null) {
                    continue;
                }
                OspfRouter.LinkKey key = new OspfRouter.LinkKey(e.ifindex, Ipv4.toInt(address.address()));
                LinkSettings settings = OspfService.settings(inst, ic, e);
                Area area = router.area(new AreaId(areaId.value(), true));
                Link existing = router.link(key);
                if (existing != null && (existing.area != area || !existing.sameSettings(settings)
                        || existing.prefixLength != address.length())) {
                    router.removeLink(key);
                    existing = null;
                }
                if (existing == null) {
                    router.addLink(key, new Link(router, area, e.name, e.ifindex, key.address(), address.length(),
                            e.mtu, settings));
                } else {
                    existing.mtu = e.mtu;
                }
                wanted.add(key);
            }
        }
        for (Link l : List.copyOf(router.links())) {
            OspfRouter.LinkKey key = new OspfRouter.LinkKey(l.ifindex, l.address);
            if (!wanted.contains(key)) {
                router.removeLink(key);
            }
        }
        OspfService.applyAreaSettings(router, inst);
        router.origination.schedule();
    }
}
