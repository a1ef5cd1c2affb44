package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `show ip ospf neighbor detail`: PE1's neighbor PR as the recording shows it in brief (Full/DR on eth0, up 1m19s,
 * dead in 35.192s, empty lists), printed in FRR 8.4's detail layout.
 */
class ShowNeighborDetailTest {
    private static ShowNeighborDetail.View pr() {
        return new ShowNeighborDetail.View(RouterIds.parse("9.9.9.9"), RouterIds.parse("10.1.1.254"), "0.0.0.0",
                "eth0", RouterIds.parse("10.1.1.2"), 1, "Full/DR", "DR", 6, 79_000, RouterIds.parse("10.1.1.254"),
                RouterIds.parse("10.1.1.2"), 2, 35_192, 0, 0, 0, false, false, false);
    }

    @Test
    void paragraphAsFrrPrintsIt() {
        assertEquals(" Neighbor 9.9.9.9, interface address 10.1.1.254\n"
                + "    In the area 0.0.0.0 via interface eth0 local interface IP 10.1.1.2\n"
                + "    Neighbor priority is 1, State is Full/DR, Role is DR, 6 state changes\n"
                + "    Most recent state change statistics:\n"
                + "      Progressive change 1m19s ago\n"
                + "    DR is 10.1.1.254, BDR is 10.1.1.2\n"
                + "    Options 2 *|-|-|-|-|-|E|-\n"
                + "    Dead timer due in 35.192s\n"
                + "    Database Summary List 0\n"
                + "    Link State Request List 0\n"
                + "    Link State Retransmission List 0\n"
                + "    Thread Inactivity Timer on\n"
                + "    Thread Database Description Retransmision off\n"
                + "    Thread Link State Request Retransmission off\n"
                + "    Thread Link State Update Retransmission off\n"
                + "\n"
                + "    Graceful restart Helper info:\n"
                + "      Graceful Restart HELPER Status : None\n"
                + "\n"
                + "\n", ShowNeighborDetail.text(List.of(pr())));
    }

    @Test
    void jsonGroupsEntriesByRouterId() {
        JsonWriter w = new JsonWriter().beginObject();
        ShowNeighborDetail.json(w, List.of(pr()));
        String json = w.endObject().toString();
        assertTrue(json.startsWith("{\n  \"neighbors\":{\n    \"9.9.9.9\":[\n      {\n"
                + "        \"ifaceAddress\":\"10.1.1.254\",\n        \"areaId\":\"0.0.0.0\",\n"
                + "        \"ifaceName\":\"eth0\",\n        \"localIfaceAddress\":\"10.1.1.2\",\n"
                + "        \"nbrPriority\":1,\n        \"nbrState\":\"Full/DR\",\n        \"role\":\"DR\",\n"), json);
        assertTrue(json.contains("\"optionsList\":\"*|-|-|-|-|-|E|-\",\n        \"routerDeadIntervalTimerDueMsec\":35192,"),
                json);
        assertTrue(json.endsWith("\"threadInactivityTimer\":\"on\",\n        \"grHelperStatus\":\"None\"\n"
                + "      }\n    ]\n  }\n}\n"), json);
    }

    @Test
    void optionsAsOspfOptionsDump() {
        assertEquals("*|O|DC|EA|N/P|MC|E|M/T", ShowFormat.options(0x7f));
        assertEquals("*|-|-|-|-|-|-|-", ShowFormat.options(0));
        assertEquals("*|O|-|-|-|-|E|-", ShowFormat.options(0x42));
    }
}
