package dev.ferry.ospfd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.ospfd.core.lsdb.LsaIntervals;
import dev.ferry.ospfd.core.lsdb.SelfOrigination;
import dev.ferry.ospfd.core.lsdb.SequenceNumbers;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LSAs this router originates (RFC 2328 12.4): what it should say now is computed from its links,
 * neighbors, routing table and redistributed routes; each difference from the database is originated with the
 * next sequence number, at most once per MinLSInterval, and what it no longer says is flushed (aged to MaxAge).
 */
final class Origination {
    private final OspfRouter router;
    private final LoopTimer timer;
    private final Map<Slot, Area> owned = new HashMap<>();
    private final Map<Slot, Long> lastOriginated = new HashMap<>();
    private final Set<Slot> forced = new HashSet<>();
    private final Plans plans;

    /** What the router should be saying now, by slot: OSPFv2's LSAs or OSPFv3's. */
    interface Plans {
        void plan(Map<Slot, Planned> want);
    }

    Origination(OspfRouter router) {
        this.router = router;
        this.timer = new LoopTimer(router.loop(), this::run);
        this.plans = router.version() == OspfVersion.V2 ? new SelfLsaPlans(router) : new SelfLsaPlansV3(router);
    }

    void schedule() {
        timer.startIfIdle(0);
    }

    void cancel() {
        timer.cancel();
    }

    /**
     * RFC 2328 13.4: an LSA that says it is ours (advertising router, or a v2 Network-LSA for our address;
     * OSPFv3 names the originator in every LSA).
     */
    boolean isSelfOriginated(Lsa lsa) {
        Set<Integer> addresses = new HashSet<>();
        if (router.version() == OspfVersion.V2) {
            router.links().forEach(l -> addresses.add(l.address));
        }
        return SelfOrigination.isSelfOriginated(lsa, router.routerId(), addresses);
    }

    /** A copy of one of our LSAs, newer than ours, was installed: take it over or flush it (RFC 2328 13.4). */
    void receivedSelfOriginated(Area area, Link link, Lsa lsa) {
        Slot slot = Slot.of(router.version(), area, link, lsa.key());
        forced.add(slot);
        lastOriginated.remove(slot);
        owned.putIfAbsent(slot, area);
        schedule();
    }

    /** Our LSAs whose age reached LSRefreshTime are originated again (RFC 2328 12.4). */
    void refresh() {
        boolean any = false;
        for (Area a : router.areas()) {
            for (Lsa lsa : a.lsdb.dueForRefresh(router.routerId())) {
                forced.add(new Slot(a, null, lsa.key()));
                any = true;
            }
        }
        for (Link l : router.links()) {
            for (Lsa lsa : l.lsdb.dueForRefresh(router.routerId())) {
                forced.add(new Slot(null, l, lsa.key()));
                any = true;
            }
        }
        for (Lsa lsa : router.external().dueForRefresh(router.routerId())) {
            forced.add(new Slot(null, null, lsa.key()));
            any = true;
        }
        if (any) {
            schedule();
        }
    }

    private void run() {
        long now = router.clock().getAsLong();
        long retryIn = -1;
        Map<Slot, Planned> want = new LinkedHashMap<>();
        plans.plan(want);
        for (Map.Entry<Slot, Planned> e : want.entrySet()) {
            Slot slot = e.getKey();
            LsaKey key = slot.key();
            Planned p = e.getValue();
            Lsa current = router.lookup(p.area(), slot.link(), key);
            boolean force = forced.contains(slot);
            if (!force && current != null && !current.header().isMaxAge()
                    && current.header().options() == p.options() && current.body().equals(p.body())) {
                owned.put(slot, p.area());
                continue;
            }
            Long last = lastOriginated.get(slot);
            if (last != null && !LsaIntervals.minLsIntervalPassed(last, now)) {
                long wait = LsaIntervals.untilMinLsInterval(last, now);
                retryIn = retryIn < 0 ? wait : Math.min(retryIn, wait);
                continue;
            }
            boolean wrap = SequenceNumbers.mustFlushBeforeNext(current);
            if (wrap && !current.header().isMaxAge()) {
                router.originate(p.area(), slot.link(), current.withAge(LsaHeader.MAX_AGE));
                retryIn = retryIn < 0 ? 1000 : Math.min(retryIn, 1000);
                continue;
            }
            int sequence = SequenceNumbers.next(wrap ? null : current);
            LsaHeader header = new LsaHeader(router.version(), 0, p.options(), key.type(), key.linkStateId(),
                    router.routerId(), sequence, 0, 0);
            router.originate(p.area(), slot.link(), Lsa.build(header, p.body()));
            lastOriginated.put(slot, now);
            forced.remove(slot);
            owned.put(slot, p.area());
        }
        for (Map.Entry<Slot, Area> e : List.copyOf(owned.entrySet())) {
            if (!want.containsKey(e.getKey())) {
                flush(e.getKey(), e.getValue());
            }
        }
        forced.removeIf(k -> !want.containsKey(k));
        if (retryIn >= 0) {
            timer.start(retryIn);
        }
    }

    private void flush(Slot slot, Area area) {
        owned.remove(slot);
        lastOriginated.remove(slot);
        if (slot.link() != null && !router.links().contains(slot.link())) {
            return;
        }
        Lsa current = router.lookup(area, slot.link(), slot.key());
        if (current != null && !current.header().isMaxAge()) {
            router.originate(area, slot.link(), current.withAge(LsaHeader.MAX_AGE));
        }
    }

    /**
     * Where an LSA lives: its key within its flooding scope. Every area has its own Router-LSA under the same
     * key, so the area is part of it; AS-scope LSAs have one scope (area and link null); OSPFv3 link-scope LSAs
     * live in their link (area null).
     */
    record Slot(Area area, Link link, LsaKey key) {
        static Slot of(OspfVersion version, Area area, Link link, LsaKey key) {
            return switch (LsaScope.of(version, key.type())) {
                case AS -> new Slot(null, null, key);
                case AREA -> new Slot(area, null, key);
                case LINK -> new Slot(null, link, key);
            };
        }
    }

    /**
     * One LSA this router wants in the database, in {@code area} (any area for AS-scope ones).
     *
     * @param options the header's options (OSPFv2); OSPFv3 carries them in the body and passes 0
     */
    record Planned(Area area, int options, LsaBody body) {
    }
}
