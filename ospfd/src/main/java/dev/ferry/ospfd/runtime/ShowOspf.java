package dev.ferry.ospfd.runtime;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.config.SpfTimers;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.lsdb.LsaIntervals;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.core.lsdb.TypeSummary;
import dev.ferry.ospfd.lsa.LsaTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * `show ip ospf [json]`: the instance's timers, SPF history, LSA counts and its areas (FRR 8.4's
 * show_ip_ospf_common and show_ip_ospf_area), and Ferry's receive drop counters after them (FRR has none: a
 * lost or discarded update would otherwise leave no trace an operator can see). The values are gathered into
 * {@link Instance} first, so the rendering is a pure function tested against FRR's recorded output.
 */
final class ShowOspf {
    /** FRR's defaults that Ferry does not make configurable (yet): they print as FRR prints them. */
    static final int WRITE_MULTIPLIER = 20;
    static final int REFRESH_TIMER_SECS = 10;
    static final int MAX_MULTIPATH = 256;
    static final int DISTANCE = 110;

    /** One attached area, as show_ip_ospf_area prints it. */
    record AreaView(String id, boolean backbone, boolean stub, boolean noSummary, int interfaces,
            int activeInterfaces, int fullNeighbors, int spfRuns, int lsaTotal, Lsdb lsdb, int fullVirtual) {
        AreaView(String id, boolean backbone, boolean stub, boolean noSummary, int interfaces,
                int activeInterfaces, int fullNeighbors, int spfRuns, int lsaTotal, Lsdb lsdb) {
            this(id, backbone, stub, noSummary, interfaces, activeInterfaces, fullNeighbors, spfRuns, lsaTotal, lsdb,
                    0);
        }

        TypeSummary summary(int type) {
            return lsdb.summary(type);
        }
    }

    /**
     * The instance.
     *
     * @param spfAgoMillis since the last SPF run, or -1 if it never ran
     * @param spfDueMillis until the scheduled SPF run, or -1 when none is scheduled
     * @param drops Ferry's own: received packets and LSAs dropped, by reason ({@link ReceiveCounters}), sorted;
     *     shown only when there are some, after everything FRR prints, so FRR's layout stays as it is
     */
    record Instance(String routerId, SpfTimers timers, int holdMultiplier, long spfAgoMillis,
            long spfDurationMicros, long spfDueMillis, boolean abr, boolean asbr, TypeSummary external,
            boolean logChanges, boolean logDetail, List<AreaView> areas, Map<String, Long> drops) {
        Instance {
            drops = Collections.unmodifiableMap(new TreeMap<>(drops));
        }
    }

    private ShowOspf() {
    }

    /** What {@code router} shows now. */
    static Instance of(OspfRouter router) {
        List<AreaView> areas = new ArrayList<>();
        for (Area a : router.areas()) {
            int total = 0;
            int active = 0;
            int full = 0;
            for (Link l : router.links()) {
                if (l.area != a) {
                    continue;
                }
                total++;
                active += l.state() == InterfaceState.DOWN ? 0 : 1;
                for (Neighbor n : l.neighbors()) {
                    full += n.state() == NeighborState.FULL ? 1 : 0;
                }
            }
            var configured = router.instance.findArea(a.id);
            boolean noSummary = configured != null && configured.noSummary();
            areas.add(new AreaView(a.label(), a.isBackbone(), a.stub(), noSummary, total, active, full,
                    router.routes.runs, a.lsdb.size(), a.lsdb, router.virtualLinks.fullThrough(a)));
        }
        RouteInstaller r = router.routes;
        long ago = r.runs == 0 ? -1 : System.currentTimeMillis() - r.lastRunMillis;
        var logging = router.instance.adjacencyLogging();
        return new Instance(ShowFormat.ip(router.routerId()), router.instance.spfTimers(), r.holdMultiplier(), ago,
                r.lastDurationMicros, -1, router.isAbr(), router.isAsbr(),
                router.external().summary(LsaTypes.V2_AS_EXTERNAL), logging.changes(), logging.detail(), areas,
                router.io().counters.snapshot());
    }

    static String text(Instance s) {
        StringBuilder sb = new StringBuilder();
        sb.append(" OSPF Routing Process, Router ID: ").append(s.routerId()).append('\n');
        sb.append(" Supports only single TOS (TOS0) routes\n");
        sb.append(" This implementation conforms to RFC2328\n");
        sb.append(" RFC1583Compatibility flag is disabled\n");
        sb.append(" OpaqueCapability flag is disabled\n");
        sb.append(" Initial SPF scheduling delay ").append(s.timers().delay()).append(" millisec(s)\n");
        sb.append(" Minimum hold time between consecutive SPFs ").append(s.timers().hold()).append(" millisec(s)\n");
        sb.append(" Maximum hold time between consecutive SPFs ").append(s.timers().maxHold())
                .append(" millisec(s)\n");
        sb.append(" Hold time multiplier is currently ").append(s.holdMultiplier()).append('\n');
        if (s.spfAgoMillis() >= 0) {
            sb.append(" SPF algorithm last executed ").append(ShowTimes.duration(s.spfAgoMillis())).append(" ago\n");
            sb.append(" Last SPF duration ").append(ShowTimes.durationMicros(s.spfDurationMicros())).append('\n');
        } else {
            sb.append(" SPF algorithm has not been run\n");
        }
        sb.append(" SPF timer ").append(s.spfDueMillis() >= 0 ? "due in " : "is ")
                .append(ShowTimes.duration(s.spfDueMillis())).append('\n');
        sb.append(" LSA minimum interval ").append(LsaIntervals.MIN_LS_INTERVAL_MILLIS).append(" msecs\n");
        sb.append(" LSA minimum arrival ").append(LsaIntervals.MIN_LS_ARRIVAL_MILLIS).append(" msecs\n");
        sb.append(" Write Multiplier set to ").append(WRITE_MULTIPLIER).append(" \n");
        sb.append(" Refresh timer ").append(REFRESH_TIMER_SECS).append(" secs\n");
        sb.append(" Maximum multiple paths(ECMP) supported ").append(MAX_MULTIPATH).append('\n');
        sb.append(" Administrative distance ").append(DISTANCE).append('\n');
        if (s.abr()) {
            sb.append(" This router is an ABR, ABR type is: Alternative Cisco\n");
        }
        if (s.asbr()) {
            sb.append(" This router is an ASBR (injecting external routing information)\n");
        }
        sb.append(String.format(" Number of external LSA %d. Checksum Sum 0x%08x\n", s.external().count(),
                s.external().checksumSum()));
        sb.append(" Number of opaque AS LSA 0. Checksum Sum 0x00000000\n");
        sb.append(" Number of areas attached to this router: ").append(s.areas().size()).append('\n');
        if (s.logChanges()) {
            sb.append(s.logDetail() ? " All adjacency changes are logged\n" : " Adjacency changes are logged\n");
        }
        for (AreaView a : s.areas()) {
            area(sb, a);
        }
        if (!s.drops().isEmpty()) {
            StringJoiner reasons = new StringJoiner(", ", " Packets and LSAs dropped: ", "\n");
            s.drops().forEach((reason, n) -> reasons.add(reason + " " + n));
            sb.append(reasons);
        }
        return sb.append('\n').toString();
    }

    private static void area(StringBuilder sb, AreaView a) {
        sb.append(" Area ID: ").append(a.id());
        if (a.backbone()) {
            sb.append(" (Backbone)\n");
        } else {
            if (a.stub()) {
                sb.append(" (Stub").append(a.noSummary() ? ", no summary" : "").append(')');
            }
            sb.append("\n   Shortcutting mode: Default, S-bit consensus: no\n");
        }
        sb.append("   Number of interfaces in this area: Total: ").append(a.interfaces()).append(", Active: ")
                .append(a.activeInterfaces()).append('\n');
        sb.append("   Number of fully adjacent neighbors in this area: ").append(a.fullNeighbors()).append('\n');
        sb.append("   Area has no authentication\n");
        if (!a.backbone()) {
            sb.append("   Number of full virtual adjacencies going through this area: ").append(a.fullVirtual())
                    .append('\n');
        }
        sb.append("   SPF algorithm executed ").append(a.spfRuns()).append(" times\n");
        sb.append("   Number of LSA ").append(a.lsaTotal()).append('\n');
        count(sb, "router", a.summary(LsaTypes.V2_ROUTER));
        count(sb, "network", a.summary(LsaTypes.V2_NETWORK));
        count(sb, "summary", a.summary(LsaTypes.V2_SUMMARY));
        count(sb, "ASBR summary", a.summary(LsaTypes.V2_ASBR_SUMMARY));
        count(sb, "NSSA", a.summary(LsaTypes.V2_NSSA));
        count(sb, "opaque link", a.summary(LsaTypes.V2_OPAQUE_LINK));
        count(sb, "opaque area", a.summary(LsaTypes.V2_OPAQUE_AREA));
        sb.append('\n');
    }

    private static void count(StringBuilder sb, String name, TypeSummary t) {
        sb.append(String.format("   Number of %s LSA %d. Checksum Sum 0x%08x\n", name, t.count(), t.checksumSum()));
    }

    /** The members show_ip_ospf_common adds to its JSON object (the caller opens and closes it). */
    static void json(JsonWriter w, Instance s) {
        w.field("routerId", s.routerId()).field("tosRoutesOnly", true).field("rfc2328Conform", true)
                .field("spfScheduleDelayMsecs", s.timers().delay()).field("holdtimeMinMsecs", s.timers().hold())
                .field("holdtimeMaxMsecs", s.timers().maxHold()).field("holdtimeMultplier", s.holdMultiplier());
        if (s.spfAgoMillis() >= 0) {
            w.field("spfLastExecutedMsecs", s.spfAgoMillis()).field("spfLastDurationMsecs",
                    s.spfDurationMicros() / 1000);
        } else {
            w.field("spfHasNotRun", true);
        }
        if (s.spfDueMillis() >= 0) {
            w.field("spfTimerDueInMsecs", s.spfDueMillis());
        }
        w.field("lsaMinIntervalMsecs", LsaIntervals.MIN_LS_INTERVAL_MILLIS)
                .field("lsaMinArrivalMsecs", LsaIntervals.MIN_LS_ARRIVAL_MILLIS)
                .field("writeMultiplier", WRITE_MULTIPLIER).field("refreshTimerMsecs", REFRESH_TIMER_SECS * 1000);
        if (s.abr()) {
            w.field("abrType", "Alternative Cisco");
        }
        if (s.asbr()) {
            w.field("asbrRouter", "injectingExternalRoutingInformation");
        }
        w.field("lsaExternalCounter", s.external().count()).field("lsaExternalChecksum", s.external().checksumSum())
                .field("lsaAsopaqueCounter", 0).field("lsaAsOpaqueChecksum", 0)
                .field("attachedAreaCounter", s.areas().size());
        if (s.logChanges()) {
            w.field(s.logDetail() ? "adjacencyChangesLoggedAll" : "adjacencyChangesLogged", true);
        }
        w.name("areas").beginObject();
        for (AreaView a : s.areas()) {
            w.name(a.id()).beginObject();
            areaJson(w, a);
            w.endObject();
        }
        w.endObject();
        if (!s.drops().isEmpty()) {
            w.name("ferryDrops").beginObject();
            s.drops().forEach((reason, n) -> w.field(reason, n));
            w.endObject();
        }
    }

    private static void areaJson(JsonWriter w, AreaView a) {
        if (a.backbone()) {
            w.field("backbone", true);
        } else {
            if (a.stub() && a.noSummary()) {
                w.field("stubNoSummary", true);
            }
            w.field("shortcuttingMode", "Default");
        }
        w.field("areaIfTotalCounter", a.interfaces()).field("areaIfActiveCounter", a.activeInterfaces())
                .field("nbrFullAdjacentCounter", a.fullNeighbors()).field("authentication", "authenticationNone");
        if (!a.backbone()) {
            w.field("virtualAdjacenciesPassingCounter", a.fullVirtual());
        }
        w.field("spfExecutedCounter", a.spfRuns()).field("lsaNumber", a.lsaTotal());
        typeJson(w, "Router", a.summary(LsaTypes.V2_ROUTER));
        typeJson(w, "Network", a.summary(LsaTypes.V2_NETWORK));
        typeJson(w, "Summary", a.summary(LsaTypes.V2_SUMMARY));
        typeJson(w, "Asbr", a.summary(LsaTypes.V2_ASBR_SUMMARY));
        typeJson(w, "Nssa", a.summary(LsaTypes.V2_NSSA));
        typeJson(w, "OpaqueLink", a.summary(LsaTypes.V2_OPAQUE_LINK));
        typeJson(w, "OpaqueArea", a.summary(LsaTypes.V2_OPAQUE_AREA));
    }

    private static void typeJson(JsonWriter w, String name, TypeSummary t) {
        w.field("lsa" + name + "Number", t.count()).field("lsa" + name + "Checksum", t.checksumSum());
    }
}
