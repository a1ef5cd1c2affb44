package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.ExtendedCommunity;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.config.VpnExport;
import dev.ferry.bgpd.config.VpnPolicy;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.rib.LocalOrigin;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.bgpd.rib.RibTable;
import dev.ferry.bgpd.rib.VpnTable;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * MPLS L3VPN route leaking between the VRF instances and the default instance's VPN tables (FRR's
 * bgp_mplsvpn.c, RFC 4364 sections 4.3 and 5).
 * <ul>
 * <li>Export (`export vpn`): each best VRF route that was not itself imported becomes a VPN route with the VRF's
 * RD (`rd vpn export`), the export route targets added as extended communities (`rt vpn export|both`) and the
 * VRF's label (`label vpn export N|auto`). It is a local path of the default instance, so iBGP peers get it with
 * next hop self. Active only with an RD, route targets and a label, as FRR's vpn_leak_to_vpn_active.</li>
 * <li>Import (`import vpn`): each VPN best path (learned from a peer) whose route targets meet the VRF's import
 * route targets becomes a VRF path with the VPN next hop (resolved in the default VRF) and the VPN label.</li>
 * <li>For each label in use, an LSP pops it and looks the packet up in the VRF (FRR's VRF label).</li>
 * <li>VRF to VRF (`import vrf X` in VRF Y), as FRR's vrf_import_from_vrf does it: through the VPN table. X's
 * routes are exported with an RD and route target derived from X's router-id ("A.B.C.D:N", N X's instance
 * index) and no label, which keeps them on this router; Y imports that route target. Y's path keeps X's next
 * hop, resolved in X ("nexthop-vrf X" for zebra), without a label: the packet is forwarded by IP in X.</li>
 * </ul>
 * Best-path changes leak one route at a time; {@link #sync} re-evaluates everything after a configuration
 * change (RD, route targets, label, `no export vpn`, `no import vpn`). Runs on the daemon's loop.
 */
public final class VpnLeaking implements BgpRouter.LeakHooks {
    private static final System.Logger LOG = System.getLogger(VpnLeaking.class.getName());

    /** Where the VRF labels' LSPs go (zebra), and how VRF devices are found. */
    public interface Dataplane {
        /** The ifindex of the VRF's device, or 0 when zebra does not know it (no VRF in the kernel). */
        int vrfIfindex(String vrf);

        void addVrfLabel(int label, int vrfIfindex);

        void removeVrfLabel(int label);

        Dataplane NONE = new Dataplane() {
            @Override
            public int vrfIfindex(String vrf) {
                return 0;
            }

            @Override
            public void addVrfLabel(int label, int vrfIfindex) {
            }

            @Override
            public void removeVrfLabel(int label) {
            }
        };
    }

    /** An imported path's key in the VRF. */
    private record VpnKey(RouteDistinguisher rd, Prefix prefix) {
    }

    /** An imported path: the VRF path's own source and the VPN source it stands for. */
    private record Imported(PathSource vrfSource, PathSource vpnSource) {
    }

    /** One VRF instance's leaking state in one address family. */
    private static final class Leak {
        final BgpRouter vrf;
        final AddressFamily unicast;
        final PathSource exportSource;
        RouteDistinguisher rd;
        Integer label;
        List<RouteTarget> exportRts = List.of();
        /** Exporting only for other VRFs of this router (`import vrf` of this one elsewhere): no label. */
        boolean vrfToVrf;
        /** `nexthop vpn export`: the exported routes' next hop, or null for the VRF route's own. */
        byte[] exportNexthop;
        final Set<Prefix> exported = new HashSet<>();
        final Map<VpnKey, Imported> imported = new HashMap<>();
        int lspLabel = -1;
        boolean noVrfLogged;

        Leak(BgpRouter vrf, AddressFamily unicast, BgpRouter vpn) {
            this.vrf = vrf;
            this.unicast = unicast;
            this.exportSource = PathSource.local(vpn.routerId(), vpn.asn());
        }

        String owner() {
            return vrf.vrf() + "/" + unicast;
        }
    }

    private final Supplier<BgpRouter> vpnRouter;
    private final Supplier<List<BgpRouter>> vrfRouters;
    private final VpnLabels labels;
    private final Dataplane dataplane;
    private final Map<BgpRouter, Map<AddressFamily, Leak>> leaks = new HashMap<>();
    /** Each VRF instance's index for its derived RD (FRR's vrf_rd_id; 1 is the default instance's). */
    private final Map<BgpRouter, Integer> rdIds = new HashMap<>();
    private BgpRouter leaksOf;

    /**
     * @param vpnRouter  the default instance (holder of the VPN tables), or null
     * @param vrfRouters the VRF instances running now
     */
    public VpnLeaking(Supplier<BgpRouter> vpnRouter, Supplier<List<BgpRouter>> vrfRouters, VpnLabels labels,
            Dataplane dataplane) {
        this.vpnRouter = vpnRouter;
        this.vrfRouters = vrfRouters;
        this.labels = labels;
        this.dataplane = dataplane;
    }

    private static AddressFamily vpnFamily(AddressFamily unicast) {
        return unicast.afi() == AddressFamily.AFI_IPV4 ? AddressFamily.IPV4_VPN : AddressFamily.IPV6_VPN;
    }

    private static AddressFamily unicastFamily(AddressFamily vpn) {
        return vpn.afi() == AddressFamily.AFI_IPV4 ? AddressFamily.IPV4_UNICAST : AddressFamily.IPV6_UNICAST;
    }

    private static VpnPolicy policy(BgpRouter vrf, AddressFamily unicast) {
        return vrf.instance().family(unicast.afi() == AddressFamily.AFI_IPV4 ? BgpAddressFamily.IPV4_UNICAST
                : BgpAddressFamily.IPV6_UNICAST).vpn();
    }

    private Leak leak(BgpRouter vrf, AddressFamily unicast) {
        BgpRouter vpn = vpnRouter.get();
        if (vpn == null || vrf.vrf() == null) {
            return null;
        }
        if (vpn != leaksOf) {
            // a new default instance has new (empty) VPN tables: nothing leaked survives
            leaksOf = vpn;
            for (Map<AddressFamily, Leak> m : leaks.values()) {
                for (Leak l : m.values()) {
                    l.exported.clear();
                }
            }
        }
        rdIds.computeIfAbsent(vrf, k -> {
            int id = 2;
            while (rdIds.containsValue(id)) {
                id++;
            }
            return id;
        });
        return leaks.computeIfAbsent(vrf, k -> new HashMap<>()).computeIfAbsent(unicast,
                f -> new Leak(vrf, f, vpn));
    }

    // ---- events ------------------------------------------------------------------------------------------

    @Override
    public void unicastBestChanged(BgpRouter router, AddressFamily family, Prefix prefix, BgpPath best) {
        if (router.vrf() == null) {
            return;
        }
        Leak l = leak(router, family);
        if (l != null) {
            exportOne(l, prefix, best, exportActive(l));
        }
    }

    @Override
    public void vpnBestChanged(AddressFamily family, RouteDistinguisher rd, Prefix prefix, BgpPath best) {
        AddressFamily unicast = unicastFamily(family);
        for (BgpRouter vrf : vrfRouters.get()) {
            Leak l = leak(vrf, unicast);
            if (l != null) {
                importOne(l, rd, prefix, best, importTargets(l));
            }
        }
    }

    // ---- full re-evaluation --------------------------------------------------------------------------------

    /** Brings every VRF's exports, imports and labels in step with the configuration and the tables. */
    public void sync() {
        List<BgpRouter> vrfs = vrfRouters.get();
        for (BgpRouter gone : List.copyOf(leaks.keySet())) {
            if (!vrfs.contains(gone)) {
                for (Leak l : leaks.remove(gone).values()) {
                    retire(l);
                }
                rdIds.remove(gone);
            }
        }
        if (vpnRouter.get() == null) {
            return;
        }
        for (BgpRouter vrf : vrfs) {
            for (AddressFamily f : BgpRouter.FAMILIES) {
                Leak l = leak(vrf, f);
                syncExport(l);
                syncImport(l);
            }
        }
    }

    private void syncExport(Leak l) {
        VpnPolicy policy = policy(l.vrf, l.unicast);
        VpnExport cfg = policy.export();
        boolean vrfToVrf = !policy.exportVrfs().isEmpty();
        Integer label = null;
        if (vrfToVrf) {
            labels.release(l.owner());
        } else if (cfg.label() != null) {
            label = cfg.label().intValue();
            labels.release(l.owner());
        } else if (cfg.labelAuto()) {
            label = labels.label(l.owner());
        } else {
            labels.release(l.owner());
        }
        List<RouteTarget> rts = cfg.routeTargets() == null ? List.of() : dedup(cfg.routeTargets());
        RouteDistinguisher rd = cfg.rd();
        if (vrfToVrf) {
            rd = RouteDistinguisher.parse(autoRd(l.vrf));
            rts = List.of(autoRouteTarget(l.vrf));
        }
        if (!Objects.equals(rd, l.rd) || !Objects.equals(label, l.label) || !rts.equals(l.exportRts)
                || vrfToVrf != l.vrfToVrf) {
            withdrawExports(l);
            l.rd = rd;
            l.label = label;
            l.exportRts = rts;
            l.vrfToVrf = vrfToVrf;
        }
        l.exportNexthop = cfg.nexthop() == null ? null : IpAddresses.parse(cfg.nexthop());
        syncLsp(l);
        boolean active = exportActive(l);
        RibTable rib = l.vrf.rib(l.unicast);
        for (Destination d : List.copyOf(rib.destinations())) {
            exportOne(l, d.prefix(), d.best(), active);
        }
        for (Prefix p : List.copyOf(l.exported)) {
            Destination d = rib.get(p);
            if (d == null || d.best() == null) {
                exportOne(l, p, null, active);
            }
        }
    }

    private void syncImport(Leak l) {
        VpnTable vpn = vpnRouter.get().vpnRib(vpnFamily(l.unicast));
        Set<RouteTarget> targets = importTargets(l);
        for (RouteDistinguisher rd : vpn.rds()) {
            RibTable t = vpn.rd(rd);
            for (Destination d : List.copyOf(t.destinations())) {
                importOne(l, rd, d.prefix(), d.best(), targets);
            }
        }
        for (VpnKey k : List.copyOf(l.imported.keySet())) {
            Destination d = vpn.get(k.rd(), k.prefix());
            if (d == null || d.best() == null) {
                importOne(l, k.rd(), k.prefix(), null, targets);
            }
        }
    }

    /** A VRF instance went away: its exports leave the VPN table, its label goes back. */
    private void retire(Leak l) {
        withdrawExports(l);
        labels.release(l.owner());
        if (l.lspLabel >= 0) {
            dataplane.removeVrfLabel(l.lspLabel);
            l.lspLabel = -1;
        }
    }

    private void syncLsp(Leak l) {
        int want = -1;
        int ifindex = 0;
        if (l.label != null) {
            ifindex = dataplane.vrfIfindex(l.vrf.vrf());
            if (ifindex == 0) {
                if (!l.noVrfLogged) {
                    l.noVrfLogged = true;
                    LOG.log(System.Logger.Level.WARNING, "VRF " + l.vrf.vrf() + " is not in the kernel (zebra"
                            + " reports no device): label " + l.label + " is not installed; routes still leak");
                }
            } else {
                l.noVrfLogged = false;
                want = l.label;
            }
        }
        if (want == l.lspLabel) {
            return;
        }
        if (l.lspLabel >= 0) {
            dataplane.removeVrfLabel(l.lspLabel);
        }
        l.lspLabel = want;
        if (want >= 0) {
            dataplane.addVrfLabel(want, ifindex);
        }
    }

    private void withdrawExports(Leak l) {
        BgpRouter vpn = vpnRouter.get();
        if (vpn != null && l.rd != null) {
            VpnTable t = vpn.vpnRib(vpnFamily(l.unicast));
            for (Prefix p : List.copyOf(l.exported)) {
                t.withdraw(l.rd, p, l.exportSource);
            }
        }
        l.exported.clear();
    }

    // ---- one route ---------------------------------------------------------------------------------------

    private boolean exportActive(Leak l) {
        if (l.vrfToVrf) {
            return l.rd != null;
        }
        return policy(l.vrf, l.unicast).exportToVpn() && l.rd != null && l.label != null && !l.exportRts.isEmpty();
    }

    /** FRR's form_auto_rd: the VRF instance's router-id and index, "A.B.C.D:N". */
    private String autoRd(BgpRouter vrf) {
        return Ipv4Addresses.format(vrf.routerId()) + ":" + rdIds.getOrDefault(vrf, 0);
    }

    /** The route target VRF-to-VRF leaking marks a VRF's exports with: its derived RD, read as a route target. */
    private RouteTarget autoRouteTarget(BgpRouter vrf) {
        return RouteTarget.parse(autoRd(vrf));
    }

    /** The route targets a VRF imports: `rt vpn import` with `import vpn`, and those of the VRFs it imports. */
    private Set<RouteTarget> importTargets(Leak l) {
        VpnPolicy p = policy(l.vrf, l.unicast);
        Set<RouteTarget> targets = new HashSet<>();
        if (p.importFromVpn() && p.importRouteTargets() != null) {
            targets.addAll(p.importRouteTargets());
        }
        for (String name : p.importVrfs()) {
            for (BgpRouter source : vrfRouters.get()) {
                if (name.equals(source.vrf()) && rdIds.containsKey(source)) {
                    targets.add(autoRouteTarget(source));
                }
            }
        }
        return targets;
    }

    /** What the VPN table should hold for one VRF prefix. */
    private void exportOne(Leak l, Prefix prefix, BgpPath best, boolean active) {
        BgpRouter vpn = vpnRouter.get();
        if (vpn == null) {
            return;
        }
        VpnTable t = vpn.vpnRib(vpnFamily(l.unicast));
        // a route imported from VPN is never exported again (FRR's is_route_injectable_into_vpn)
        if (!active || best == null || best.localOrigin() == LocalOrigin.IMPORTED) {
            if (l.exported.remove(prefix)) {
                t.withdraw(l.rd, prefix, l.exportSource);
            }
            return;
        }
        PathAttributes a = withRouteTargets(best.attributes(), l.exportRts);
        // `nexthop vpn export X`: X goes to the VPN peers as is; else they get this router (next hop self)
        boolean nexthopSet = l.exportNexthop != null;
        BgpPath path = new BgpPath(l.exportSource, a, nexthopSet ? l.exportNexthop : best.nextHop(), best.weight(),
                LocalOrigin.IMPORTED, vpn.nextArrival(), best.uptimeMillis(), l.vrfToVrf ? BgpPath.NO_LABEL : l.label,
                nexthopSet, null);
        l.exported.add(prefix);
        t.update(l.rd, prefix, path);
    }

    /** What the VRF should hold for one VPN (RD, prefix). */
    private void importOne(Leak l, RouteDistinguisher rd, Prefix prefix, BgpPath best, Set<RouteTarget> targets) {
        VpnKey key = new VpnKey(rd, prefix);
        Imported have = l.imported.get(key);
        RibTable rib = l.vrf.rib(l.unicast);
        // local VPN paths are VRFs' exports on this router, whose next hops live in those VRFs (never our own)
        String fromVrf = best != null && best.isLocal() ? exportingVrf(best.source()) : null;
        boolean want = best != null && matches(best, targets)
                && (!best.isLocal() || fromVrf != null && !fromVrf.equals(l.vrf.vrf()));
        if (have != null && (!want || have.vpnSource() != best.source())) {
            l.imported.remove(key);
            rib.withdraw(prefix, have.vrfSource());
            have = null;
        }
        if (!want) {
            return;
        }
        if (have == null) {
            // FRR's leaked path belongs to the VRF's own peer_self: shown without "i", "pathFrom":"external",
            // installed at the eBGP distance 20; the remote PE's address and identifier still break ties
            PathSource s = best.source();
            have = new Imported(new PathSource(PathSource.Kind.EBGP, s.address(), s.routerId(), s.asn()), s);
            l.imported.put(key, have);
        }
        if (fromVrf == null) {
            l.vrf.trackNexthop(best.nextHop());
        }
        // FRR's vpn_leak_to_vrf_update_onevrf: no label for a route of this router (IP forwarding in its VRF),
        // nor for VRF-to-VRF import
        boolean labelled = fromVrf == null && policy(l.vrf, l.unicast).importVrfs().isEmpty();
        rib.update(prefix, new BgpPath(have.vrfSource(), best.attributes(), best.nextHop(), best.weight(),
                LocalOrigin.IMPORTED, l.vrf.nextArrival(), best.uptimeMillis(),
                labelled ? best.label() : BgpPath.NO_LABEL, false, fromVrf));
    }

    /** Whether the path carries one of the route targets (RFC 4364 section 4.3.5). */
    static boolean matches(BgpPath p, Set<RouteTarget> targets) {
        if (targets.isEmpty()) {
            return false;
        }
        ExtendedCommunities ec = p.attributes().extendedCommunities();
        if (ec == null) {
            return false;
        }
        for (RouteTarget rt : ec.routeTargets()) {
            if (targets.contains(rt)) {
                return true;
            }
        }
        return false;
    }

    /** The attributes with the route targets added to the extended communities (no repeats). */
    static PathAttributes withRouteTargets(PathAttributes a, List<RouteTarget> rts) {
        ExtendedCommunities old = a.extendedCommunities();
        Set<Long> values = new LinkedHashSet<>();
        if (old != null) {
            for (long v : old.values()) {
                values.add(v);
            }
        }
        for (RouteTarget rt : rts) {
            values.add(ExtendedCommunity.routeTarget(rt));
        }
        long[] out = values.stream().mapToLong(Long::longValue).toArray();
        return a.with(old == null ? ExtendedCommunities.of(out) : new ExtendedCommunities(out, old.flags()));
    }

    private static List<RouteTarget> dedup(List<RouteTarget> rts) {
        return new ArrayList<>(new LinkedHashSet<>(rts));
    }

    /** The VRF whose exports come from {@code source}, or null. */
    public String exportingVrf(PathSource source) {
        for (Map<AddressFamily, Leak> m : leaks.values()) {
            for (Leak l : m.values()) {
                if (l.exportSource == source) {
                    return l.vrf.vrf();
                }
            }
        }
        return null;
    }

    /**
     * Whether a VPN path may go to VPN peers: not one VRF-to-VRF leaking made, whose derived RD and route target
     * mean nothing elsewhere (FRR's BGP_PREVENT_VRF_2_VRF_LEAK label).
     */
    static boolean offBox(BgpPath vpnPath) {
        return vpnPath == null || vpnPath.hasLabel() || !vpnPath.isLocal();
    }

    /** The label a VRF exports with in a family, or null. */
    public Integer exportLabel(BgpRouter vrf, AddressFamily unicast) {
        Map<AddressFamily, Leak> m = leaks.get(vrf);
        Leak l = m == null ? null : m.get(unicast);
        return l == null ? null : l.label;
    }
}
