package dev.ferry.ospfd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.SpfTimers;
import dev.ferry.ospfd.core.route.AreaInput;
import dev.ferry.ospfd.core.route.LiveRoutingTable;
import dev.ferry.ospfd.core.route.OspfRoute;
import dev.ferry.ospfd.core.route.RouteDiff;
import dev.ferry.ospfd.core.route.RoutingTable;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfCalculator;
import dev.ferry.ospfd.spf.SpfResult;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SPF and what follows it: the routing table (RFC 2328 16), the difference from what zebra holds, and the
 * routes sent to zebra. Runs are throttled as `timers throttle spf DELAY HOLD MAX` says (FRR's defaults
 * 0/50/5000 ms): the first change waits DELAY, later ones at least HOLD after the previous run, the hold
 * growing up to MAX while changes keep coming. An AS-external LSA that changes needs no SPF run (RFC 2328 16.6,
 * as FRR): the prefixes it advertised and advertises are recalculated alone, {@link #EXTERNALS_BATCH_MILLIS}
 * later together with the other changes of that time, and only their routes go to zebra; unless a run is due.
 */
final class RouteInstaller {
    /** Where routes go: zebra in the daemon, a list in tests. */
    interface Sink {
        void add(IpPrefix prefix, int metric, List<Hop> nexthops);

        void remove(IpPrefix prefix);
    }

    /** A nexthop in zebra's terms: gateway (null for an attached network) and outgoing ifindex. */
    record Hop(byte[] gateway, int ifindex) {
    }

    /**
     * How long AS-external changes gather before their routes are recalculated and sent: a flood that trickles
     * in (one LSA per Link State Update) then reaches zebra in batches, not one message per route.
     */
    static final long EXTERNALS_BATCH_MILLIS = 10;

    private final OspfRouter router;
    private final Sink sink;
    private final LoopTimer timer;
    private final Map<IpPrefix, OspfRoute> installed = new LinkedHashMap<>();
    private LiveRoutingTable table;
    /** The AS-external LSAs by the prefix they advertise (keys may be stale: read back and checked). */
    private final Map<IpPrefix, Set<LsaKey>> externalsByPrefix = new HashMap<>();
    /** Prefixes whose AS-external LSAs changed since the last recalculation. */
    private final Set<IpPrefix> externalsChanged = new LinkedHashSet<>();
    private final LoopTimer externalsTimer;
    private final SpfThrottle throttle = new SpfThrottle();
    int runs;
    long lastDurationMicros;
    long lastRunMillis;

    RouteInstaller(OspfRouter router, Sink sink) {
        this.router = router;
        this.sink = sink;
        this.timer = new LoopTimer(router.loop(), this::run);
        this.externalsTimer = new LoopTimer(router.loop(), this::recalculateExternals);
    }

    RoutingTable table() {
        return table == null ? null : table.table();
    }

    void scheduleSpf() {
        if (timer.running()) {
            return;
        }
        SpfTimers t = router.instance.spfTimers();
        timer.start(Math.max(0, throttle.delay(t, System.nanoTime() / 1_000_000)));
    }

    /** FRR's SPF hold time multiplier, for `show ip ospf`. */
    int holdMultiplier() {
        return throttle.holdMultiplier();
    }

    private void run() {
        long start = System.nanoTime();
        // the transit areas first: their paths decide the virtual links of the backbone (RFC 2328 16.1, 15)
        Map<Long, SpfResult> results = new HashMap<>();
        for (Area a : router.areas()) {
            if (!a.isBackbone()) {
                results.put(a.id.value(), SpfCalculator.calculate(SpfDatabase.of(router, a), router.routerId()));
            }
        }
        Map<Integer, Set<NextHop>> virtualHops = router.virtualLinks.update(results);
        List<AreaInput> inputs = new ArrayList<>();
        for (Area a : router.areas()) {
            SpfResult intra = a.isBackbone()
                    ? SpfCalculator.calculate(SpfDatabase.of(router, a), router.routerId(), virtualHops)
                    : results.get(a.id.value());
            inputs.add(new AreaInput(a.id, intra, a.lsdb.all(), a.stub(), transitCapable(a, intra)));
        }
        table = LiveRoutingTable.calculate(router.routerId(), router.isAbr(), inputs, router.external().all());
        indexExternals();
        push(table.networks());
        long end = System.nanoTime();
        throttle.ran(end / 1_000_000);
        lastRunMillis = System.currentTimeMillis();
        lastDurationMicros = (end - start) / 1000;
        runs++;
        if (router.isAbr()) {
            router.origination.schedule();
        }
    }

    /**
     * An AS-external LSA was installed with new contents, flushed or aged out ({@code previous}: the instance it
     * replaced, or null): its prefix, and the one it advertised before, are recalculated shortly. Before the
     * first SPF run, or with one due, the run takes care of it.
     */
    void externalChanged(Lsa previous, Lsa now) {
        if (table == null || timer.running()) {
            scheduleSpf();
            return;
        }
        IpPrefix prefix = LiveRoutingTable.externalPrefix(now);
        if (prefix != null) {
            externalsByPrefix.computeIfAbsent(prefix, p -> new HashSet<>()).add(now.key());
            externalsChanged.add(prefix);
        }
        IpPrefix before = previous == null ? null : LiveRoutingTable.externalPrefix(previous);
        if (before != null) {
            externalsChanged.add(before);
        }
        if (!externalsChanged.isEmpty()) {
            externalsTimer.startIfIdle(EXTERNALS_BATCH_MILLIS);
        }
    }

    /** Whether AS-external changes wait for their recalculation. */
    boolean externalsPending() {
        return externalsTimer.running();
    }

    private void recalculateExternals() {
        if (timer.running()) {
            externalsChanged.clear(); // the SPF run due recalculates everything
            return;
        }
        for (IpPrefix prefix : externalsChanged) {
            if (table.updateExternal(prefix, advertisers(prefix))) {
                pushOne(prefix, table.route(prefix));
            }
        }
        externalsChanged.clear();
    }

    /** The AS-external LSAs in the database that advertise {@code prefix}; the index forgets the others. */
    private List<Lsa> advertisers(IpPrefix prefix) {
        Set<LsaKey> keys = externalsByPrefix.get(prefix);
        if (keys == null) {
            return List.of();
        }
        List<Lsa> out = new ArrayList<>(keys.size());
        for (Iterator<LsaKey> it = keys.iterator(); it.hasNext(); ) {
            Lsa lsa = router.external().lookup(it.next());
            if (lsa != null && prefix.equals(LiveRoutingTable.externalPrefix(lsa))) {
                out.add(lsa);
            } else {
                it.remove();
            }
        }
        if (keys.isEmpty()) {
            externalsByPrefix.remove(prefix);
        }
        return out;
    }

    private void indexExternals() {
        externalsByPrefix.clear();
        externalsChanged.clear();
        for (Lsa lsa : router.external().all()) {
            IpPrefix prefix = LiveRoutingTable.externalPrefix(lsa);
            if (prefix != null) {
                externalsByPrefix.computeIfAbsent(prefix, p -> new HashSet<>()).add(lsa.key());
            }
        }
    }

    /** RFC 2328 16.1 step 2: a Router-LSA of the area, ours included, has the V bit. */
    private boolean transitCapable(Area a, SpfResult intra) {
        if (router.version() != OspfVersion.V2 || a.isBackbone()) {
            return false;
        }
        for (SpfResult.RouterPath r : intra.routers().values()) {
            if ((r.flags() & RouterLsaV2.FLAG_V) != 0) {
                return true;
            }
        }
        var self = a.lsdb.lookup(new LsaKey(LsaTypes.V2_ROUTER, router.routerId(), router.routerId()));
        return self != null && self.body() instanceof RouterLsaV2 r && r.isVirtualLinkEndpoint();
    }

    /**
     * Sends zebra what changed. Attached networks stay with zebra's connected routes; a route with no usable
     * nexthop is no route.
     */
    private void push(Map<IpPrefix, OspfRoute> now) {
        Map<IpPrefix, OspfRoute> wanted = new LinkedHashMap<>();
        Map<IpPrefix, List<Hop>> hops = new HashMap<>();
        for (OspfRoute r : now.values()) {
            List<Hop> h = r.connected() ? List.of() : hops(r);
            if (!h.isEmpty()) {
                wanted.put(r.prefix(), r);
                hops.put(r.prefix(), h);
            }
        }
        RouteDiff.Diff diff = RouteDiff.diff(installed, wanted);
        for (IpPrefix gone : diff.removed()) {
            installed.remove(gone);
            sink.remove(gone);
        }
        diff.addedOrChanged().forEach((prefix, r) -> {
            installed.put(prefix, r);
            sink.add(prefix, metric(r), hops.get(prefix));
        });
    }

    /** Sends zebra the route to one prefix ({@code r} null: none), if it differs from what zebra holds. */
    private void pushOne(IpPrefix prefix, OspfRoute r) {
        List<Hop> h = r == null || r.connected() ? List.of() : hops(r);
        if (h.isEmpty()) {
            if (installed.remove(prefix) != null) {
                sink.remove(prefix);
            }
        } else if (!r.equals(installed.get(prefix))) {
            installed.put(prefix, r);
            sink.add(prefix, metric(r), h);
        }
    }

    private static int metric(OspfRoute r) {
        return r.type() == dev.ferry.ospfd.core.route.PathType.EXTERNAL_2 ? r.type2Cost() : r.cost();
    }

    List<Hop> hops(OspfRoute r) {
        List<Hop> out = new ArrayList<>();
        for (NextHop nh : r.nextHops()) {
            Link link = outgoingLink(nh.outgoingInterface());
            if (link != null) {
                out.add(new Hop(nh.gateway(), link.ifindex));
            }
        }
        return out;
    }

    /** The link a nexthop leaves by: named by its address (v2) or its Interface ID (v3). */
    Link outgoingLink(int outgoingInterface) {
        for (Link l : router.physicalLinks()) {
            if (l.isV3() ? l.interfaceId() == outgoingInterface : l.address == outgoingInterface) {
                return l;
            }
        }
        return null;
    }

    /** The instance stops: its routes leave zebra. */
    void withdrawAll() {
        timer.cancel();
        externalsTimer.cancel();
        externalsChanged.clear();
        for (IpPrefix p : installed.keySet()) {
            sink.remove(p);
        }
        installed.clear();
    }
}
