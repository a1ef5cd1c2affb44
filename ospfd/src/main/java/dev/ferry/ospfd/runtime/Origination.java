package dev.ferry.ospfd.runtime;

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
    /** MinLSInterval (RFC 2328 B). */
    static final long MIN_LS_INTERVAL_MILLIS = 5000;

    private final OspfRouter router;
    private final LoopTimer timer;
    private final Map<LsaKey, Area> owned = new HashMap<>();
    private final Map<LsaKey, Long> lastOriginated = new HashMap<>();
    private final Set<LsaKey> forced = new HashSet<>();
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
        LsaHeader h = lsa.header();
        if (h.advertisingRouter() == router.routerId()) {
            return true;
        }
        if (h.type() == LsaTypes.V2_NETWORK) {
            for (Link l : router.links()) {
                if (l.address == h.linkStateId()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy of one of our LSAs, newer than ours, was installed: take it over or flush it (RFC 2328 13.4). */
    void receivedSelfOriginated(Area area, Lsa lsa) {
        forced.add(lsa.key());
        lastOriginated.remove(lsa.key());
        owned.putIfAbsent(lsa.key(), area);
        schedule();
    }

    /** Our LSAs whose age reached LSRefreshTime are originated again (RFC 2328 12.4). */
    void refresh() {
        boolean any = false;
        for (Area a : router.areas()) {
            for (Lsa lsa : a.lsdb.dueForRefresh(router.routerId())) {
                forced.add(lsa.key());
                any = true;
            }
        }
        for (Lsa lsa : router.external().dueForRefresh(router.routerId())) {
            forced.add(lsa.key());
            any = true;
        }
        if (any) {
            schedule();
        }
    }

    private void run() {
        long now = System.currentTimeMillis();
        long retryIn = -1;
        Map<LsaKey, Planned> want = new LinkedHashMap<>();
        for (Area area : router.areas()) {
            plans.areaLsas(area, want);
        }
        plans.externalLsas(want);
        for (Map.Entry<LsaKey, Planned> e : want.entrySet()) {
            LsaKey key = e.getKey();
            Planned p = e.getValue();
            Lsa current = router.lookup(p.area(), key);
            boolean force = forced.contains(key);
            if (!force && current != null && !current.header().isMaxAge()
                    && current.header().options() == p.options() && current.body().equals(p.body())) {
                owned.put(key, p.area());
                continue;
            }
            Long last = lastOriginated.get(key);
            if (last != null && now - last < MIN_LS_INTERVAL_MILLIS) {
                long wait = MIN_LS_INTERVAL_MILLIS - (now - last);
                retryIn = retryIn < 0 ? wait : Math.min(retryIn, wait);
                continue;
            }
            if (current != null && current.header().sequence() == LsaHeader.MAX_SEQUENCE
                    && !current.header().isMaxAge()) {
                router.originate(p.area(), current.withAge(LsaHeader.MAX_AGE));
                retryIn = retryIn < 0 ? 1000 : Math.min(retryIn, 1000);
                continue;
            }
            int sequence = current == null || current.header().sequence() == LsaHeader.MAX_SEQUENCE
                    ? LsaHeader.INITIAL_SEQUENCE : current.header().sequence() + 1;
            LsaHeader header = new LsaHeader(OspfVersion.V2, 0, p.options(), key.type(), key.linkStateId(),
                    router.routerId(), sequence, 0, 0);
            router.originate(p.area(), Lsa.build(header, p.body()));
            lastOriginated.put(key, now);
            forced.remove(key);
            owned.put(key, p.area());
        }
        for (Map.Entry<LsaKey, Area> e : List.copyOf(owned.entrySet())) {
            if (!want.containsKey(e.getKey())) {
                flush(e.getKey(), e.getValue());
            }
        }
        forced.removeIf(k -> !want.containsKey(k));
        if (retryIn >= 0) {
            timer.start(retryIn);
        }
    }

    private void flush(LsaKey key, Area area) {
        owned.remove(key);
        lastOriginated.remove(key);
        Lsa current = router.lookup(area, key);
        if (current != null && !current.header().isMaxAge()) {
            router.originate(area, current.withAge(LsaHeader.MAX_AGE));
        }
    }

    /** One LSA this router wants in the database, in {@code area} (any area for AS-external ones). */
    record Planned(Area area, int options, LsaBody body) {
    }
}
