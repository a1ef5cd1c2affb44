package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.InstanceSettings;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.ospf6.config.Ospf6Config;
import dev.ferry.ospfd.ospf6.config.Ospf6InterfaceConfig;
import dev.ferry.ospfd.ospf6.config.Ospf6NetworkType;
import dev.ferry.ospfd.shared.AreaId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which OSPFv3 interfaces an instance should have: one per up kernel interface of its VRF that `ipv6 ospf6 area`
 * puts in an area and that has a link-local address to send from (a loopback needs none: it sends nothing). A link whose area or settings changed is
 * made again; a new kernel MTU (or `ipv6 ospf6 ifmtu`) applies to the next DD packets.
 */
final class V3LinkReconciler {
    private V3LinkReconciler() {
    }

    static void reconcile(OspfRouter router, InstanceSettings inst, Ospf6Config config, KernelInterfaces kernel,
            String zebraVrf) {
        Set<OspfRouter.LinkKey> wanted = new HashSet<>();
        for (KernelInterfaces.Entry e : kernel.all()) {
            if (e.name == null || !zebraVrf.equals(e.vrf) || !e.up) {
                continue;
            }
            Ospf6InterfaceConfig ic = config.interfaces().find(e.name);
            if (ic == null || ic.area() == null || !ic.vrf().equals(inst.vrf())) {
                continue;
            }
            byte[] linkLocal = linkLocal(e.addresses6);
            if (linkLocal == null && !e.loopback()) {
                continue;
            }
            OspfRouter.LinkKey key = new OspfRouter.LinkKey(e.ifindex, router.routerId());
            LinkSettings settings = settings(ic, e);
            Area area = router.area(new AreaId(ic.area().value(), true));
            Link existing = router.link(key);
            if (existing != null && (existing.area != area || !existing.sameSettings(settings)
                    || !java.util.Arrays.equals(existing.linkLocal, linkLocal))) {
                router.removeLink(key);
                existing = null;
            }
            int mtu = ic.ifMtu() != 0 ? ic.ifMtu() : e.mtu;
            if (existing == null) {
                existing = Link.v3(router, area, e.name, e.ifindex, linkLocal, mtu, settings);
                existing.prefixes = globalPrefixes(e.addresses6);
                router.addLink(key, existing);
            } else {
                existing.mtu = mtu;
                existing.prefixes = globalPrefixes(e.addresses6);
            }
            wanted.add(key);
        }
        for (Link l : List.copyOf(router.links())) {
            OspfRouter.LinkKey key = new OspfRouter.LinkKey(l.ifindex, l.address);
            if (!wanted.contains(key)) {
                router.removeLink(key);
            }
        }
        router.origination.schedule();
    }

    /** FRR's ospf6d defaults: cost 10 (loopbacks too), hello 10, dead 40, priority 1, retransmit 5, delay 1. */
    static LinkSettings settings(Ospf6InterfaceConfig ic, KernelInterfaces.Entry e) {
        InterfaceKind kind = e.loopback() ? InterfaceKind.LOOPBACK
                : ic.networkType() == Ospf6NetworkType.POINT_TO_POINT || (ic.networkType() == null
                        && e.pointToPoint()) ? InterfaceKind.POINT_TO_POINT : InterfaceKind.BROADCAST;
        int cost = ic.cost() != null ? ic.cost() : LinkSettings.DEFAULT_COST;
        return new LinkSettings(kind, ic.passive(), cost, ic.helloInterval(), ic.deadInterval(), ic.priority(),
                LinkSettings.DEFAULT_RETRANSMIT, LinkSettings.DEFAULT_TRANSMIT_DELAY, ic.mtuIgnore(), null, null,
                Map.of(), 0, ic.ifMtu());
    }

    private static byte[] linkLocal(List<IpPrefix> addresses) {
        for (IpPrefix p : addresses) {
            if (IpAddresses.isIpv6LinkLocal(p.address())) {
                return p.address();
            }
        }
        return null;
    }

    private static List<IpPrefix> globalPrefixes(List<IpPrefix> addresses) {
        List<IpPrefix> out = new ArrayList<>();
        for (IpPrefix p : addresses) {
            if (!IpAddresses.isIpv6LinkLocal(p.address())) {
                out.add(p);
            }
        }
        return out;
    }
}
