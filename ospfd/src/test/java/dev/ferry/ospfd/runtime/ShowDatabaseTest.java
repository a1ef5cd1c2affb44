package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `show ip ospf database` on the database FRR flooded in the recorded capture, against FRR's own summary tables
 * on PE1 and PR. Only the Age column differs (the recordings were taken later than the last flood), so it is
 * masked on both sides.
 */
class ShowDatabaseTest {
    /** "1.1.1.1        1.1.1.1           80 0x8..." to the same with the age replaced. */
    private static String maskAges(String text) {
        return text.replaceAll("(?m)^(\\S+ +\\S+) +\\d+( 0x)", "$1 AGE$2");
    }

    private static List<ShowDatabase.AreaLsas> backbone() {
        return List.of(new ShowDatabase.AreaLsas("0.0.0.0", ShowRecordings.lsas(ShowRecordings.lsdb())));
    }

    @Test
    void summaryTablesAsFrrPrintsThem() {
        assertEquals(maskAges(ShowRecordings.frr("PE1/show_ip_ospf_database.txt")),
                maskAges(ShowDatabase.summaryText("1.1.1.1", backbone(), List.of())));
        assertEquals(maskAges(ShowRecordings.frr("PR/show_ip_ospf_database.txt")),
                maskAges(ShowDatabase.summaryText("9.9.9.9", backbone(), List.of())));
    }

    @Test
    void summaryColumnsKeepFrrsWidths() {
        String line = ShowDatabase.summaryText("1.1.1.1", backbone(), List.of()).lines()
                .filter(l -> l.startsWith("9.9.9.9")).findFirst().orElseThrow();
        // %-15pI4 then %-15pI4 %4d: the Link ID has no separating space of its own
        assertTrue(line.matches("9\\.9\\.9\\.9        9\\.9\\.9\\.9         [ \\d]{4} 0x80000007 0xc5ba 3"), line);
    }

    @Test
    void routerLsaInDetail() {
        String text = ShowDatabase.detailText("1.1.1.1", LsaTypes.V2_ROUTER, backbone(), List.of(),
                adv -> adv == RouterIds.parse("1.1.1.1"));
        assertTrue(text.startsWith("\n       OSPF Router with ID (1.1.1.1)\n\n\n"
                + "                Router Link States (Area 0.0.0.0)\n\n  LS age: "), text);
        String pr = text.substring(text.indexOf("  Link State ID: 9.9.9.9"));
        assertTrue(pr.startsWith("  Link State ID: 9.9.9.9 (Router ID)\n  Advertising Router: 9.9.9.9\n"
                + "  LS Seq Number: 80000007\n  Checksum: 0xc5ba\n"), pr);
        assertTrue(pr.contains("   Number of Links: 3\n\n"
                + "    Link connected to: Stub Network\n     (Link ID) Net: 9.9.9.9\n"
                + "     (Link Data) Network Mask: 255.255.255.255\n"
                + "      Number of TOS metrics: 0\n       TOS 0 Metric: 0\n\n"
                + "    Link connected to: a Transit Network\n"
                + "     (Link ID) Designated Router address: 10.1.1.254\n"
                + "     (Link Data) Router Interface address: 10.1.1.254\n"
                + "      Number of TOS metrics: 0\n       TOS 0 Metric: 10\n\n"), pr);
        assertTrue(text.contains("  Options: 0x2  : *|-|-|-|-|-|E|-\n  LS Flags: 0x3  \n  Flags: 0x0\n"
                + "  LS Type: router-LSA\n  Link State ID: 1.1.1.1 (Router ID)\n"), text);
        assertTrue(text.contains("  LS Flags: 0x6  \n"), "received LSAs are not ours");
    }

    @Test
    void networkLsaInDetailAndJson() {
        String text = ShowDatabase.detailText("9.9.9.9", LsaTypes.V2_NETWORK, backbone(), List.of(), adv -> false);
        assertTrue(text.contains("  LS Type: network-LSA\n  Link State ID: 10.1.1.254 (Designated Router address)\n"
                + "  Advertising Router: 9.9.9.9\n  LS Seq Number: 80000001\n  Checksum: 0xc83a\n  Length: 32\n\n"
                + "  Network Mask: /24\n        Attached Router: 1.1.1.1\n\n        Attached Router: 9.9.9.9\n\n"),
                text);
        JsonWriter w = new JsonWriter().beginObject();
        ShowDatabase.summaryJson(w, "9.9.9.9", backbone(), List.of());
        String json = w.endObject().toString();
        assertTrue(json.contains("\"networkLinkStates\":[\n        {\n          \"lsId\":\"10.1.1.254\",\n"
                + "          \"advertisedRouter\":\"9.9.9.9\",\n          \"lsaAge\":"), json);
        assertTrue(json.contains("\"sequenceNumber\":\"80000001\",\n          \"checksum\":\"c83a\"\n        },"),
                json);
        assertTrue(json.contains("\"routerLinkStatesCount\":3,") && json.contains("\"networkLinkStatesCount\":2\n"),
                json);
    }

    @Test
    void typeWordsAsFrrMatchesThem() {
        assertEquals(LsaTypes.V2_ROUTER, ShowDatabase.type("router"));
        assertEquals(LsaTypes.V2_NETWORK, ShowDatabase.type("network"));
        assertEquals(LsaTypes.V2_SUMMARY, ShowDatabase.type("summary"));
        assertEquals(LsaTypes.V2_ASBR_SUMMARY, ShowDatabase.type("asbr-summary"));
        assertEquals(LsaTypes.V2_AS_EXTERNAL, ShowDatabase.type("external"));
        assertEquals(0, ShowDatabase.type(null));
    }

    @Test
    void theRecordedDatabaseIsComplete() {
        Lsdb lsdb = ShowRecordings.lsdb();
        List<Lsa> routers = ShowDatabase.sorted(lsdb.all(), LsaTypes.V2_ROUTER);
        assertEquals(List.of("1.1.1.1", "2.2.2.2", "9.9.9.9"),
                routers.stream().map(l -> RouterIds.format(l.header().linkStateId())).toList());
    }
}
