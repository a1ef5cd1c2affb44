package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.adjout.AdjRibOut;
import dev.ferry.bgpd.adjout.ExportPolicy;
import dev.ferry.bgpd.adjout.ExportTarget;
import dev.ferry.bgpd.adjout.OutboundPolicy;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpAddressFamilyConfig;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.bgpd.config.BgpNeighborPolicy;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.policy.NeighborPolicy;
import dev.ferry.bgpd.policy.Policies;
import dev.ferry.bgpd.rib.BgpPath;
import dev.ferry.bgpd.rib.Destination;
import dev.ferry.bgpd.rib.Multipath;
import dev.ferry.bgpd.rib.PathSource;
import dev.ferry.bgpd.rib.RibTable;
import dev.ferry.bgpd.rib.VpnTable;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.lib.net.IpAddresses;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One BGP instance at run time (`router bgp ASN` or `router bgp ASN vrf NAME`): the peers, the Loc-RIB of IPv4
 * and IPv6 unicast (and, in the default instance, of VPN-IPv4 and VPN-IPv6), local origination, and the glue
 * between them: a best-path change is installed in zebra (in the instance's VRF), offered to every Established
 * peer's Adj-RIB-Out, which is sent at the end of the loop task (so that one UPDATE carries many prefixes),
 * and handed to {@link LeakHooks} (export to and import from the VPN tables). VRF instances run no peers yet.
 * Runs on the daemon's loop.
 */
public final class BgpRouter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BgpRouter.class.getName());
    /** The families this runtime carries. */
    public static final List<AddressFamily> FAMILIES = List.of(AddressFamily.IPV4_UNICAST,
            AddressFamily.IPV6_UNICAST);
    /** The VPN families the default instance carries. */
    public static final List<AddressFamily> VPN_FAMILIES = List.of(AddressFamily.IPV4_VPN,
            AddressFamily.IPV6_VPN);
    /** Every family a peer may negotiate. */
    public static final List<AddressFamily> ALL_FAMILIES = List.of(AddressFamily.IPV4_UNICAST,
            AddressFamily.IPV6_UNICAST, AddressFamily.IPV4_VPN, AddressFamily.IPV6_VPN);

    /** Where best-path changes go besides zebra and the peers: VRF-VPN route leaking. */
    public interface LeakHooks {
        /** A unicast best path of {@code router} changed. */
        void unicastBestChanged(BgpRouter router, AddressFamily family, Prefix prefix, BgpPath best);

        /** A VPN best path of the default instance changed. */
        void vpnBestChanged(AddressFamily family, RouteDistinguisher rd, Prefix prefix, BgpPath best);

        LeakHooks NONE = new LeakHooks() {
            @Override
            public void unicastBestChanged(BgpRouter router, AddressFamily family, Prefix prefix, BgpPath best) {
            }

            @Override
            public void vpnBestChanged(AddressFamily family, RouteDistinguisher rd, Prefix prefix, BgpPath best) {
            }
        };
    }

    private final ScheduledExecutorService loop;
    private final BgpTransport transport;
    private final RouteSink routes;
    private final NexthopTable nexthops;
    private final NexthopTable importChecks;
    private final String vrf;
    private final Map<AddressFamily, VpnTable> vpnRibs = new LinkedHashMap<>();
    private LeakHooks leakHooks = LeakHooks.NONE;
    private boolean vrfNeighborsLogged;
    private final long asn;
    private final int routerId;
    private final Supplier<String> hostname;
    private final Predicate<String> debugs;
    private final Map<AddressFamily, RibTable> ribs = new LinkedHashMap<>();
    private final Map<InetAddress, Peer> peers = new LinkedHashMap<>();
    /** The peers as an array, for the per-route loops: iterating the map costs an iterator each under C1. */
    private Peer[] peerArray = new Peer[0];
    private final Map<InetAddress, BgpNeighbor> neighborConfig = new LinkedHashMap<>();
    private final LocalRoutes local;
    private BgpInstance instance;
    private long arrivals;
    private boolean flushScheduled;
    private long tableVersion;
    private Policies policies = new Policies();
    private final Map<String, String> inboundPolicyKeys = new HashMap<>();
    private InterfaceAddresses interfaces = new InterfaceAddresses();

    BgpRouter(ScheduledExecutorService loop, BgpTransport transport, RouteSink routes, NexthopTable nexthops,
            BgpInstance instance, int routerId, Supplier<String> hostname,
            Predicate<String> debugs) {
        this(loop, transport, routes, nexthops, nexthops, instance, routerId, hostname, debugs);
    }

    /**
     * @param nexthops     how the paths' next hops resolve (a VRF's imported paths resolve in the default VRF)
     * @param importChecks the instance's own VRF, for the `network` import check
     */
    BgpRouter(ScheduledExecutorService loop, BgpTransport transport, RouteSink routes, NexthopTable nexthops,
            NexthopTable importChecks, BgpInstance instance, int routerId, Supplier<String> hostname,
            Predicate<String> debugs) {
        this.importChecks = importChecks;
        this.vrf = instance.name();
        this.debugs = debugs;
        this.loop = loop;
        this.transport = transport;
        this.routes = routes;
        this.nexthops = nexthops;
        this.asn = instance.asn();
        this.routerId = routerId;
        this.hostname = hostname;
        this.instance = instance;
        for (AddressFamily f : FAMILIES) {
            ribs.put(f, new RibTable(nexthops, (d, old) -> bestChanged(f, d, old)));
        }
        if (vrf == null) {
            for (AddressFamily f : VPN_FAMILIES) {
                vpnRibs.put(f, new VpnTable(nexthops, (rd, p, old, best) -> vpnBestChanged(f, rd, p, best)));
            }
        }
        this.local = new LocalRoutes(this, routerId, asn);
    }

    // ---- configuration -------------------------------------------------------------------------------------

    /** Brings peers and local routes in step with the instance's configuration. */
    void reconcile(BgpInstance inst) {
        this.instance = inst;
        Map<InetAddress, BgpNeighbor> want = new LinkedHashMap<>();
        Map<InetAddress, byte[]> passwords = new LinkedHashMap<>();
        for (BgpNeighbor n : inst.neighbors()) {
            if (vrf != null) {
                if (!vrfNeighborsLogged) {
                    vrfNeighborsLogged = true;
                    LOG.log(System.Logger.Level.WARNING, "neighbors in VRF " + vrf + " are not run yet");
                }
                continue;
            }
            try {
                want.put(InetAddress.getByAddress(n.address().address()), n);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        for (InetAddress a : List.copyOf(peers.keySet())) {
            if (!want.containsKey(a)) {
                peers.remove(a).remove();
                peerArray = peers.values().toArray(Peer[]::new);
                neighborConfig.remove(a);
            }
        }
        for (Map.Entry<InetAddress, BgpNeighbor> e : want.entrySet()) {
            BgpNeighbor n = e.getValue();
            neighborConfig.put(e.getKey(), n);
            SessionParams p = params(n);
            InetAddress source = updateSource(n, e.getKey());
            byte[] key = n.password() == null ? null : n.password().getBytes(StandardCharsets.US_ASCII);
            if (key != null) {
                passwords.put(e.getKey(), key);
            }
            Peer peer = peers.get(e.getKey());
            if (peer == null) {
                peer = new Peer(this, e.getKey(), p, source, key, n.shutdown());
                peers.put(e.getKey(), peer);
                peerArray = peers.values().toArray(Peer[]::new);
                peer.start();
            } else {
                peer.reconfigure(p, source, key);
                peer.shutdown(n.shutdown());
            }
        }
        if (vrf == null) {
            if (!passwords.isEmpty() && !transport.supportsPasswords()) {
                LOG.log(System.Logger.Level.WARNING,
                        "neighbor passwords need the epoll transport: sessions go unsigned");
            }
            transport.passwords(passwords);
        }
        local.reconcile(inst);
        applyMultipath(inst);
        refreshChangedInboundPolicies();
        reofferAll();
    }

    /** `maximum-paths` and `multipath-relax` into the unicast tables (a change re-runs the decision). */
    private void applyMultipath(BgpInstance inst) {
        for (AddressFamily f : FAMILIES) {
            BgpAddressFamilyConfig af = inst.family(configFamily(f));
            ribs.get(f).multipath(new Multipath(af.maximumPaths(), af.maximumPathsIbgp(), inst.multipathRelax(),
                    af.equalClusterLength()));
        }
    }

    /** The address to bind the session to: the configured one, or the named interface's (see {@link InterfaceAddresses}). */
    private InetAddress updateSource(BgpNeighbor n, InetAddress peer) {
        return n.updateSourceIsInterface() ? interfaces.sourceFor(n.updateSource(), peer.getAddress())
                : Peer.sourceAddress(n.updateSource());
    }

    /** zebra reported interface or address changes: re-bind the sessions whose update-source interface moved. */
    void interfacesChanged(InterfaceAddresses now) {
        this.interfaces = now;
        for (Map.Entry<InetAddress, BgpNeighbor> e : neighborConfig.entrySet()) {
            BgpNeighbor n = e.getValue();
            Peer peer = peers.get(e.getKey());
            if (peer == null || !n.updateSourceIsInterface()) {
                continue;
            }
            InetAddress source = updateSource(n, e.getKey());
            if (!java.util.Objects.equals(source, peer.updateSourceAddress())) {
                LOG.log(System.Logger.Level.INFO, peer.name() + ": update-source " + n.updateSource() + " is now "
                        + (source == null ? "without an address" : IpAddresses.format(source.getAddress())));
                peer.reconfigure(params(n), source, n.password() == null ? null
                        : n.password().getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private SessionParams params(BgpNeighbor n) {
        Set<AddressFamily> families = new HashSet<>();
        if (n.isActivated(BgpAddressFamily.IPV4_UNICAST)) {
            families.add(AddressFamily.IPV4_UNICAST);
        }
        if (n.isActivated(BgpAddressFamily.IPV6_UNICAST)) {
            families.add(AddressFamily.IPV6_UNICAST);
        }
        if (n.isActivated(BgpAddressFamily.IPV4_VPN)) {
            families.add(AddressFamily.IPV4_VPN);
        }
        if (n.isActivated(BgpAddressFamily.IPV6_VPN)) {
            families.add(AddressFamily.IPV6_VPN);
        }
        int hold = n.timers() == null ? SessionParams.DEFAULT_HOLD : n.timers().holdtime();
        int keepalive = n.timers() == null ? SessionParams.DEFAULT_KEEPALIVE : n.timers().keepalive();
        return new SessionParams(asn, routerId, n.remoteAs(), families, hold, keepalive, hostname.get());
    }

    BgpInstance instance() {
        return instance;
    }

    /**
     * Whether `bgp ebgp-requires-policy` blocks the eBGP {@code peer} in {@code f}: it has no inbound or no
     * outbound policy there (FRR's summary then shows "(Policy)").
     */
    public boolean ebgpRequiresPolicyNow(Peer peer, AddressFamily f) {
        return policyBlocked(peer, f, true) || policyBlocked(peer, f, false);
    }

    /** RFC 8212 as FRR: an eBGP peer without policy in direction {@code in} exchanges nothing that way. */
    boolean policyBlocked(Peer peer, AddressFamily f, boolean in) {
        return peer.source() != null && peer.source().isEbgp() && instance.ebgpRequiresPolicy()
                && !neighborPolicy(peer, f).hasPolicy(in);
    }

    /** The neighbor's configured policy in {@code f} (empty when it has none). */
    public BgpNeighborPolicy neighborPolicy(Peer peer, AddressFamily f) {
        BgpNeighbor n = neighborConfig.get(peer.address());
        return n == null ? new BgpNeighborPolicy() : n.policy(configFamily(f));
    }

    /** The filters and route-maps the neighbors' policies name. */
    void policies(Policies p) {
        this.policies = p;
    }

    public Policies policies() {
        return policies;
    }

    /** The peer's inbound policy applied to a received path: the path to keep, or null when it is denied. */
    BgpPath importPolicy(Peer peer, AddressFamily f, Prefix prefix, BgpPath path) {
        BgpNeighborPolicy np = neighborPolicy(peer, f);
        if (!np.hasPolicy(true)) {
            return path;
        }
        NeighborPolicy.Passed passed = NeighborPolicy.apply(policies, np, true, prefix.toIpPrefix(), path);
        return passed == null ? null : passed.path();
    }

    /**
     * After a configuration change: a peer whose inbound policy changed, or names a policy that may have, is
     * asked for its routes again (ROUTE-REFRESH, as FRR's peer_on_policy_change without soft-reconfiguration),
     * so that the new policy applies to them; outbound policy is re-run by {@link #reofferAll}.
     */
    private void refreshChangedInboundPolicies() {
        for (Peer p : peers.values()) {
            for (AddressFamily f : FAMILIES) {
                BgpNeighborPolicy np = neighborPolicy(p, f);
                String key = np.hasPolicy(true) ? policies.version() + " " + np.prefixList(true) + " "
                        + np.routeMap(true) : "";
                String old = inboundPolicyKeys.put(p.address() + " " + f, key);
                if (old != null && !old.equals(key) && p.negotiated(f) && !p.requestRefresh(f)) {
                    LOG.log(System.Logger.Level.INFO, p.name() + ": inbound policy changed; the peer has no route"
                            + " refresh, so it applies to new routes only until `clear bgp " + p.name() + "`");
                }
            }
        }
    }

    /** Whether a `debug bgp ...` switch is on. */
    boolean debug(String flag) {
        return debugs.test(flag);
    }

    boolean logNeighborChanges() {
        return instance.logNeighborChanges();
    }

    public long asn() {
        return asn;
    }

    public int routerId() {
        return routerId;
    }

    public long tableVersion() {
        return tableVersion;
    }

    // ---- what peers ask -----------------------------------------------------------------------------------

    ScheduledExecutorService loop() {
        return loop;
    }

    BgpTransport transport() {
        return transport;
    }

    public RibTable rib(AddressFamily f) {
        return ribs.get(f);
    }

    /** The VPN table of a VPN family (default instance only), or null. */
    public VpnTable vpnRib(AddressFamily f) {
        return vpnRibs.get(f);
    }

    /** The VRF name, or null for the default instance. */
    public String vrf() {
        return vrf;
    }

    void leakHooks(LeakHooks hooks) {
        this.leakHooks = hooks;
    }

    long nextArrival() {
        return ++arrivals;
    }

    /** How next hops resolve, for show commands. */
    public dev.ferry.bgpd.rib.NexthopView nexthopView() {
        return nexthops;
    }

    /** Whether the peer has been sent {@code prefix}. */
    public boolean advertised(Peer p, AddressFamily f, Nlri prefix) {
        AdjRibOut o = p.adjOut(f);
        return o != null && o.sent(prefix) != null;
    }

    NexthopTable nexthops() {
        return nexthops;
    }

    /** A peer connected to us: hand it to the neighbor of that address, or refuse it. */
    void accept(BgpTransport.TcpLink link) {
        Peer p = peers.get(link.remote().getAddress());
        if (p == null) {
            LOG.log(System.Logger.Level.INFO, "connection from "
                    + IpAddresses.format(link.remote().getAddress().getAddress())
                    + " refused: not a configured neighbor");
            link.close();
            return;
        }
        p.accept(link);
    }

    /** A session came up: offer it the whole table, and send it before the End-of-RIB markers. */
    void sessionUp(Peer peer) {
        for (AddressFamily f : ALL_FAMILIES) {
            if (peer.negotiated(f)) {
                offerAll(peer, f);
            }
        }
        peer.flush();
    }

    /** A session went down: its routes leave the RIB (and zebra, and the other peers). */
    void sessionDown(Peer peer, PathSource source) {
        int n = 0;
        for (RibTable rib : ribs.values()) {
            n += rib.withdrawAll(source);
        }
        for (VpnTable rib : vpnRibs.values()) {
            n += rib.withdrawAll(source);
        }
        if (n > 0) {
            LOG.log(System.Logger.Level.INFO, peer.name() + ": " + n + " routes withdrawn with the session");
        }
    }

    void readvertise(Peer peer, AddressFamily f) {
        offerAll(peer, f);
        peer.flush();
    }

    private void offerAll(Peer peer, AddressFamily f) {
        AdjRibOut out = peer.adjOut(f);
        if (out == null) {
            return;
        }
        ExportTarget target = target(peer, f);
        if (f.isVpn()) {
            offerAllVpn(out, f, target);
            return;
        }
        for (Destination d : ribs.get(f).destinations()) {
            if (d.best() != null) {
                Prefix p = d.prefix();
                out.offer(p, out.export(p, d.best(), target));
            }
        }
        for (Nlri n : out.sentRoutes().keySet()) {
            if (n instanceof Prefix p) {
                Destination d = ribs.get(f).get(p);
                if (d == null || d.best() == null) {
                    out.offer(p, null);
                }
            }
        }
    }

    private void offerAllVpn(AdjRibOut out, AddressFamily f, ExportTarget target) {
        VpnTable t = vpnRibs.get(f);
        if (t == null) {
            return;
        }
        for (RouteDistinguisher rd : t.rds()) {
            for (Destination d : t.rd(rd).destinations()) {
                if (d.best() != null) {
                    out.offer(VpnPrefix.withdrawal(rd, d.prefix()),
                            VpnLeaking.offBox(d.best()) ? ExportPolicy.export(d.best(), target) : null);
                }
            }
        }
        for (Nlri n : out.sentRoutes().keySet()) {
            if (n instanceof VpnPrefix v) {
                Destination d = t.get(v.rd(), v.prefix());
                if (d == null || d.best() == null) {
                    out.offer(n, null);
                }
            }
        }
    }

    /** Re-evaluates every peer's Adj-RIB-Out (after a config change such as `bgp ebgp-requires-policy`). */
    private void reofferAll() {
        for (Peer p : peers.values()) {
            for (AddressFamily f : ALL_FAMILIES) {
                if (p.negotiated(f)) {
                    offerAll(p, f);
                }
            }
        }
        scheduleFlush();
    }

    ExportTarget target(Peer peer, AddressFamily f) {
        BgpNeighbor n = neighborConfig.get(peer.address());
        boolean nhSelf = n != null && n.nextHopSelf(configFamily(f));
        BgpNeighborPolicy np = neighborPolicy(peer, f);
        OutboundPolicy out = np.hasPolicy(false)
                ? (prefix, best) -> NeighborPolicy.apply(policies, np, false, prefix.toIpPrefix(), best)
                : OutboundPolicy.NONE;
        return new ExportTarget(peer.source(), asn, peer.selfNextHop(f), nhSelf, policyBlocked(peer, f, false), out,
                reflection(peer, f));
    }

    /** Route reflection towards {@code peer} in {@code f}: whether it is a client, and which sources are. */
    private ExportTarget.Reflection reflection(Peer peer, AddressFamily f) {
        return new ExportTarget.Reflection(reflectorClient(peer, f), clusterId(),
                s -> s != null && s.isIbgp() && isClientSource(s, f));
    }

    private boolean isClientSource(PathSource s, AddressFamily f) {
        for (Peer p : peers.values()) {
            if (p.source() == s) {
                return reflectorClient(p, f);
            }
        }
        return false;
    }

    /** Whether {@code peer} is our `route-reflector-client` in {@code f}. */
    public boolean reflectorClient(Peer peer, AddressFamily f) {
        BgpNeighbor n = neighborConfig.get(peer.address());
        return n != null && n.routeReflectorClient(configFamily(f));
    }

    /** The cluster id we reflect with and reject in CLUSTER_LIST: `bgp cluster-id`, else the router-id. */
    public int clusterId() {
        String id = instance.clusterId();
        return id == null ? routerId : Ipv4Addresses.parse(id);
    }

    static BgpAddressFamily configFamily(AddressFamily f) {
        boolean v4 = f.afi() == AddressFamily.AFI_IPV4;
        if (f.isVpn()) {
            return v4 ? BgpAddressFamily.IPV4_VPN : BgpAddressFamily.IPV6_VPN;
        }
        return v4 ? BgpAddressFamily.IPV4_UNICAST : BgpAddressFamily.IPV6_UNICAST;
    }

    // ---- best paths --------------------------------------------------------------------------------------

    private void vpnBestChanged(AddressFamily f, RouteDistinguisher rd, Prefix prefix, BgpPath best) {
        tableVersion++;
        Nlri key = VpnPrefix.withdrawal(rd, prefix);
        for (Peer p : peers.values()) {
            if (p.negotiated(f)) {
                p.adjOut(f).offer(key, VpnLeaking.offBox(best) ? ExportPolicy.export(best, target(p, f)) : null);
            }
        }
        scheduleFlush();
        leakHooks.vpnBestChanged(f, rd, prefix, best);
    }

    /**
     * Whether a prefix whose best path is {@code best} is installed in zebra: learned paths are, local ones are
     * zebra's own routes already. The Loc-RIB's best paths thus say what is installed, with no set beside them.
     */
    static boolean installs(BgpPath best) {
        return best != null && !best.isLocal();
    }

    private void bestChanged(AddressFamily f, Destination d, BgpPath oldBest) {
        tableVersion++;
        BgpPath best = d.best();
        // made only when needed: an IPv4 destination builds it, and a full table from one peer needs none
        Prefix prefix = null;
        if (!installs(best)) {
            if (installs(oldBest)) {
                prefix = d.prefix();
                routes.remove(f, prefix);
            }
        } else {
            routes.install(f, d);
        }
        for (Peer p : peerArray) {
            if (!p.negotiated(f)) {
                continue;
            }
            AdjRibOut out = p.adjOut(f);
            if (best != null && best.source() == p.source() && out.isEmpty()) {
                continue; // split horizon, and nothing sent there to withdraw: the offer would change nothing
            }
            if (prefix == null) {
                prefix = d.prefix();
            }
            out.offer(prefix, out.export(prefix, best, target(p, f)));
        }
        scheduleFlush();
        if (vrf() != null) { // route leaking starts from VRF instances only (VpnLeaking ignores the default one)
            leakHooks.unicastBestChanged(this, f, prefix != null ? prefix : d.prefix(), best);
        }
    }

    /** Sends the peers' pending UPDATEs once the current loop task is over. */
    void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        loop.execute(() -> {
            flushScheduled = false;
            for (Peer p : peers.values()) {
                p.flush();
            }
        });
    }

    /** zebra says a tracked address resolves differently now. */
    void nexthopChanged(byte[] address) {
        for (RibTable rib : ribs.values()) {
            rib.nexthopChanged(address);
        }
        for (VpnTable rib : vpnRibs.values()) {
            rib.nexthopChanged(address);
        }
        if (importChecks == nexthops) {
            local.importCheckChanged();
        }
    }

    /** zebra's nexthop tracking in this VRF changed (the `network` import check of a VRF instance). */
    void importCheckChanged() {
        local.importCheckChanged();
    }

    void trackNexthop(byte[] address) {
        nexthops.track(address);
    }

    /** The table of the `network` import check: the instance's own VRF. */
    NexthopTable importChecks() {
        return importChecks;
    }

    void trackImportCheck(byte[] address) {
        importChecks.track(address);
    }

    /**
     * Installs every route this instance has in zebra again, as {@link #bestChanged} installed it: zebra came
     * (back) and the zebra client keeps no copy of bgpd's routes (the Loc-RIB is the one copy).
     */
    void reinstallRoutes() {
        for (AddressFamily f : FAMILIES) {
            for (Destination d : ribs.get(f).destinations()) {
                if (installs(d.best())) {
                    routes.install(f, d);
                }
            }
        }
    }

    LocalRoutes local() {
        return local;
    }

    // ---- operator commands -------------------------------------------------------------------------------

    public Collection<Peer> peers() {
        return peers.values();
    }

    /** The peer of an address text, or null. */
    public Peer peer(String address) {
        try {
            return peers.get(InetAddress.getByAddress(IpAddresses.parse(address)));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    /** `clear bgp X`: a hard reset (Cease/Administrative Reset). */
    public void clear(Peer p) {
        p.reset(dev.ferry.bgpd.wire.ErrorCodes.CEASE_ADMIN_RESET, "Reset due to CLI");
        p.clearPrefixOverflow();
    }

    /** `clear bgp X soft in`: ROUTE-REFRESH to the peer. */
    public void softIn(Peer p) {
        p.requestRefresh();
    }

    /** `clear bgp X soft out`: everything sent again. */
    public void softOut(Peer p) {
        p.resendAll();
    }

    public List<Peer> peerList() {
        return new ArrayList<>(peers.values());
    }

    @Override
    public void close() {
        for (Peer p : List.copyOf(peers.values())) {
            p.remove();
        }
        peers.clear();
        peerArray = new Peer[0];
        for (AddressFamily f : FAMILIES) {
            for (Destination d : ribs.get(f).destinations()) {
                if (installs(d.best())) {
                    routes.remove(f, d.prefix());
                }
            }
        }
        routes.closed();
    }
}
