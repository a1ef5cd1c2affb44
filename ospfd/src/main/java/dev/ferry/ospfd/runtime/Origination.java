package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.core.lsdb.LsaIntervals;
import dev.ferry.ospfd.core.lsdb.SelfOrigination;
import dev.ferry.ospfd.core.lsdb.SequenceNumbers;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
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
    private final SelfLsaPlans plans;

    Origination(OspfRouter router) {
        this.router = router;
        this.timer = new LoopTimer(router.loop(), this::run);
        this.plans = new SelfLsaPlans(router);
    }

    void schedule() {
        timer.startIfIdle(0);
    }

    void cancel() {
        timer.cancel();
    }

    /** RFC 2328 13.4: an LSA that says it is ours (advertising router, or a Network-LSA for our address). */
    boolean isSelfOriginated(Lsa lsa) {
        Set<Integer> addresses = new HashSet<>();
        router.links().forEach(l -> addresses.add(l.address));
        return SelfOrigination.isSelfOriginated(lsa, router.routerId(), addresses);
    }

    /** A copy of one of our LSAs, newer than ours, was installed: take it over or flush it (RFC 2328 13.4). */
    void receivedSelfOriginated(Area area, Lsa lsa) {
        Slot slot = Slot.of(area, lsa.key());
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
                forced.add(Slot.of(a, lsa.key()));
                any = true;
            }
        }
        for (Lsa lsa : router.external().dueForRefresh(router.routerId())) {
            forced.add(Slot.of(null, lsa.key()));
            any = true;
        }
        if (any) {
            schedule();
        }
    }

    private void run() {
        long now = System.currentTimeMillis();
        long retryIn = -1;
        Map<Slot, Planned> want = new LinkedHashMap<>();
        for (Area area : router.areas()) {
            plans.areaLsas(area, want);
        }
        plans.externalLsas(want);
        for (Map.Entry<Slot, Planned> e : want.entrySet()) {
            Slot slot = e.getKey();
            LsaKey key = slot.key();
            Planned p = e.getValue();
            Lsa current = router.lookup(p.area(), key);
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
                router.originate(p.area(), current.withAge(LsaHeader.MAX_AGE));
                retryIn = retryIn < 0 ? 1000 : Math.min(retryIn, 1000);
                continue;
            }
            int sequence = SequenceNumbers.next(wrap ? null : current);
            LsaHeader header = new LsaHeader(OspfVersion.V2, 0, p.options(), key.type(), key.linkStateId(),
                    router.routerId(), sequence, 0, 0);
            router.originate(p.area(), Lsa.build(header, p.body()));
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
        Lsa current = router.lookup(area, slot.key());
        if (current != null && !current.header().isMaxAge()) {
            router.originate(area, current.withAge(LsaHeader.MAX_AGE));
        }
    }

    /**
     * Where an LSA lives: its key within its flooding scope. Every area has its own Router-LSA under the same
     * key, so the area is part of it; AS-external LSAs have one scope (area null).
     */
    record Slot(Area area, LsaKey key) {
        static Slot of(Area area, LsaKey key) {
            return new Slot(key.type() == LsaTypes.V2_AS_EXTERNAL ? null : area, key);
        }
    }

    /** One LSA this router wants in the database, in {@code area} (any area for AS-external ones). */
    record Planned(Area area, int options, LsaBody body) {
    }
}
