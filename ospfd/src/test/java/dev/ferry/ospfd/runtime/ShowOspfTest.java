package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.config.SpfTimers;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.core.lsdb.TypeSummary;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * `show ip ospf` against FRR 8.4's recordings on PR and PE1: the instance's values as FRR had them (SPF runs
 * and times, interface and adjacency counts), the LSA counts and checksum sums from the database FRR flooded.
 */
class ShowOspfTest {
    private static ShowOspf.Instance instance(String routerId, int multiplier, long agoMillis, long micros,
            int interfaces, int full, int runs) {
        Lsdb lsdb = ShowRecordings.lsdb();
        ShowOspf.AreaView backbone = new ShowOspf.AreaView("0.0.0.0", true, false, false, interfaces, interfaces,
                full, runs, lsdb.size(), lsdb);
        return new ShowOspf.Instance(routerId, SpfTimers.DEFAULT, multiplier, agoMillis, micros, -1, false, false,
                TypeSummary.EMPTY, false, false, List.of(backbone), Map.of());
    }

    @Test
    void prAsFrrPrintsIt() {
        assertEquals(ShowRecordings.frr("PR/show_ip_ospf.txt"),
                ShowOspf.text(instance("9.9.9.9", 2, 68_400, 94, 3, 2, 6)));
    }

    @Test
    void pe1AsFrrPrintsIt() {
        assertEquals(ShowRecordings.frr("PE1/show_ip_ospf.txt"),
                ShowOspf.text(instance("1.1.1.1", 1, 70_900, 51, 2, 1, 5)));
    }

    @Test
    void neverRunSpfAndAbrLines() {
        Lsdb lsdb = ShowRecordings.lsdb();
        ShowOspf.AreaView stub = new ShowOspf.AreaView("0.0.0.1", false, true, true, 1, 1, 0, 0, 0,
                new Lsdb(lsdb.version(), () -> 0L));
        String text = ShowOspf.text(new ShowOspf.Instance("1.1.1.1", SpfTimers.DEFAULT, 1, -1, 0, 30, true, true,
                new TypeSummary(2, 0x1234), true, false, List.of(stub), Map.of()));
        assertTrue(text.contains(" SPF algorithm has not been run\n SPF timer due in 0.030s\n"), text);
        assertTrue(text.contains(" This router is an ABR, ABR type is: Alternative Cisco\n"
                + " This router is an ASBR (injecting external routing information)\n"
                + " Number of external LSA 2. Checksum Sum 0x00001234\n"), text);
        assertTrue(text.contains(" Adjacency changes are logged\n Area ID: 0.0.0.1 (Stub, no summary)\n"
                + "   Shortcutting mode: Default, S-bit consensus: no\n"), text);
        assertTrue(text.contains("   Number of full virtual adjacencies going through this area: 0\n"), text);
    }

    @Test
    void jsonCarriesFrrKeysAndTheDatabaseSums() {
        JsonWriter w = new JsonWriter().beginObject();
        ShowOspf.json(w, instance("9.9.9.9", 2, 68_400, 94, 3, 2, 6));
        String json = w.endObject().toString();
        assertTrue(json.startsWith("{\n  \"routerId\":\"9.9.9.9\",\n  \"tosRoutesOnly\":true,\n"), json);
        assertTrue(json.contains("\"spfLastExecutedMsecs\":68400,\n  \"spfLastDurationMsecs\":0,"), json);
        assertTrue(json.contains("\"areas\":{\n    \"0.0.0.0\":{\n      \"backbone\":true,\n"
                + "      \"areaIfTotalCounter\":3,\n      \"areaIfActiveCounter\":3,\n"
                + "      \"nbrFullAdjacentCounter\":2,\n      \"authentication\":\"authenticationNone\",\n"
                + "      \"spfExecutedCounter\":6,\n      \"lsaNumber\":5,\n      \"lsaRouterNumber\":3,\n"
                + "      \"lsaRouterChecksum\":" + 0x13f56 + ",\n      \"lsaNetworkNumber\":2,\n"
                + "      \"lsaNetworkChecksum\":" + 0x1a758 + ","), json);
    }

    /** A transit area with a Full virtual link through it counts it, as FRR's area->full_vls (text and JSON). */
    @Test
    void transitAreaCountsItsFullVirtualAdjacencies() {
        Lsdb empty = new Lsdb(ShowRecordings.lsdb().version(), () -> 0L);
        ShowOspf.AreaView transit = new ShowOspf.AreaView("0.0.0.1", false, false, false, 1, 1, 1, 7, 0, empty, 1);
        ShowOspf.Instance s = new ShowOspf.Instance("10.0.0.2", SpfTimers.DEFAULT, 1, -1, 0, -1, true, false,
                TypeSummary.EMPTY, false, false, List.of(transit), java.util.Map.of());
        assertTrue(ShowOspf.text(s).contains("   Area has no authentication\n"
                + "   Number of full virtual adjacencies going through this area: 1\n"
                + "   SPF algorithm executed 7 times\n"), ShowOspf.text(s));
        JsonWriter w = new JsonWriter().beginObject();
        ShowOspf.json(w, s);
        assertTrue(w.endObject().toString().contains("\"virtualAdjacenciesPassingCounter\":1,"));
    }

    @Test
    void droppedUpdatesAndPacketsShowAfterFrrsLinesInTextAndJson() throws Exception {
        try (LiveAdjacency adj = LiveAdjacency.full(null)) {
            String before = adj.onLoop(() -> ShowOspf.text(ShowOspf.of(adj.router)));
            assertFalse(before.contains("dropped"), before);
            Lsa first = external(LsaHeader.INITIAL_SEQUENCE);
            Lsa second = external(LsaHeader.INITIAL_SEQUENCE + 1);
            adj.send(new LinkStateUpdate(List.of(first, second)));
            adj.inject(java.util.Arrays.copyOf(adj.encode(adj.hello()), 10));
            adj.drain();

            String text = adj.onLoop(() -> ShowOspf.text(ShowOspf.of(adj.router)));
            assertTrue(text.endsWith("   Number of opaque area LSA 0. Checksum Sum 0x00000000\n\n"
                    + " Packets and LSAs dropped: LSA_MIN_ARRIVAL 1, TRUNCATED 1\n\n"), text);
            String json = adj.onLoop(() -> {
                JsonWriter w = new JsonWriter().beginObject();
                ShowOspf.json(w, ShowOspf.of(adj.router));
                return w.endObject().toString();
            });
            assertTrue(json.contains("\"ferryDrops\":{\n    \"LSA_MIN_ARRIVAL\":1,\n    \"TRUNCATED\":1\n  }\n}"),
                    json);
        }
    }

    @Test
    void noDropsNoFerryLines() {
        JsonWriter w = new JsonWriter().beginObject();
        ShowOspf.json(w, instance("9.9.9.9", 2, 68_400, 94, 3, 2, 6));
        assertFalse(w.endObject().toString().contains("ferryDrops"));
    }

    private static Lsa external(int sequence) {
        return Lsa.build(new LsaHeader(OspfVersion.V2, 1, Options.E, LsaTypes.V2_AS_EXTERNAL,
                Ipv4.toInt(new byte[] {11, 11, 11, 0}), LiveAdjacency.THEIRS, sequence, 0, 0),
                new ExternalLsaV2(Ipv4.mask(24), List.of(new ExternalLsaV2.Route(true, 0, 20, 0, 0))));
    }
}
