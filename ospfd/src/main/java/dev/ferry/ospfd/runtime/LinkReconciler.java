package dev.ferry.ospfd.runtime;

import java.util.Map;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.config.OspfNetworkType;
import dev.ferry.ospfd.config.OspfNetwork;
import dev.ferry.ospfd.config.OspfArea;
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
                AreaId areaId = areaFor(inst, ic, address);
                if (areaId == null) {
                    continue;
                }
                OspfRouter.LinkKey key = new OspfRouter.LinkKey(e.ifindex, Ipv4.toInt(address.address()));
                LinkSettings settings = settings(inst, ic, e);
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
        for (Link l : List.copyOf(router.physicalLinks())) {
            OspfRouter.LinkKey key = new OspfRouter.LinkKey(l.ifindex, l.address);
            if (!wanted.contains(key)) {
                router.removeLink(key);
            }
        }
        router.virtualLinks.configure(inst.virtualLinks());
        applyAreaSettings(router, inst);
        router.origination.schedule();
    }

    /** Settings of the link for this interface and address (FRR's defaults where nothing is configured). */
    static LinkSettings settings(OspfInstance inst, OspfInterfaceConfig ic, KernelInterfaces.Entry e) {
        InterfaceKind kind = e.loopback() ? InterfaceKind.LOOPBACK
                : e.pointToPoint() ? InterfaceKind.POINT_TO_POINT : InterfaceKind.BROADCAST;
        if (ic != null && ic.networkType() != null && kind != InterfaceKind.LOOPBACK) {
            kind = ic.networkType() == OspfNetworkType.POINT_TO_POINT ? InterfaceKind.POINT_TO_POINT
                    : InterfaceKind.BROADCAST;
        }
        int hello = ic == null ? 10 : ic.helloInterval();
        int dead = ic == null || ic.deadInterval() == null ? 4 * hello : ic.deadInterval();
        boolean passive = ic != null && ic.passive() != null ? ic.passive() : inst.passiveByDefault();
        int cost = kind == InterfaceKind.LOOPBACK ? 0
                : ic != null && ic.cost() != null ? ic.cost() : LinkSettings.DEFAULT_COST;
        return new LinkSettings(kind, passive, cost, hello, dead, ic == null ? 1 : ic.priority(),
                LinkSettings.DEFAULT_RETRANSMIT, LinkSettings.DEFAULT_TRANSMIT_DELAY, ic != null && ic.mtuIgnore(),
                ic == null ? null : ic.authentication(), ic == null ? null : ic.authenticationKey(),
                ic == null ? Map.of() : ic.messageDigestKeys(), 0, 0);
    }

    /** The area of an address: `ip ospf area` on its interface, else the longest `network` that holds it. */
    static AreaId areaFor(OspfInstance inst, OspfInterfaceConfig ic, IpPrefix address) {
        if (ic != null && ic.area() != null) {
            return ic.area();
        }
        OspfNetwork best = null;
        for (OspfNetwork n : inst.networks()) {
            if (contains(n.prefix(), address) && (best == null || n.prefix().length() > best.prefix().length())) {
                best = n;
            }
        }
        return best == null ? null : best.area();
    }

    private static boolean contains(IpPrefix net, IpPrefix address) {
        return net.isIpv4() && address.isIpv4() && Ipv4.holds(net, address);
    }

    static void applyAreaSettings(OspfRouter r, OspfInstance inst) {
        for (Area a : r.areas()) {
            OspfArea conf = inst.findArea(a.id);
            a.stub(conf != null && conf.stub(), 1);
        }
    }
}
