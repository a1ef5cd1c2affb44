package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.BgpRedistribution;
import dev.ferry.bgpd.config.BgpRouteSource;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.bgpd.rib.RibTable;
import dev.ferry.lib.net.IpPrefix;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Routes this router originates: `network PREFIX` (with FRR's import check: only while zebra has a route of
 * exactly that prefix, unless `no bgp network import-check`) and `redistribute connected|static|...` (the routes
 * zebra reports for the subscribed types). Local paths have weight 32768 and next hop 0.0.0.0 (or ::); network
 * routes have origin IGP and MED 0, redistributed ones origin incomplete and the route's metric as MED, as FRR.
 */
final class LocalRoutes {

    /** A route zebra redistributes to us. */
    record Redistributed(BgpRouteSource source, IpPrefix prefix, long metric, byte[] gateway) {
    }

    private final BgpRouter router;
    private final PathSource networkSource;
    private final PathSource redistributeSource;
    private final Map<AddressFamily, Set<Prefix>> originated = new HashMap<>();
    private final Map<AddressFamily, Set<Prefix>> redistributedIn = new HashMap<>();
    private final Map<AddressFamily, Map<IpPrefix, Redistributed>> zebraRoutes = new HashMap<>();
    private BgpInstance instance;

    LocalRoutes(BgpRouter router, int routerId, long asn) {
        this.router = router;
        this.networkSource = PathSource.local(routerId, asn);
        this.redistributeSource = PathSource.local(routerId, asn);
        for (AddressFamily f : BgpRouter.FAMILIES) {
            originated.put(f, new HashSet<>());
            redistributedIn.put(f, new HashSet<>());
            zebraRoutes.put(f, new LinkedHashMap<>());
        }
    }

    void reconcile(BgpInstance inst) {
        this.instance = inst;
        for (AddressFamily f : BgpRouter.FAMILIES) {
            reconcileNetworks(f);
            reconcileRedistribution(f);
        }
    }

    /** zebra's nexthop tracking changed: networks may pass or fail the import check now. */
    void importCheckChanged() {
        if (instance != null) {
            for (AddressFamily f : BgpRouter.FAMILIES) {
                reconcileNetworks(f);
            }
        }
    }

    /** A redistributed route arrived ({@code r} non-null) or left. */
    void redistributed(AddressFamily f, IpPrefix prefix, Redistributed r) {
        Map<IpPrefix, Redistributed> m = zebraRoutes.get(f);
        if (m == null) {
            return;
        }
        if (r == null) {
            m.remove(prefix.masked());
        } else {
            m.put(prefix.masked(), r);
        }
        if (instance != null) {
            reconcileRedistribution(f);
        }
    }

    /** Forgets what zebra redistributed of a type (the subscription ended). */
    void forget(BgpRouteSource source) {
        for (AddressFamily f : BgpRouter.FAMILIES) {
            zebraRoutes.get(f).values().removeIf(r -> r.source() == source);
            if (instance != null) {
                reconcileRedistribution(f);
            }
        }
    }

    private static BgpAddressFamily configFamily(AddressFamily f) {
        return f.afi() == AddressFamily.AFI_IPV4 ? BgpAddressFamily.IPV4_UNICAST : BgpAddressFamily.IPV6_UNICAST;
    }

    private void reconcileNetworks(AddressFamily f) {
        RibTable rib = router.rib(f);
        Set<Prefix> want = new HashSet<>();
        for (BgpNetwork n : instance.family(configFamily(f)).networks()) {
            IpPrefix p = n.prefix().masked();
            if (instance.importCheck()) {
                router.trackImportCheck(p.address());
                if (!router.importChecks().inRib(p)) {
                    continue;
                }
            }
            want.add(Prefix.of(p));
        }
        Set<Prefix> have = originated.get(f);
        for (Prefix p : Set.copyOf(have)) {
            if (!want.contains(p)) {
                have.remove(p);
                rib.withdraw(p, networkSource);
            }
        }
        for (Prefix p : want) {
            if (have.add(p)) {
                PathAttributes a = PathAttributes.of(Origin.of(Origin.IGP), AsPath.EMPTY, MultiExitDisc.of(0));
                rib.update(p, new BgpPath(networkSource, a, new byte[p.addressLength()], BgpPath.LOCAL_WEIGHT,
                        LocalOrigin.NETWORK, router.nextArrival(), System.currentTimeMillis()));
            }
        }
    }

    private void reconcileRedistribution(AddressFamily f) {
        RibTable rib = router.rib(f);
        Map<Prefix, BgpPath> want = new HashMap<>();
        for (Redistributed r : zebraRoutes.get(f).values()) {
            BgpRedistribution how = instance.family(configFamily(f)).redistribution(r.source());
            if (how == null) {
                continue;
            }
            long med = how.metric() != null ? how.metric() : r.metric();
            PathAttributes a = PathAttributes.of(Origin.of(Origin.INCOMPLETE), AsPath.EMPTY, MultiExitDisc.of(med));
            byte[] nh = r.gateway() != null && r.gateway().length == f.addressLength() ? r.gateway()
                    : new byte[f.addressLength()];
            want.put(Prefix.of(r.prefix()), new BgpPath(redistributeSource, a, nh, BgpPath.LOCAL_WEIGHT,
                    LocalOrigin.REDISTRIBUTE, router.nextArrival(), System.currentTimeMillis()));
        }
        Set<Prefix> have = redistributedIn.get(f);
        for (Prefix p : Set.copyOf(have)) {
            if (!want.containsKey(p)) {
                have.remove(p);
                rib.withdraw(p, redistributeSource);
            }
        }
        for (Map.Entry<Prefix, BgpPath> e : want.entrySet()) {
            have.add(e.getKey());
            rib.update(e.getKey(), e.getValue());
        }
    }
}
