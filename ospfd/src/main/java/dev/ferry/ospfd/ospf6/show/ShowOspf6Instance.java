package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.Comparator;
import java.util.List;

/**
 * `show ipv6 ospf6 [json]`, as FRR 8.4 prints it (ospf6_top.c ospf6_show, ospf6_area.c ospf6_area_show). Its JSON
 * is json-c's pretty form with slashes escaped: ospf6_show prints it itself instead of through vty_json.
 */
public final class ShowOspf6Instance {
    /** ospf6_spf_reason_str, one per OSPF6_SPF_FLAGS_* bit. */
    private static final String[] REASONS = {"R+", "R-", "N+", "N-", "L+", "L-", "R*", "N*", "C", "A", "GR"};
    /** rbuf[32] in ospf6_show: the reason string is cut to 31 characters. */
    private static final int REASON_BUFFER = 32;
    /** OSPF6_CMD_CHECK_VRF's answer (text only) when the VRF has no OSPFv3 instance. */
    public static final String NOT_FOUND = "% OSPFv3 instance not found\n";

    private ShowOspf6Instance() {
    }

    public static String render(Ospf6InstanceView o, boolean json) {
        List<Ospf6InstanceView.Area> areas = o.areas().stream()
                .sorted(Comparator.comparing(a -> a.id().value())).toList();
        return json ? json(o, areas) : text(o, areas);
    }

    /** ospf6_spf_reason_string: "R+, N+", as it fits ospf6_show's 32-byte buffer. */
    static String reasons(int flags) {
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < REASONS.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(REASONS[bit]);
            }
        }
        return sb.length() < REASON_BUFFER ? sb.toString() : sb.substring(0, REASON_BUFFER - 1);
    }

    private static String text(Ospf6InstanceView o, List<Ospf6InstanceView.Area> areas) {
        StringBuilder sb = new StringBuilder();
        sb.append(" OSPFv3 Routing Process (0) with Router-ID ").append(RouterIds.format(o.routerId())).append('\n');
        sb.append(" Running ").append(Ospf6Times.timerstring(o.runningMillis())).append('\n');
        sb.append(" LSA minimum arrival ").append(o.lsaMinArrivalMillis()).append(" msecs\n");
        sb.append(" Maximum-paths ").append(o.maximumPaths()).append('\n');
        sb.append(" Administrative distance ").append(o.distance()).append('\n');
        sb.append(" Initial SPF scheduling delay ").append(o.spfDelayMillis()).append(" millisec(s)\n");
        // FRR's spelling, "millsecond(s)"
        sb.append(" Minimum hold time between consecutive SPFs ").append(o.spfHoldMinMillis())
                .append(" millsecond(s)\n");
        sb.append(" Maximum hold time between consecutive SPFs ").append(o.spfHoldMaxMillis())
                .append(" millsecond(s)\n");
        sb.append(" Hold time multiplier is currently ").append(o.spfHoldMultiplier()).append('\n');
        sb.append(" SPF algorithm ");
        Ospf6InstanceView.LastSpf spf = o.lastSpf();
        if (spf != null) {
            sb.append("last executed ").append(Ospf6Times.timerstring(spf.agoMillis())).append(" ago, reason ")
                    .append(reasons(spf.reasons())).append('\n');
            sb.append(" Last SPF duration ").append(spf.durationMicros() / 1_000_000).append(" sec ")
                    .append(spf.durationMicros() % 1_000_000).append(" usec\n");
        } else {
            sb.append("has not been run\n");
        }
        sb.append(" SPF timer ").append(o.spfDueMillis() >= 0 ? "due in " : "is ")
                .append(Ospf6Times.threadTimer(o.spfDueMillis())).append('\n');
        if (o.stubRouter()) {
            sb.append(" Router Is Stub Router\n");
        }
        sb.append(" Number of AS scoped LSAs is ").append(o.asScopedLsaCount()).append('\n');
        sb.append(" Number of areas in this router is ").append(areas.size()).append('\n');
        sb.append(" Authentication Sequence number info\n");
        sb.append("  Higher sequence no ").append(Integer.toUnsignedString(o.authSequenceHigh()))
                .append(", Lower sequence no ").append(Integer.toUnsignedString(o.authSequenceLow())).append('\n');
        if (o.logAdjacencyChanges()) {
            sb.append(o.logAdjacencyDetail() ? " All adjacency changes are logged\n"
                    : " Adjacency changes are logged\n");
        }
        sb.append('\n');
        areas.forEach(a -> areaText(sb, a));
        return sb.toString();
    }

    private static void areaText(StringBuilder sb, Ospf6InstanceView.Area a) {
        if (!a.stub() && !a.nssa()) {
            sb.append(" Area ").append(a.id()).append('\n');
        } else {
            sb.append(" Area ").append(a.id()).append('[').append(a.stub() ? "Stub" : "NSSA")
                    .append(a.noSummary() ? ", No Summary" : "").append("]\n");
        }
        sb.append("     Number of Area scoped LSAs is ").append(a.lsaCount()).append('\n');
        sb.append("     Interface attached to this area:");
        a.interfaces().forEach(i -> sb.append(' ').append(i));
        sb.append('\n');
        if (a.spfAgoMicros() >= 0) {
            long micros = a.spfAgoMicros();
            if (micros / 1_000_000 > 0) {
                // "%ld.%lds": the microseconds are not zero-padded, 1.5 ms past a second prints "1.1500s"
                sb.append("     SPF last executed ").append(micros / 1_000_000).append('.')
                        .append(micros % 1_000_000).append("s ago\n");
            } else {
                sb.append("     SPF last executed ").append(micros).append("us ago\n");
            }
        } else {
            sb.append("SPF has not been run\n");
        }
    }

    private static String json(Ospf6InstanceView o, List<Ospf6InstanceView.Area> areas) {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("routerId", RouterIds.format(o.routerId())).field("running", Ospf6Times.timerstring(o.runningMillis()))
                .field("lsaMinimumArrivalMsecs", o.lsaMinArrivalMillis())
                .field("spfScheduleDelayMsecs", o.spfDelayMillis()).field("holdTimeMinMsecs", o.spfHoldMinMillis())
                .field("holdTimeMaxMsecs", o.spfHoldMaxMillis()).field("holdTimeMultiplier", o.spfHoldMultiplier())
                .field("maximumPaths", o.maximumPaths()).field("preference", o.distance());
        Ospf6InstanceView.LastSpf spf = o.lastSpf();
        if (spf != null) {
            // FRR's keys: a "HH:MM:SS" string under ...Msecs, microseconds under ...DurationMsecs
            w.field("spfHasRun", true).field("spfLastExecutedMsecs", Ospf6Times.timerstring(spf.agoMillis()))
                    .field("spfLastExecutedReason", reasons(spf.reasons()))
                    .field("spfLastDurationSecs", spf.durationMicros() / 1_000_000)
                    .field("spfLastDurationMsecs", spf.durationMicros() % 1_000_000);
        } else {
            w.field("spfHasRun", false);
        }
        if (o.spfDueMillis() >= 0) {
            w.field("spfTimerActive", true).field("spfTimerDueInMsecs", o.spfDueMillis());
        } else {
            w.field("spfTimerActive", false);
        }
        w.field("routerIsStubRouter", o.stubRouter()).field("numberOfAsScopedLsa", o.asScopedLsaCount())
                .field("numberOfAreaInRouter", areas.size())
                .field("AuthTrailerHigherSeqNo", Integer.toUnsignedLong(o.authSequenceHigh()))
                .field("AuthTrailerLowerSeqNo", Integer.toUnsignedLong(o.authSequenceLow()))
                .field("adjacencyChanges", !o.logAdjacencyChanges() ? "NotLogged"
                        : o.logAdjacencyDetail() ? "LoggedAll" : "Logged");
        w.name("areas").beginObject();
        areas.forEach(a -> areaJson(w, a));
        w.endObject();
        return Ospf6Json.prettyEscapingSlashes(w.endObject());
    }

    private static void areaJson(JsonWriter w, Ospf6InstanceView.Area a) {
        w.name(a.id().toString()).beginObject().field("areaIsStub", a.stub()).field("areaIsNSSA", a.nssa());
        if (a.stub() || a.nssa()) {
            w.field("areaNoSummary", a.noSummary());
        }
        w.field("numberOfAreaScopedLsa", a.lsaCount());
        w.name("lsaStatistics").beginArray();
        a.lsaStatistics().forEach(w::value);
        w.endArray();
        w.name("interfacesAttachedToArea").beginArray();
        a.interfaces().forEach(w::value);
        w.endArray();
        if (a.spfAgoMicros() >= 0) {
            w.field("spfHasRun", true).field("spfLastExecutedSecs", a.spfAgoMicros() / 1_000_000)
                    .field("spfLastExecutedMicroSecs", a.spfAgoMicros() % 1_000_000);
        } else {
            w.field("spfHasRun", false);
        }
        w.endObject();
    }
}
