package dev.ferry.ospfd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.SpfTimers;
import dev.ferry.ospfd.core.route.AreaInput;
import dev.ferry.ospfd.core.route.OspfRoute;
import dev.ferry.ospfd.core.route.RouteCalculator;
import dev.ferry.ospfd.core.route.RoutingTable;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfCalculator;
import dev.ferry.ospfd.spf.SpfResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SPF and what follows it: the routing table (RFC 2328 16), the difference from what zebra holds, and the
 * routes sent to zebra. Runs are throttled as `timers throttle spf DELAY HOLD MAX` says (FRR's defaults
 * 0/50/5000 ms): the first change waits DELAY, later ones at least HOLD after the previous run, the hold
 * doubling up to MAX while changes keep coming.
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

    private final OspfRouter router;
    private final Sink sink;
    private final LoopTimer timer;
    private final Map<IpPrefix, OspfRoute> installed = new HashMap<>();
    private RoutingTable table;
    private long lastRunNanos;
    private long currentHoldMillis;
    int runs;
    long lastDurationMicros;
    long lastRunMillis;

    RouteInstaller(OspfRouter router, Sink sink) {
        this.router = router;
        this.sink = sink;
        this.timer = new LoopTimer(router.loop(), this::run);
    }

    RoutingTable table() {
        return table;
    }

    void scheduleSpf() {
        if (timer.running()) {
            return;
        }
        SpfTimers t = router.instance.spfTimers();
        long sinceLast = (System.nanoTime() - lastRunNanos) / 1_000_000;
        long wait;
        if (runs == 0 || sinceLast > t.maxHold()) {
            currentHoldMillis = t.hold();
            wait = t.delay();
        } else {
            wait = Math.max(t.delay(), currentHoldMillis - sinceLast);
            currentHoldMillis = Math.min(t.maxHold(), Math.max(t.hold(), currentHoldMillis * 2));
        }
        timer.start(Math.max(0, wait));
    }

    private void run() {
        long start = System.nanoTime();
        List<AreaInput> inputs = new ArrayList<>();
        for (Area a : router.areas()) {
            SpfResult intra = SpfCalculator.calculate(a.lsdb, router.routerId());
            inputs.add(new AreaInput(a.id, intra, a.lsdb.all(), a.stub()));
        }
        table = RouteCalculator.calculate(router.routerId(), router.isAbr(), inputs, router.external().all());
        push(table.networks());
        lastRunNanos = System.nanoTime();
        lastRunMillis = System.currentTimeMillis();
        lastDurationMicros = (lastRunNanos - start) / 1000;
        runs++;
        if (router.isAbr()) {
            router.origination.schedule();
        }
    }

    private void push(Map<IpPrefix, OspfRoute> now) {
        for (IpPrefix gone : List.copyOf(installed.keySet())) {
            OspfRoute r = now.get(gone);
            if (r == null || !installable(r)) {
                installed.remove(gone);
                sink.remove(gone);
            }
        }
        for (OspfRoute r : now.values()) {
            if (!installable(r)) {
                continue;
            }
            OspfRoute before = installed.get(r.prefix());
            if (before != null && sameForwarding(before, r)) {
                continue;
            }
            installed.put(r.prefix(), r);
            sink.add(r.prefix(), metric(r), hops(r));
        }
    }

    /** Attached networks stay with zebra's connected routes; a route with no usable nexthop is no route. */
    private boolean installable(OspfRoute r) {
        return !r.connected() && !hops(r).isEmpty();
    }

    private static int metric(OspfRoute r) {
        return r.type() == dev.ferry.ospfd.core.route.PathType.EXTERNAL_2 ? r.type2Cost() : r.cost();
    }

    private static boolean sameForwarding(OspfRoute a, OspfRoute b) {
        return a.cost() == b.cost() && a.type2Cost() == b.type2Cost() && a.type() == b.type()
                && Objects.equals(a.nextHops(), b.nextHops());
    }

    List<Hop> hops(OspfRoute r) {
        List<Hop> out = new ArrayList<>();
        for (NextHop nh : r.nextHops()) {
            Link link = linkByAddress(nh.outgoingInterface());
            if (link != null) {
                out.add(new Hop(nh.gateway(), link.ifindex));
            }
        }
        return out;
    }

    Link linkByAddress(int address) {
        for (Link l : router.links()) {
            if (l.address == address) {
                return l;
            }
        }
        return null;
    }

    /** The instance stops: its routes leave zebra. */
    void withdrawAll() {
        timer.cancel();
        for (IpPrefix p : installed.keySet()) {
            sink.remove(p);
        }
        installed.clear();
    }
}
