package dev.ferry.ospfd.ospf6.show;

import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `show ipv6 ospf6 [json]`, derived from frr-8.4.4 ospf6d/ospf6_top.c ospf6_show (lines 1310-1502) and
 * ospf6_area.c ospf6_area_show (lines 446-545). The instance is F1 of the recording: router id 10.255.0.1, one
 * backbone area with eth0 and lo and the five area-scope LSAs of its database (two Router, one Network, two
 * Intra-Area-Prefix).
 */
class ShowOspf6InstanceTest {
    static Ospf6InstanceView.Area backbone(long spfAgoMicros) {
        List<Lsa> area = Ospf6Recordings.scope(Ospf6Recordings.flooded(), LsaTypes.Scope.AREA);
        return new Ospf6InstanceView.Area(AreaId.parse("0.0.0.0"), false, false, false, area.size(),
                Ospf6InstanceView.statistics(area), List.of("eth0", "lo"), spfAgoMicros);
    }

    static Ospf6InstanceView f1(Ospf6InstanceView.LastSpf spf, long spfDue, List<Ospf6InstanceView.Area> areas) {
        return new Ospf6InstanceView(F1, 62_500, 1000, 64, 110, 0, 50, 5000, 1, spf, spfDue, false, 0, 0, 0, false,
                false, areas);
    }

    @Test
    void text() {
        Ospf6InstanceView o = f1(new Ospf6InstanceView.LastSpf(5_900, 0b1_0101, 312), -1,
                List.of(backbone(5_001_500)));
        assertEquals(" OSPFv3 Routing Process (0) with Router-ID 10.255.0.1\n"
                + " Running 00:01:02\n"
                + " LSA minimum arrival 1000 msecs\n"
                + " Maximum-paths 64\n"
                + " Administrative distance 110\n"
                + " Initial SPF scheduling delay 0 millisec(s)\n"
                + " Minimum hold time between consecutive SPFs 50 millsecond(s)\n"
                + " Maximum hold time between consecutive SPFs 5000 millsecond(s)\n"
                + " Hold time multiplier is currently 1\n"
                + " SPF algorithm last executed 00:00:05 ago, reason R+, N+, L+\n"
                + " Last SPF duration 0 sec 312 usec\n"
                + " SPF timer is inactive\n"
                + " Number of AS scoped LSAs is 0\n"
                + " Number of areas in this router is 1\n"
                + " Authentication Sequence number info\n"
                + "  Higher sequence no 0, Lower sequence no 0\n"
                + "\n"
                + " Area 0.0.0.0\n"
                + "     Number of Area scoped LSAs is 5\n"
                + "     Interface attached to this area: eth0 lo\n"
                // "%ld.%lds": microseconds not zero-padded
                + "     SPF last executed 5.1500s ago\n", ShowOspf6Instance.render(o, false));
    }

    @Test
    void textBeforeSpfWithStubAreasTimerAndLogging() {
        Ospf6InstanceView.Area stub = new Ospf6InstanceView.Area(AreaId.parse("1"), true, false, true, 0,
                Ospf6InstanceView.statistics(List.of()), List.of(), -1);
        Ospf6InstanceView.Area nssa = new Ospf6InstanceView.Area(AreaId.parse("0.0.0.2"), false, true, false, 0,
                Ospf6InstanceView.statistics(List.of()), List.of("eth1"), 800);
        Ospf6InstanceView o = new Ospf6InstanceView(F1, 90_061_000, 1000, 64, 120, 0, 50, 5000, 1, null, 1_200,
                true, 3, 7, -1, true, true, List.of(nssa, stub));
        assertEquals(" OSPFv3 Routing Process (0) with Router-ID 10.255.0.1\n"
                + " Running 1d01:01:01\n"
                + " LSA minimum arrival 1000 msecs\n"
                + " Maximum-paths 64\n"
                + " Administrative distance 120\n"
                + " Initial SPF scheduling delay 0 millisec(s)\n"
                + " Minimum hold time between consecutive SPFs 50 millsecond(s)\n"
                + " Maximum hold time between consecutive SPFs 5000 millsecond(s)\n"
                + " Hold time multiplier is currently 1\n"
                + " SPF algorithm has not been run\n"
                + " SPF timer due in 00:00:01\n"
                + " Router Is Stub Router\n"
                + " Number of AS scoped LSAs is 3\n"
                + " Number of areas in this router is 2\n"
                + " Authentication Sequence number info\n"
                + "  Higher sequence no 7, Lower sequence no 4294967295\n"
                + " All adjacency changes are logged\n"
                + "\n"
                + " Area 1[Stub, No Summary]\n"
                + "     Number of Area scoped LSAs is 0\n"
                + "     Interface attached to this area:\n"
                + "SPF has not been run\n"
                + " Area 0.0.0.2[NSSA]\n"
                + "     Number of Area scoped LSAs is 0\n"
                + "     Interface attached to this area: eth1\n"
                + "     SPF last executed 800us ago\n", ShowOspf6Instance.render(o, false));
    }

    /** ospf6_spf_reason_string into ospf6_show's rbuf[32]. */
    @Test
    void reasonsAreCutToTheBuffer() {
        assertEquals("", ShowOspf6Instance.reasons(0));
        assertEquals("R*, C, GR", ShowOspf6Instance.reasons((1 << 6) | (1 << 8) | (1 << 10)));
        assertEquals("R+, R-, N+, N-, L+, L-, R*, N*,", ShowOspf6Instance.reasons(0x7ff));
    }

    /** JSON_C_TO_STRING_PRETTY without NOSLASHESCAPE: ospf6_show prints json-c's string itself. */
    @Test
    void json() {
        Ospf6InstanceView o = f1(new Ospf6InstanceView.LastSpf(5_900, 0b1_0101, 312), 150,
                List.of(backbone(5_001_500)));
        assertEquals("{\n"
                + "  \"routerId\":\"10.255.0.1\",\n"
                + "  \"running\":\"00:01:02\",\n"
                + "  \"lsaMinimumArrivalMsecs\":1000,\n"
                + "  \"spfScheduleDelayMsecs\":0,\n"
                + "  \"holdTimeMinMsecs\":50,\n"
                + "  \"holdTimeMaxMsecs\":5000,\n"
                + "  \"holdTimeMultiplier\":1,\n"
                + "  \"maximumPaths\":64,\n"
                + "  \"preference\":110,\n"
                + "  \"spfHasRun\":true,\n"
                + "  \"spfLastExecutedMsecs\":\"00:00:05\",\n"
                + "  \"spfLastExecutedReason\":\"R+, N+, L+\",\n"
                + "  \"spfLastDurationSecs\":0,\n"
                + "  \"spfLastDurationMsecs\":312,\n"
                + "  \"spfTimerActive\":true,\n"
                + "  \"spfTimerDueInMsecs\":150,\n"
                + "  \"routerIsStubRouter\":false,\n"
                + "  \"numberOfAsScopedLsa\":0,\n"
                + "  \"numberOfAreaInRouter\":1,\n"
                + "  \"AuthTrailerHigherSeqNo\":0,\n"
                + "  \"AuthTrailerLowerSeqNo\":0,\n"
                + "  \"adjacencyChanges\":\"NotLogged\",\n"
                + "  \"areas\":{\n"
                + "    \"0.0.0.0\":{\n"
                + "      \"areaIsStub\":false,\n"
                + "      \"areaIsNSSA\":false,\n"
                + "      \"numberOfAreaScopedLsa\":5,\n"
                + "      \"lsaStatistics\":[\n"
                + "        0,\n        2,\n        1,\n        0,\n        0,\n        0,\n"
                + "        0,\n        0,\n        0,\n        2,\n        0,\n        0\n"
                + "      ],\n"
                + "      \"interfacesAttachedToArea\":[\n"
                + "        \"eth0\",\n"
                + "        \"lo\"\n"
                + "      ],\n"
                + "      \"spfHasRun\":true,\n"
                + "      \"spfLastExecutedSecs\":5,\n"
                + "      \"spfLastExecutedMicroSecs\":1500\n"
                + "    }\n"
                + "  }\n"
                + "}\n", ShowOspf6Instance.render(o, true));
    }

    @Test
    void jsonEscapesSlashesAndShowsNoSummaryOnlyForStubAndNssa() {
        Ospf6InstanceView.Area stub = new Ospf6InstanceView.Area(AreaId.parse("1"), true, false, true, 0,
                Ospf6InstanceView.statistics(List.of()), List.of("eth0/1"), -1);
        String json = ShowOspf6Instance.render(new Ospf6InstanceView(F1, 0, 1000, 64, 110, 0, 50, 5000, 1, null, -1,
                false, 0, 0, 0, true, false, List.of(stub)), true);
        assertEquals(true, json.contains("  \"spfHasRun\":false,\n  \"spfTimerActive\":false,\n"), json);
        assertEquals(true, json.contains("\"adjacencyChanges\":\"Logged\""), json);
        assertEquals(true, json.contains("    \"1\":{\n      \"areaIsStub\":true,\n      \"areaIsNSSA\":false,\n"
                + "      \"areaNoSummary\":true,\n"), json);
        assertEquals(true, json.contains("\"eth0\\/1\""), json);
        assertEquals(true, json.endsWith("      \"spfHasRun\":false\n    }\n  }\n}\n"), json);
    }
}
