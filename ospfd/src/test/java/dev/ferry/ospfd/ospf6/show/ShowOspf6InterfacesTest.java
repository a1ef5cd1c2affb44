package dev.ferry.ospfd.ospf6.show;

import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F1;
import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `show ipv6 ospf6 interface`: F1 and F2 as FRR 8.4 recorded them (eth0 on the shared link, lo with the router's
 * /128, F1's unused eth1 and eth2), and the forms the recording lacks, derived from ospf6_interface.c.
 */
class ShowOspf6InterfacesTest {
    private static final AreaId BACKBONE = AreaId.parse("0.0.0.0");

    private static Ospf6InterfaceView.Ospf6 ospf(InterfaceKind type, List<String> addresses, int mtu,
                                                 InterfaceState state, long helloDue, int dr, int bdr, int lsas) {
        return new Ospf6InterfaceView.Ospf6(type, addresses.stream().map(IpPrefix::parse).toList(), BACKBONE, 0, mtu,
                mtu, false, 10, state, 1, 1, 10, 40, 5, helloDue, dr, bdr, lsas, Ospf6PendingList.IDLE,
                Ospf6PendingList.IDLE, null, Ospf6InterfaceView.AuthTrailer.DISABLED);
    }

    static Ospf6InterfaceView f1Eth0() {
        return new Ospf6InterfaceView("eth0", 2, true, InterfaceKind.BROADCAST, ospf(InterfaceKind.BROADCAST,
                List.of("fe80::6c54:d4ff:fec7:a66e/64"), 1500, InterfaceState.BACKUP, 519, F2, F1, 2));
    }

    static List<Ospf6InterfaceView> f1() {
        // given out of order: FRR lists them by name
        return List.of(
                new Ospf6InterfaceView("lo", 1, true, InterfaceKind.LOOPBACK, ospf(InterfaceKind.LOOPBACK,
                        List.of("10.255.0.1/32", "2001:db8:ffff::1/128"), 65536, InterfaceState.LOOPBACK, -1, 0, 0,
                        0)),
                new Ospf6InterfaceView("eth2", 4, true, InterfaceKind.BROADCAST, null),
                f1Eth0(),
                new Ospf6InterfaceView("eth1", 3, true, InterfaceKind.BROADCAST, null));
    }

    @Test
    void allAsRecordedOnF1() {
        assertEquals(Ospf6Recordings.frr("F1/show_ipv6_ospf6_interface.txt"), ShowOspf6Interfaces.all(f1(), false));
    }

    @Test
    void allAsRecordedOnF2() {
        List<Ospf6InterfaceView> f2 = List.of(
                new Ospf6InterfaceView("eth0", 2, true, InterfaceKind.BROADCAST, ospf(InterfaceKind.BROADCAST,
                        List.of("fe80::5c9f:80ff:fea5:91e5/64"), 1500, InterfaceState.DR, 9_242, F2, F1, 2)),
                new Ospf6InterfaceView("lo", 1, true, InterfaceKind.LOOPBACK, ospf(InterfaceKind.LOOPBACK,
                        List.of("2001:db8:ffff::2/128"), 65536, InterfaceState.LOOPBACK, -1, 0, 0, 0)));
        assertEquals(Ospf6Recordings.frr("F2/show_ipv6_ospf6_interface.txt"), ShowOspf6Interfaces.all(f2, false));
    }

    @Test
    void oneInterfaceAndAnUnknownOne() {
        String all = Ospf6Recordings.frr("F1/show_ipv6_ospf6_interface.txt");
        assertEquals(all.substring(0, all.indexOf("eth1 is up")), ShowOspf6Interfaces.one("eth0", f1Eth0(), false));
        assertEquals("No such Interface: eth9\n", ShowOspf6Interfaces.one("eth9", null, false));
        assertEquals("{\n  \"noSuchInterface\":\"eth9\"\n}\n", ShowOspf6Interfaces.one("eth9", null, true));
    }

    /**
     * MTU settings: `ipv6 ospf6 ifmtu 1400` and `ipv6 ospf6 mtu-ignore` show in the "Interface MTU 1400 (autodetect:
     * 1500)" and "MTU mismatch detection: disabled" lines (ospf6_interface.c lines 1093-1098); a point-to-point
     * network type on a broadcast link adds "Operating as type" (lines 1015-1018); no area gives
     * "Not Attached to Area".
     */
    @Test
    void mtuSettingsOperatingTypeAndAuthentication() {
        Ospf6InterfaceView v = new Ospf6InterfaceView("eth1", 3, true, InterfaceKind.BROADCAST,
                new Ospf6InterfaceView.Ospf6(InterfaceKind.POINT_TO_POINT, List.of(IpPrefix.parse("fe80::1/64")),
                        AreaId.parse("1"), 5, 1400, 1500, true, 100, InterfaceState.POINT_TO_POINT, 1, 0, 10, 40,
                        5, 12_034, 0, 0, 1, new Ospf6PendingList(List.of(new LsaKey(LsaTypes.V3_LINK, 3, F1)), 800),
                        Ospf6PendingList.IDLE, new Ospf6InterfaceView.Bfd(3, 300, 300),
                        new Ospf6InterfaceView.AuthTrailer(Ospf6InterfaceView.AuthTrailer.Mode.KEYCHAIN, "KC", 1,
                                2)));
        assertEquals("eth1 is up, type BROADCAST\n"
                + "  Interface ID: 3\n"
                + "  Operating as type POINTOPOINT\n"
                + "  Internet Address:\n"
                + "    inet6: fe80::1/64\n"
                + "  Instance ID 5, Interface MTU 1400 (autodetect: 1500)\n"
                + "  MTU mismatch detection: disabled\n"
                + "  Area ID 0.0.0.1, Cost 100\n"
                + "  State PointToPoint, Transmit Delay 1 sec, Priority 0\n"
                + "  Timer intervals configured:\n"
                + "   Hello 10(12.034), Dead 40, Retransmit 5\n"
                + "  DR: 0.0.0.0 BDR: 0.0.0.0\n"
                + "  Number of I/F scoped LSAs is 1\n"
                + "    1 Pending LSAs for LSUpdate in Time 00:00:00 [thread on]\n"
                + "      [Link Id:0.0.0.3 Adv:10.255.0.1]\n"
                + "    0 Pending LSAs for LSAck in Time 00:00:00 [thread off]\n"
                + "  BFD: Detect Multiplier: 3, Min Rx interval: 300, Min Tx interval: 300\n"
                + "  Authentication Trailer is enabled with key-chain KC\n"
                + "    Packet drop Tx 1, Packet drop Rx 2\n", ShowOspf6Interfaces.one("eth1", v, false));
        Ospf6InterfaceView.Ospf6 o = v.ospf();
        Ospf6InterfaceView detached = new Ospf6InterfaceView("eth1", 3, false, InterfaceKind.BROADCAST,
                new Ospf6InterfaceView.Ospf6(o.type(), List.of(), null, 0, 1500, 1500, false, 10,
                        InterfaceState.DOWN, 1, 1, 10, 40, 5, -1, 0, 0, 0, Ospf6PendingList.IDLE,
                        Ospf6PendingList.IDLE, null, new Ospf6InterfaceView.AuthTrailer(
                                Ospf6InterfaceView.AuthTrailer.Mode.MANUAL_KEY, null, 0, 0)));
        // down: no "Operating as type" even though the types differ
        assertEquals("eth1 is down, type BROADCAST\n"
                + "  Interface ID: 3\n"
                + "  Internet Address:\n"
                + "  Not Attached to Area\n"
                + "  State Down, Transmit Delay 1 sec, Priority 1\n"
                + "  Timer intervals configured:\n"
                + "   Hello 10(-), Dead 40, Retransmit 5\n"
                + "  DR: 0.0.0.0 BDR: 0.0.0.0\n"
                + "  Number of I/F scoped LSAs is 0\n"
                + "    0 Pending LSAs for LSUpdate in Time 00:00:00 [thread off]\n"
                + "    0 Pending LSAs for LSAck in Time 00:00:00 [thread off]\n"
                + "  Authentication trailer is enabled with manual key\n"
                + "    Packet drop Tx 0, Packet drop Rx 0\n", ShowOspf6Interfaces.one("eth1", detached, false));
    }

    /** ospf6_interface_show with use_json, ospf6_interface.c lines 970-1281, for F1's eth0, eth1 and lo. */
    @Test
    void jsonOfF1() {
        String json = ShowOspf6Interfaces.all(f1(), true);
        assertEquals("{\n"
                + "  \"eth0\":{\n"
                + "    \"status\":\"up\",\n"
                + "    \"type\":\"BROADCAST\",\n"
                + "    \"interfaceId\":2,\n"
                + "    \"internetAddress\":[\n"
                + "      {\n"
                + "        \"type\":\"inet6\",\n"
                + "        \"address\":\"fe80::6c54:d4ff:fec7:a66e/64\"\n"
                + "      }\n"
                + "    ],\n"
                + "    \"attachedToArea\":true,\n"
                + "    \"instanceId\":0,\n"
                + "    \"interfaceMtu\":1500,\n"
                + "    \"autoDetect\":1500,\n"
                + "    \"mtuMismatchDetection\":\"enabled\",\n"
                + "    \"areaId\":\"0.0.0.0\",\n"
                + "    \"cost\":10,\n"
                + "    \"ospf6InterfaceState\":\"BDR\",\n"
                + "    \"transmitDelaySec\":1,\n"
                + "    \"priority\":1,\n"
                + "    \"timerIntervalsConfigHello\":10,\n"
                + "    \"timerIntervalsConfigDead\":40,\n"
                + "    \"timerIntervalsConfigRetransmit\":5,\n"
                + "    \"dr\":\"10.255.0.2\",\n"
                + "    \"bdr\":\"10.255.0.1\",\n"
                + "    \"numberOfInterfaceScopedLsa\":2,\n"
                + "    \"pendingLsaLsUpdateCount\":0,\n"
                + "    \"pendingLsaLsUpdateTime\":\"00:00:00\",\n"
                + "    \"lsUpdateSendThread\":\"off\",\n"
                + "    \"pendingLsaLsUpdate\":[\n"
                + "    ],\n"
                + "    \"pendingLsaLsAckCount\":0,\n"
                + "    \"pendingLsaLsAckTime\":\"00:00:00\",\n"
                + "    \"lsAckSendThread\":\"off\",\n"
                + "    \"pendingLsaLsAck\":[\n"
                + "    ],\n"
                + "    \"authInfo\":{\n"
                + "      \"authType\":\"NULL\"\n"
                + "    }\n"
                + "  },\n"
                + "  \"eth1\":{\n"
                + "    \"status\":\"up\",\n"
                + "    \"type\":\"BROADCAST\",\n"
                + "    \"interfaceId\":3\n"
                + "  },\n", json.substring(0, json.indexOf("  \"eth2\"")));
        String lo = json.substring(json.indexOf("  \"lo\""));
        assertEquals(true, lo.startsWith("  \"lo\":{\n    \"status\":\"up\",\n    \"type\":\"LOOPBACK\",\n"
                + "    \"interfaceId\":1,\n    \"internetAddress\":[\n      {\n        \"type\":\"inet\",\n"
                + "        \"address\":\"10.255.0.1/32\"\n      },\n      {\n        \"type\":\"inet6\",\n"
                + "        \"address\":\"2001:db8:ffff::1/128\"\n      }\n    ],\n"), lo);
    }
}
