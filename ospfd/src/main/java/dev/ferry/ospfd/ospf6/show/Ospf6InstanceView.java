package dev.ferry.ospfd.ospf6.show;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.shared.AreaId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The OSPFv3 instance as `show ipv6 ospf6` prints it (FRR's struct ospf6 and its areas).
 *
 * @param routerId the router id in use
 * @param runningMillis time since the instance started (o->starttime)
 * @param lsaMinArrivalMillis `timers lsa min-arrival`
 * @param maximumPaths `maximum-paths`
 * @param distance the administrative distance FRR prints: `distance` when set, else 110
 * @param spfDelayMillis `timers throttle spf` initial delay
 * @param spfHoldMinMillis minimum hold time
 * @param spfHoldMaxMillis maximum hold time
 * @param spfHoldMultiplier the current hold time multiplier
 * @param lastSpf the last SPF run, null if SPF has not run
 * @param spfDueMillis time until the scheduled SPF, -1 when none is scheduled
 * @param stubRouter `stub-router administrative`
 * @param asScopedLsaCount LSAs in the AS-scope database
 * @param authSequenceHigh the authentication trailer's sequence number, high 32 bits (o->seqnum_h, unsigned)
 * @param authSequenceLow low 32 bits (o->seqnum_l, unsigned)
 * @param logAdjacencyChanges `log-adjacency-changes`
 * @param logAdjacencyDetail `log-adjacency-changes detail`
 * @param areas the areas, in any order (printed by area id)
 */
public record Ospf6InstanceView(int routerId, long runningMillis, int lsaMinArrivalMillis, int maximumPaths,
                                int distance, int spfDelayMillis, int spfHoldMinMillis, int spfHoldMaxMillis,
                                int spfHoldMultiplier, LastSpf lastSpf, long spfDueMillis, boolean stubRouter,
                                int asScopedLsaCount, int authSequenceHigh, int authSequenceLow,
                                boolean logAdjacencyChanges, boolean logAdjacencyDetail, List<Area> areas) {
    public Ospf6InstanceView {
        areas = List.copyOf(areas);
    }

    /**
     * The last SPF run of the instance.
     *
     * @param agoMillis time since it ran (o->ts_spf)
     * @param reasons what scheduled it: OSPF6_SPF_FLAGS_* bits (ospf6_spf.h), see {@link ShowOspf6Instance#reasons}
     * @param durationMicros how long it took
     */
    public record LastSpf(long agoMillis, int reasons, long durationMicros) {
    }

    /**
     * One area (struct ospf6_area).
     *
     * @param id the area id, as configured (FRR prints oa->name)
     * @param stub a stub area
     * @param nssa an NSSA
     * @param noSummary `no-summary` on a stub or NSSA area
     * @param lsaCount LSAs in the area-scope database
     * @param lsaStatistics per function code 0..11 the number of area-scope LSAs (oa->lsdb->stats; unknown types
     *     count at 0), see {@link #statistics}
     * @param interfaces the area's interfaces in the order they joined it
     * @param spfAgoMicros time since SPF last ran for the area, -1 if never
     */
    public record Area(AreaId id, boolean stub, boolean nssa, boolean noSummary, int lsaCount,
                       List<Integer> lsaStatistics, List<String> interfaces, long spfAgoMicros) {
        public Area {
            if (lsaStatistics.size() != Ospf6LsaNames.TYPE_SLOTS) {
                throw new IllegalArgumentException("one count per function code 0.." + (Ospf6LsaNames.TYPE_SLOTS - 1));
            }
            lsaStatistics = List.copyOf(lsaStatistics);
            interfaces = List.copyOf(interfaces);
        }
    }

    /** ospf6_lsdb_stats_update over a database: LSAs counted by function code, the unknown ones at 0. */
    public static List<Integer> statistics(Iterable<Lsa> lsas) {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(Ospf6LsaNames.TYPE_SLOTS, 0));
        for (Lsa lsa : lsas) {
            int slot = Ospf6LsaNames.statisticsSlot(lsa.header().type());
            counts.set(slot, counts.get(slot) + 1);
        }
        return counts;
    }
}
