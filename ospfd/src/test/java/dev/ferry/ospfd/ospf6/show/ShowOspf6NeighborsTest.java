package dev.ferry.ospfd.ospf6.show;

import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F1;
import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.ospf6.show.ShowOspf6Neighbors.Level;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `show ipv6 ospf6 neighbor`: F1 and F2 Full on eth0 (F2 the DR, F1 the BDR) as FRR 8.4 recorded them, and the
 * detail and drchoice forms derived from ospf6_neighbor.c.
 */
class ShowOspf6NeighborsTest {
    /** F1's view of F2: F2's hellos name itself DR and F1 BDR; F1's eth0 is BDR. */
    static Ospf6NeighborView f2SeenByF1(long deadMillis, long upMillis) {
        return neighbor(F2, deadMillis, upMillis, InterfaceState.BACKUP, "fe80::5c9f:80ff:fea5:91e5");
    }

    static Ospf6NeighborView f1SeenByF2(long deadMillis, long upMillis) {
        return neighbor(F1, deadMillis, upMillis, InterfaceState.DR, "fe80::6c54:d4ff:fec7:a66e");
    }

    private static Ospf6NeighborView neighbor(int id, long deadMillis, long upMillis, InterfaceState ifState,
                                              String linkLocal) {
        return new Ospf6NeighborView(id, 1, NeighborState.FULL, F2, F1, deadMillis, upMillis, "eth0", 2, ifState,
                false, AreaId.parse("0.0.0.0"), 2, IpAddresses.parseIpv6(linkLocal), 0, 0x5c3f0a12, List.of(),
                List.of(), List.of(), Ospf6PendingList.IDLE, -1, Ospf6PendingList.IDLE, Ospf6PendingList.IDLE, null);
    }

    @Test
    void briefAsRecordedOnF1() {
        assertEquals(Ospf6Recordings.frr("F1/show_ipv6_ospf6_neighbor.txt"),
                ShowOspf6Neighbors.render(List.of(f2SeenByF1(31_870, 8_200)), Level.BRIEF, false));
    }

    @Test
    void briefAsRecordedOnF2() {
        assertEquals(Ospf6Recordings.frr("F2/show_ipv6_ospf6_neighbor.txt"),
                ShowOspf6Neighbors.render(List.of(f1SeenByF2(38_010, 10_999)), Level.BRIEF, false));
    }

    @Test
    void jsonAsRecordedOnF1AndF2() {
        assertEquals(Ospf6Recordings.frr("F1/show_ipv6_ospf6_neighbor_json.txt"),
                ShowOspf6Neighbors.render(List.of(f2SeenByF1(39_500, 10_000)), Level.BRIEF, true));
        assertEquals(Ospf6Recordings.frr("F2/show_ipv6_ospf6_neighbor_json.txt"),
                ShowOspf6Neighbors.render(List.of(f1SeenByF2(38_000, 11_000)), Level.BRIEF, true));
    }

    @Test
    void emptyListStillHasTheHeaderAndJsonArray() {
        assertEquals("Neighbor ID     Pri    DeadTime    State/IfState         Duration I/F[State]\n",
                ShowOspf6Neighbors.render(List.of(), Level.BRIEF, false));
        assertEquals("{\n  \"neighbors\":[\n  ]\n}\n", ShowOspf6Neighbors.render(List.of(), Level.BRIEF, true));
    }

    @Test
    void roleIsWhatTheNeighborDeclaresAndPointToPointOverrides() {
        Ospf6NeighborView other = new Ospf6NeighborView(0x0a0a0a0a, 0, NeighborState.TWO_WAY, F2, F1, -1,
                3_725_000, "eth1", 3, InterfaceState.DR_OTHER, false, AreaId.parse("1"), 7,
                IpAddresses.parseIpv6("fe80::1"), 0, 0, List.of(), List.of(), List.of(), Ospf6PendingList.IDLE, -1,
                Ospf6PendingList.IDLE, Ospf6PendingList.IDLE, null);
        // "%-15s %3d %11s %8s/%-12s %11s %s[%s]": no inactivity timer prints 00:00:00; timerstring 1h02m05s
        assertEquals("10.10.10.10       0    00:00:00   Twoway/DROther         01:02:05 eth1[DROther]\n",
                ShowOspf6Neighbors.render(List.of(other), Level.BRIEF, false).lines().skip(1).findFirst()
                        .orElseThrow() + "\n");
        Ospf6NeighborView p2p = new Ospf6NeighborView(F2, 1, NeighborState.FULL, F2, 0, 5_000, 90_061_000, "eth0",
                2, InterfaceState.POINT_TO_POINT, true, AreaId.parse("0.0.0.0"), 2, IpAddresses.parseIpv6("fe80::2"),
                0, 0, List.of(), List.of(), List.of(), Ospf6PendingList.IDLE, -1, Ospf6PendingList.IDLE,
                Ospf6PendingList.IDLE, null);
        // a day and more: timerstring's "%lldd%02lld:%02lld:%02lld"
        assertEquals("10.255.0.2        1    00:00:05     Full/PointToPoint  1d01:01:01 eth0[PointToPoint]\n",
                ShowOspf6Neighbors.render(List.of(p2p), Level.BRIEF, false).lines().skip(1).findFirst()
                        .orElseThrow() + "\n");
    }

    /**
     * ospf6_neighbor_show_drchoice: "%-15s %8s/%-11s %-15s %-15s %s[%s]" under the header printed by
     * ospf6_neighbor_show_detail_common.
     */
    @Test
    void drChoice() {
        assertEquals("RouterID           State/Duration    DR              BDR             I/F[State]\n"
                + "10.255.0.2          Full/00:00:08    10.255.0.2      10.255.0.1      eth0[BDR]\n",
                ShowOspf6Neighbors.render(List.of(f2SeenByF1(31_000, 8_000)), Level.DRCHOICE, false));
        assertEquals("{\n  \"neighbors\":[\n    {\n      \"routerId\":\"10.255.0.2\",\n      \"state\":\"Full\",\n"
                + "      \"duration\":\"00:00:08\",\n      \"dRouter\":\"10.255.0.2\",\n"
                + "      \"bdRouter\":\"10.255.0.1\",\n      \"interfaceName\":\"eth0\",\n"
                + "      \"interfaceState\":\"BDR\"\n    }\n  ]\n}\n",
                ShowOspf6Neighbors.render(List.of(f2SeenByF1(31_000, 8_000)), Level.DRCHOICE, true));
    }

    /** ospf6_neighbor_show_detail (text), frr-8.4.4 ospf6d/ospf6_neighbor.c lines 973-1083; no BFD session. */
    @Test
    void detailText() {
        assertEquals(" Neighbor 10.255.0.2%eth0\n"
                + "    Area 0.0.0.0 via interface eth0 (ifindex 2)\n"
                + "    His IfIndex: 2 Link-local address: fe80::5c9f:80ff:fea5:91e5\n"
                + "    State Full for a duration of 00:00:08\n"
                + "    His choice of DR/BDR 10.255.0.2/10.255.0.1, Priority 1\n"
                + "    DbDesc status: Slave SeqNum: 0x5c3f0a12\n"
                + "    Summary-List: 0 LSAs\n"
                + "    Request-List: 0 LSAs\n"
                + "    Retrans-List: 0 LSAs\n"
                + "    0 Pending LSAs for DbDesc in Time 00:00:00 [thread off]\n"
                + "    0 Pending LSAs for LSReq in Time 00:00:00 [thread off]\n"
                + "    0 Pending LSAs for LSUpdate in Time 00:00:00 [thread off]\n"
                + "    0 Pending LSAs for LSAck in Time 00:00:00 [thread off]\n"
                + "    Authentication header not present\n",
                ShowOspf6Neighbors.render(List.of(f2SeenByF1(31_000, 8_000)), Level.DETAIL, false));
    }

    /** Lists with LSAs, DbDesc bits, a zero sequence ("%#lx" prints "0"), running threads and auth counters. */
    @Test
    void detailTextWithQueuesAndAuthentication() {
        LsaKey rtr = new LsaKey(LsaTypes.V3_ROUTER, 0, F1);
        LsaKey lnk = new LsaKey(LsaTypes.V3_LINK, 2, F1);
        LsaKey unknown = new LsaKey(0xa00c, 1, F1);
        Ospf6NeighborView n = new Ospf6NeighborView(F2, 1, NeighborState.EXCHANGE, F2, F1, 35_000, 1_000, "eth0", 2,
                InterfaceState.BACKUP, false, AreaId.parse("0"), 2, IpAddresses.parseIpv6("fe80::2"),
                Ospf6NeighborView.DBDESC_I | Ospf6NeighborView.DBDESC_M | Ospf6NeighborView.DBDESC_MS, 0,
                List.of(rtr, lnk), List.of(unknown), List.of(), new Ospf6PendingList(List.of(lnk), 1_500), 4_999,
                Ospf6PendingList.IDLE, Ospf6PendingList.IDLE,
                new Ospf6NeighborView.AuthSequences(List.of(0xab, 0, 0, 0, 0x7fffffff), List.of(1, 0, 0, 0, 0)));
        assertEquals(" Neighbor 10.255.0.2%eth0\n"
                + "    Area 0 via interface eth0 (ifindex 2)\n"
                + "    His IfIndex: 2 Link-local address: fe80::2\n"
                + "    State ExChange for a duration of 00:00:01\n"
                + "    His choice of DR/BDR 10.255.0.2/10.255.0.1, Priority 1\n"
                + "    DbDesc status: Initial More Master SeqNum: 0\n"
                + "    Summary-List: 2 LSAs\n"
                + "      [Router Id:0.0.0.0 Adv:10.255.0.1]\n"
                + "      [Link Id:0.0.0.2 Adv:10.255.0.1]\n"
                + "    Request-List: 1 LSAs\n"
                + "      [0xa00c Id:0.0.0.1 Adv:10.255.0.1]\n"
                + "    Retrans-List: 0 LSAs\n"
                + "    1 Pending LSAs for DbDesc in Time 00:00:01 [thread on]\n"
                + "      [Link Id:0.0.0.2 Adv:10.255.0.1]\n"
                + "    1 Pending LSAs for LSReq in Time 00:00:04 [thread on]\n"
                + "      [0xa00c Id:0.0.0.1 Adv:10.255.0.1]\n"
                + "    0 Pending LSAs for LSUpdate in Time 00:00:00 [thread off]\n"
                + "    0 Pending LSAs for LSAck in Time 00:00:00 [thread off]\n"
                + "    Authentication header present\n"
                + "\t\t\t hello        DBDesc       LSReq        LSUpd        LSAck\n"
                + "      Higher sequence no 0xAB         0x0          0x0          0x0          0x7FFFFFFF  \n"
                + "      Lower sequence no  0x1          0x0          0x0          0x0          0x0         \n",
                ShowOspf6Neighbors.render(List.of(n), Level.DETAIL, false));
    }

    /** ospf6_neighbor_show_detail (JSON), ospf6_neighbor.c lines 789-971: keyed by on->name. */
    @Test
    void detailJson() {
        assertEquals("{\n"
                + "  \"10.255.0.2%eth0\":{\n"
                + "    \"area\":\"0.0.0.0\",\n"
                + "    \"interface\":\"eth0\",\n"
                + "    \"interfaceIndex\":2,\n"
                + "    \"neighborInterfaceIndex\":2,\n"
                + "    \"linkLocalAddress\":\"fe80::5c9f:80ff:fea5:91e5\",\n"
                + "    \"neighborState\":\"Full\",\n"
                + "    \"neighborStateDuration\":\"00:00:08\",\n"
                + "    \"neighborDRouter\":\"10.255.0.2\",\n"
                + "    \"neighborBdRouter\":\"10.255.0.1\",\n"
                + "    \"dbDescStatus\":\"Slave\",\n"
                + "    \"dbDescSeqNumber\":1547635218,\n"
                + "    \"summaryListCount\":0,\n"
                + "    \"summaryListLsa\":[\n    ],\n"
                + "    \"requestListCount\":0,\n"
                + "    \"requestListLsa\":[\n    ],\n"
                + "    \"reTransListCount\":0,\n"
                + "    \"reTransListLsa\":[\n    ],\n"
                + "    \"pendingLsaDbDescCount\":0,\n"
                + "    \"pendingLsaDbDescTime\":\"00:00:00\",\n"
                + "    \"dbDescSendThread\":\"off\",\n"
                + "    \"pendingLsaDbDesc\":[\n    ],\n"
                + "    \"pendingLsaLsReqCount\":0,\n"
                + "    \"pendingLsaLsReqTime\":\"00:00:00\",\n"
                + "    \"lsReqSendThread\":\"off\",\n"
                + "    \"pendingLsaLsReq\":[\n    ],\n"
                + "    \"pendingLsaLsUpdateCount\":0,\n"
                + "    \"pendingLsaLsUpdateTime\":\"00:00:00\",\n"
                + "    \"lsUpdateSendThread\":\"off\",\n"
                + "    \"pendingLsaLsUpdate\":[\n    ],\n"
                + "    \"pendingLsaLsAckCount\":0,\n"
                + "    \"pendingLsaLsAckTime\":\"00:00:00\",\n"
                + "    \"lsAckSendThread\":\"off\",\n"
                + "    \"pendingLsaLsAck\":[\n    ],\n"
                + "    \"authStatus\":\"disabled\"\n"
                + "  }\n"
                + "}\n", ShowOspf6Neighbors.render(List.of(f2SeenByF1(31_000, 8_000)), Level.DETAIL, true));
    }

    @Test
    void detailJsonSpellsMoreWithoutSpaceAndListsAuthCounters() {
        Ospf6NeighborView n = new Ospf6NeighborView(F2, 1, NeighborState.EXCHANGE, F2, F1, 35_000, 1_000, "eth0", 2,
                InterfaceState.BACKUP, false, AreaId.parse("0"), 2, IpAddresses.parseIpv6("fe80::2"),
                Ospf6NeighborView.DBDESC_M | Ospf6NeighborView.DBDESC_MS, -1, List.of(), List.of(), List.of(),
                Ospf6PendingList.IDLE, -1, Ospf6PendingList.IDLE, Ospf6PendingList.IDLE,
                new Ospf6NeighborView.AuthSequences(List.of(1, 2, 3, 4, -1), List.of(0, 0, 0, 0, 0)));
        String json = ShowOspf6Neighbors.render(List.of(n), Level.DETAIL, true);
        assertEquals(true, json.contains("\"dbDescStatus\":\"MoreMaster\",\n    \"dbDescSeqNumber\":4294967295,"),
                json);
        assertEquals(true, json.endsWith("\"authStatus\":\"enabled\",\n"
                + "    \"recvdHelloHigherSeqNo\":1,\n    \"recvdHelloLowerSeqNo\":0,\n"
                + "    \"recvdDBDescHigherSeqNo\":2,\n    \"recvdDBDescLowerSeqNo\":0,\n"
                + "    \"recvdLSReqHigherSeqNo\":3,\n    \"recvdLSReqLowerSeqNo\":0,\n"
                + "    \"recvdLSUpdHigherSeqNo\":4,\n    \"recvdLSUpdLowerSeqNo\":0,\n"
                + "    \"recvdLSAckHigherSeqNo\":4294967295,\n    \"recvdLSAckLowerSeqNo\":0\n  }\n}\n"), json);
    }

    /** `show ipv6 ospf6 neighbor A.B.C.D`: the detail of that router id only (ospf6_neighbor_show_common). */
    @Test
    void oneNeighborByRouterId() {
        List<Ospf6NeighborView> both = List.of(f2SeenByF1(31_000, 8_000), f1SeenByF2(31_000, 8_000));
        assertEquals(ShowOspf6Neighbors.render(List.of(both.get(1)), Level.DETAIL, false),
                ShowOspf6Neighbors.one(both, F1, false));
        assertEquals("", ShowOspf6Neighbors.one(both, 0x01020304, false));
        assertEquals("{\n}\n", ShowOspf6Neighbors.one(both, 0x01020304, true));
    }
}
