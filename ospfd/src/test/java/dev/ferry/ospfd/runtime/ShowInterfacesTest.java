package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.config.OspfAuthentication;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `show ip ospf interface` blocks against FRR 8.4's recordings on PE1 (Backup) and PR (DR on two links). */
class ShowInterfacesTest {
    private static final int BROADCAST_FLAGS = ShowInterfaces.IFF_UP | ShowInterfaces.IFF_BROADCAST
            | ShowInterfaces.IFF_RUNNING | ShowInterfaces.IFF_MULTICAST;
    private static final int LOOPBACK_FLAGS = ShowInterfaces.IFF_UP | ShowInterfaces.IFF_LOOPBACK
            | ShowInterfaces.IFF_RUNNING;

    private static ShowInterfaces.View ethernet(String name, int ifindex, String address, String routerId,
            InterfaceState state, String drId, String drAddress, String bdrId, String bdrAddress, long helloDue) {
        return new ShowInterfaces.View(new ShowInterfaces.Port(name, ifindex, true, 1500, 10000, BROADCAST_FLAGS),
                RouterIds.parse(address), 24, "0.0.0.0", false, RouterIds.parse(routerId), InterfaceKind.BROADCAST,
                10, 1, state, 1, new ShowInterfaces.Designated(RouterIds.parse(drId), RouterIds.parse(drAddress), 24),
                new ShowInterfaces.Designated(RouterIds.parse(bdrId), RouterIds.parse(bdrAddress), 24), true, true,
                10, 40, 5, false, helloDue, 1, 1, null, false, new LinkCounters());
    }

    private static ShowInterfaces.View loopback(String address) {
        return new ShowInterfaces.View(new ShowInterfaces.Port("lo", 1, true, 65536, 0, LOOPBACK_FLAGS),
                RouterIds.parse(address), 32, "0.0.0.0", false, RouterIds.parse(address), InterfaceKind.LOOPBACK, 0,
                1, InterfaceState.LOOPBACK, 1, null, null, false, false, 10, 40, 5, false, -1, 0, 0, null, false,
                new LinkCounters());
    }

    @Test
    void pe1AsFrrPrintsIt() {
        String text = ShowInterfaces.text(List.of(
                ethernet("eth0", 2, "10.1.1.2", "1.1.1.1", InterfaceState.BACKUP, "9.9.9.9", "10.1.1.254",
                        "1.1.1.1", "10.1.1.2", 5_256),
                loopback("1.1.1.1"))) + "\n";
        assertEquals(ShowRecordings.frr("PE1/show_ip_ospf_interface.txt"), text);
    }

    @Test
    void prAsFrrPrintsIt() {
        String text = ShowInterfaces.text(List.of(
                ethernet("eth0", 2, "10.1.1.254", "9.9.9.9", InterfaceState.DR, "9.9.9.9", "10.1.1.254",
                        "1.1.1.1", "10.1.1.2", 6_529),
                ethernet("eth1", 3, "10.1.2.254", "9.9.9.9", InterfaceState.DR, "9.9.9.9", "10.1.2.254",
                        "2.2.2.2", "10.1.2.2", 6_530),
                loopback("9.9.9.9"))) + "\n";
        assertEquals(ShowRecordings.frr("PR/show_ip_ospf_interface.txt"), text);
    }

    /** A Full virtual link as FRR 8.4 prints it (frr-reference/out/vlink: the ABR's VLINK0). */
    @Test
    void virtualLinkAsFrrPrintsIt() {
        ShowInterfaces.View vl = new ShowInterfaces.View(
                new ShowInterfaces.Port("VLINK0", 0, true, ShowInterfaces.VIRTUAL_LINK_MTU, 0, ShowInterfaces.IFF_UP),
                RouterIds.parse("10.1.23.2"), 24, "0.0.0.0", false, RouterIds.parse("10.0.0.2"),
                InterfaceKind.VIRTUAL_LINK, 10, 1, InterfaceState.POINT_TO_POINT, 1, null, null, false, false, 1, 4,
                5, false, 351, 1, 1, null, false, new LinkCounters(), RouterIds.parse("10.1.23.3"));
        assertEquals(ShowRecordings.frr("vlink/show_ip_ospf_interface_VLINK0.txt"), ShowInterfaces.text(List.of(vl))
                + "\n");
        JsonWriter w = new JsonWriter().beginObject();
        ShowInterfaces.json(w, vl);
        String json = w.endObject().toString().replaceAll("\\s", "");
        assertTrue(json.contains("\"ifFlags\":\"<UP>\""), json);
        assertTrue(json.contains("\"ospfIfType\":\"Peer\",\"vlinkPeer\":\"10.1.23.3\",\"area\":\"0.0.0.0\""), json);
        assertTrue(json.contains("\"networkType\":\"VIRTUALLINK\""), json);
    }

    @Test
    void flagsAsIfFlagDumpNamesThem() {
        assertEquals("<UP,BROADCAST,RUNNING,MULTICAST>", ShowFormat.interfaceFlags(0x1043));
        assertEquals("<UP,LOOPBACK,RUNNING>", ShowFormat.interfaceFlags(0x49));
        assertEquals("<UP,POINTOPOINT,RUNNING,NOARP>", ShowFormat.interfaceFlags(0x1 | 0x10 | 0x40 | 0x80));
    }

    @Test
    void passiveAndAuthenticatedInterfaces() {
        ShowInterfaces.View v = new ShowInterfaces.View(
                new ShowInterfaces.Port("eth1", 3, true, 1500, 10000, BROADCAST_FLAGS), RouterIds.parse("10.0.0.1"),
                30, "0.0.0.1", true, RouterIds.parse("1.1.1.1"), InterfaceKind.POINT_TO_POINT, 20, 1,
                InterfaceState.POINT_TO_POINT, 1, null, null, false, false, 10, 40, 5, true, -1, 0, 0,
                OspfAuthentication.MESSAGE_DIGEST, true, new LinkCounters());
        String text = ShowInterfaces.text(List.of(v));
        assertTrue(text.contains("  Internet Address 10.0.0.1/30, Broadcast 10.0.0.3, Area 0.0.0.1\n"
                + "  MTU mismatch detection: disabled\n"
                + "  Router ID 1.1.1.1, Network Type POINTOPOINT, Cost: 20\n"
                + "  Transmit Delay is 1 sec, State Point-To-Point, Priority 1\n"
                + "  No backup designated router on this network\n"
                + "  Multicast group memberships: <None>\n"), text);
        assertTrue(text.endsWith("    No Hellos (Passive interface)\n"
                + "  Neighbor Count is 0, Adjacent neighbor count is 0\n"
                + "  Cryptographic authentication enabled\n  Algorithm:MD5\n"), text);
    }

    @Test
    void jsonHasFrrKeysThenFerryCounters() {
        ShowInterfaces.View v = ethernet("eth0", 2, "10.1.1.2", "1.1.1.1", InterfaceState.BACKUP, "9.9.9.9",
                "10.1.1.254", "1.1.1.1", "10.1.1.2", 5_256);
        v.counters().mtuMismatches = 3;
        v.counters().helloMismatches = 2;
        JsonWriter w = new JsonWriter().beginObject();
        ShowInterfaces.json(w, v);
        String json = w.endObject().toString();
        assertTrue(json.startsWith("{\n  \"ifUp\":true,\n  \"ifIndex\":2,\n  \"mtuBytes\":1500,\n"
                + "  \"bandwidthMbit\":10000,\n  \"ifFlags\":\"<UP,BROADCAST,RUNNING,MULTICAST>\",\n"
                + "  \"ospfEnabled\":true,\n  \"ipAddress\":\"10.1.1.2\",\n  \"ipAddressPrefixlen\":24,\n"
                + "  \"ospfIfType\":\"Broadcast\",\n  \"localIfUsed\":\"10.1.1.255\",\n  \"area\":\"0.0.0.0\",\n"
                + "  \"routerId\":\"1.1.1.1\",\n  \"networkType\":\"BROADCAST\",\n  \"cost\":10,\n"
                + "  \"transmitDelaySecs\":1,\n  \"state\":\"Backup\",\n  \"priority\":1,\n"
                + "  \"drId\":\"9.9.9.9\",\n  \"drAddress\":\"10.1.1.254\",\n  \"bdrId\":\"1.1.1.1\",\n"
                + "  \"bdrAddress\":\"10.1.1.2\",\n  \"mcastMemberOspfAllRouters\":true,\n"
                + "  \"mcastMemberOspfDesignatedRouters\":true,\n  \"timerMsecs\":10000,\n"
                + "  \"timerDeadSecs\":40,\n  \"timerWaitSecs\":40,\n  \"timerRetransmitSecs\":5,\n"
                + "  \"timerHelloInMsecs\":5256,\n  \"nbrCount\":1,\n  \"nbrAdjacentCount\":1,\n"
                + "  \"ferryHelloMismatches\":2,\n  \"ferryMtuMismatches\":3,\n"), json);
    }
}
