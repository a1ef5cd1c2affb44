package dev.ferry.ospfd.ospf6.show;

import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F1;
import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.shared.AreaId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `show ipv6 ospf6 database`: the LSAs FRR flooded in the recorded capture, aged as F1 and F2 showed them, printed
 * exactly as the recorded outputs (one Rtr line per interface, one Net line per attached router, Lnk with the
 * link-local address, INP with each prefix).
 */
class ShowOspf6DatabaseTest {
    /** The flooded LSAs with the ages a router showed: area-scope ones by advertising router, Link-LSAs likewise. */
    static Ospf6DatabaseView database(int areaAgeOfF1, int areaAgeOfF2, int linkAgeOfF1, int linkAgeOfF2) {
        List<Lsa> flooded = new ArrayList<>(Ospf6Recordings.flooded());
        // the formatter sorts as FRR's LSDB does, whatever order the runtime keeps
        Collections.reverse(flooded);
        List<Lsa> area = Ospf6Recordings.scope(flooded, LsaTypes.Scope.AREA).stream()
                .map(l -> l.withAge(l.header().advertisingRouter() == F1 ? areaAgeOfF1 : areaAgeOfF2)).toList();
        List<Lsa> link = Ospf6Recordings.scope(flooded, LsaTypes.Scope.LINK).stream()
                .map(l -> l.withAge(l.header().advertisingRouter() == F1 ? linkAgeOfF1 : linkAgeOfF2)).toList();
        return new Ospf6DatabaseView(List.of(new Ospf6DatabaseView.Area(AreaId.parse("0.0.0.0"), area,
                List.of(new Ospf6DatabaseView.Link("eth0", link), new Ospf6DatabaseView.Link("lo", List.of())))),
                List.of());
    }

    @Test
    void asRecordedOnF1() {
        assertEquals(Ospf6Recordings.frr("F1/show_ipv6_ospf6_database.txt"),
                ShowOspf6Database.render(database(10, 11, 50, 51), false));
    }

    @Test
    void asRecordedOnF2() {
        assertEquals(Ospf6Recordings.frr("F2/show_ipv6_ospf6_database.txt"),
                ShowOspf6Database.render(database(13, 12, 53, 52), false));
    }

    /** frr-8.4.4 ospf6d.c ospf6_lsdb_show_wrapper (lines 229-300), ospf6_lsa.c ospf6_lsa_show_summary with use_json. */
    @Test
    void json() {
        String json = ShowOspf6Database.render(database(10, 11, 50, 51), true);
        String rtr = "        {\n          \"type\":\"Rtr\",\n          \"lsId\":\"0.0.0.0\",\n"
                + "          \"advRouter\":\"10.255.0.1\",\n          \"age\":10,\n"
                + "          \"seqNum\":2147483650,\n          \"payload\":\"10.255.0.2/0.0.0.2\"\n        },\n";
        assertEquals(true, json.startsWith("{\n  \"areaScopedLinkStateDb\":[\n    {\n      \"areaId\":\"0.0.0.0\",\n"
                + "      \"lsa\":[\n" + rtr), json);
        assertEquals(true, json.contains("          \"type\":\"Net\",\n          \"lsId\":\"0.0.0.2\",\n"
                + "          \"advRouter\":\"10.255.0.2\",\n          \"age\":11,\n"
                + "          \"seqNum\":2147483649,\n          \"payload\":\"10.255.0.1\"\n"), json);
        assertEquals(true, json.contains("  \"interfaceScopedLinkStateDb\":[\n    {\n      \"areaId\":\"0.0.0.0\",\n"
                + "      \"interface\":\"eth0\",\n      \"lsa\":[\n        {\n          \"type\":\"Lnk\",\n"), json);
        assertEquals(true, json.endsWith("    {\n      \"areaId\":\"0.0.0.0\",\n      \"interface\":\"lo\",\n"
                + "      \"lsa\":[\n      ]\n    }\n  ],\n"
                + "  \"asScopedLinkStateDb\":[\n    {\n      \"lsa\":[\n      ]\n    }\n  ]\n}\n"), json);
        // one entry per payload line: 2 Rtr, 2 Net, 2 INP, 2 Lnk
        assertEquals(8, json.split("\"payload\"").length - 1);
    }

    @Test
    void areasAreListedByAreaIdAndNamedAsConfigured() {
        Ospf6DatabaseView db = new Ospf6DatabaseView(List.of(
                new Ospf6DatabaseView.Area(AreaId.parse("10"), List.of(), List.of()),
                new Ospf6DatabaseView.Area(AreaId.parse("0.0.0.1"), List.of(),
                        List.of(new Ospf6DatabaseView.Link("eth1", List.of())))), List.of());
        String header = "Type LSId           AdvRouter       Age   SeqNum                        Payload\n";
        assertEquals("\n        Area Scoped Link State Database (Area 0.0.0.1)\n\n" + header
                + "\n        Area Scoped Link State Database (Area 10)\n\n" + header
                + "\n        I/F Scoped Link State Database (I/F eth1 in Area 0.0.0.1)\n\n" + header
                + "\n        AS Scoped Link State Database\n\n" + header + "\n",
                ShowOspf6Database.render(db, false));
    }

    /** With a type (ospf6_lsdb_type_show_wrapper): only the type's flooding scope, only LSAs of that type. */
    @Test
    void typeShowsOnlyItsScopeAndType() {
        String router = ShowOspf6Database.render(database(10, 11, 50, 51), LsaTypes.V3_ROUTER, false);
        assertEquals(true, router.startsWith("\n        Area Scoped Link State Database (Area 0.0.0.0)\n\n"), router);
        assertEquals(2, router.lines().filter(l -> l.startsWith("Rtr ")).count(), router);
        assertEquals(0, router.lines().filter(l -> l.startsWith("Net ") || l.startsWith("INP ")).count(), router);
        assertEquals(false, router.contains("I/F Scoped") || router.contains("AS Scoped"), router);

        String link = ShowOspf6Database.render(database(10, 11, 50, 51), LsaTypes.V3_LINK, true);
        assertEquals(true, link.startsWith("{\n  \"interfaceScopedLinkStateDb\":[\n"), link);
        assertEquals(2, link.split("\"type\":\"Lnk\"").length - 1, link);
        assertEquals(false, link.contains("areaScopedLinkStateDb") || link.contains("asScopedLinkStateDb"), link);

        String external = ShowOspf6Database.render(database(10, 11, 50, 51), LsaTypes.V3_AS_EXTERNAL, true);
        assertEquals("{\n  \"asScopedLinkStateDb\":[\n    {\n      \"lsa\":[\n      ]\n    }\n  ]\n}\n", external);
    }
}
