package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;

/**
 * `show ipv6 ospf6 neighbor [detail|drchoice] [json]` and `show ipv6 ospf6 neighbor A.B.C.D [json]`, as FRR 8.4's
 * ospf6_neighbor.c prints them (ospf6_neighbor_show, _show_drchoice, _show_detail, _show_detail_common).
 * Neighbors are listed in the order given: FRR walks areas, then each area's interfaces, then their neighbors.
 */
public final class ShowOspf6Neighbors {
    /** Which of FRR's three neighbor renderings. */
    public enum Level { BRIEF, DETAIL, DRCHOICE }

    private ShowOspf6Neighbors() {
    }

    /** `show ipv6 ospf6 neighbor [detail|drchoice] [json]`. */
    public static String render(List<Ospf6NeighborView> neighbors, Level level, boolean json) {
        if (json) {
            JsonWriter w = new JsonWriter().beginObject();
            if (level == Level.DETAIL) {
                neighbors.forEach(n -> detailJson(w, n));
            } else {
                w.name("neighbors").beginArray();
                neighbors.forEach(n -> {
                    if (level == Level.BRIEF) {
                        briefJson(w, n);
                    } else {
                        drChoiceJson(w, n);
                    }
                });
                w.endArray();
            }
            return Ospf6Json.vtyJson(w.endObject());
        }
        StringBuilder sb = new StringBuilder();
        switch (level) {
            case BRIEF -> {
                sb.append(String.format("%-15s %3s %11s %8s/%-12s %11s %s[%s]\n", "Neighbor ID", "Pri", "DeadTime",
                        "State", "IfState", "Duration", "I/F", "State"));
                neighbors.forEach(n -> briefText(sb, n));
            }
            case DRCHOICE -> {
                sb.append(String.format("%-15s %8s/%-11s %-15s %-15s %s[%s]\n", "RouterID", "State", "Duration", "DR",
                        "BDR", "I/F", "State"));
                neighbors.forEach(n -> drChoiceText(sb, n));
            }
            case DETAIL -> neighbors.forEach(n -> detailText(sb, n));
        }
        return sb.toString();
    }

    /** `show ipv6 ospf6 neighbor A.B.C.D [json]`: the detail of every neighbor with that router id. */
    public static String one(List<Ospf6NeighborView> neighbors, int routerId, boolean json) {
        List<Ospf6NeighborView> matching = neighbors.stream().filter(n -> n.routerId() == routerId).toList();
        return render(matching, Level.DETAIL, json);
    }

    /** on->name: "10.255.0.2%eth0". */
    static String name(Ospf6NeighborView n) {
        return RouterIds.format(n.routerId()) + "%" + n.interfaceName();
    }

    /** The neighbor's role as its own hellos declare it; "PointToPoint" on point-to-point interfaces. */
    static String role(Ospf6NeighborView n) {
        if (n.pointToPoint()) {
            return "PointToPoint";
        }
        if (n.routerId() == n.declaredDr()) {
            return "DR";
        }
        return n.routerId() == n.declaredBdr() ? "BDR" : "DROther";
    }

    private static void briefText(StringBuilder sb, Ospf6NeighborView n) {
        sb.append(String.format("%-15s %3d %11s %8s/%-12s %11s %s[%s]\n", RouterIds.format(n.routerId()),
                n.priority(), Ospf6Times.deadTime(n.deadMillis()), n.state().frr6Name(), role(n),
                Ospf6Times.timerstring(n.sinceChangeMillis()), n.interfaceName(), n.interfaceState().frr6Name()));
    }

    private static void briefJson(JsonWriter w, Ospf6NeighborView n) {
        w.beginObject().field("neighborId", RouterIds.format(n.routerId())).field("priority", n.priority())
                .field("deadTime", Ospf6Times.deadTime(n.deadMillis())).field("state", n.state().frr6Name())
                .field("ifState", role(n)).field("duration", Ospf6Times.timerstring(n.sinceChangeMillis()))
                .field("interfaceName", n.interfaceName())
                .field("interfaceState", n.interfaceState().frr6Name()).endObject();
    }

    private static void drChoiceText(StringBuilder sb, Ospf6NeighborView n) {
        sb.append(String.format("%-15s %8s/%-11s %-15s %-15s %s[%s]\n", RouterIds.format(n.routerId()),
                n.state().frr6Name(), Ospf6Times.timerstring(n.sinceChangeMillis()),
                RouterIds.format(n.declaredDr()), RouterIds.format(n.declaredBdr()), n.interfaceName(),
                n.interfaceState().frr6Name()));
    }

    private static void drChoiceJson(JsonWriter w, Ospf6NeighborView n) {
        w.beginObject().field("routerId", RouterIds.format(n.routerId())).field("state", n.state().frr6Name())
                .field("duration", Ospf6Times.timerstring(n.sinceChangeMillis()))
                .field("dRouter", RouterIds.format(n.declaredDr()))
                .field("bdRouter", RouterIds.format(n.declaredBdr())).field("interfaceName", n.interfaceName())
                .field("interfaceState", n.interfaceState().frr6Name()).endObject();
    }

    private static void detailText(StringBuilder sb, Ospf6NeighborView n) {
        sb.append(" Neighbor ").append(name(n)).append('\n');
        sb.append(String.format("    Area %s via interface %s (ifindex %d)\n", n.area(), n.interfaceName(),
                n.interfaceIndex()));
        sb.append(String.format("    His IfIndex: %d Link-local address: %s\n", n.neighborInterfaceId(),
                IpAddresses.formatIpv6(n.linkLocalAddress())));
        sb.append(String.format("    State %s for a duration of %s\n", n.state().frr6Name(),
                Ospf6Times.timerstring(n.sinceChangeMillis())));
        sb.append(String.format("    His choice of DR/BDR %s/%s, Priority %d\n", RouterIds.format(n.declaredDr()),
                RouterIds.format(n.declaredBdr()), n.priority()));
        int bits = n.dbDescBits();
        sb.append(String.format("    DbDesc status: %s%s%s SeqNum: %s\n",
                (bits & Ospf6NeighborView.DBDESC_I) != 0 ? "Initial " : "",
                (bits & Ospf6NeighborView.DBDESC_M) != 0 ? "More " : "",
                (bits & Ospf6NeighborView.DBDESC_MS) != 0 ? "Master" : "Slave", alternateHex(n.dbDescSequence())));
        lsaList(sb, "    Summary-List: %d LSAs\n", n.summaryList());
        lsaList(sb, "    Request-List: %d LSAs\n", n.requestList());
        lsaList(sb, "    Retrans-List: %d LSAs\n", n.retransmitList());
        pending(sb, "DbDesc", n.dbDescPending());
        pending(sb, "LSReq", new Ospf6PendingList(n.requestList(), n.lsReqDueMillis()));
        pending(sb, "LSUpdate", n.lsUpdatePending());
        pending(sb, "LSAck", n.lsAckPending());
        if (n.auth() == null) {
            sb.append("    Authentication header not present\n");
            return;
        }
        sb.append("    Authentication header present\n");
        sb.append("\t\t\t hello        DBDesc       LSReq        LSUpd        LSAck\n");
        sb.append("      Higher sequence no ").append(sequences(n.auth().higher())).append('\n');
        sb.append("      Lower sequence no  ").append(sequences(n.auth().lower())).append('\n');
    }

    /** "0x%-10X" five times, space separated. */
    private static String sequences(List<Integer> values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format("0x%-10X", Integer.toUnsignedLong(v)));
        }
        return sb.toString();
    }

    /** printf "%#lx": "0x" prefix except for zero, which prints "0". */
    static String alternateHex(int value) {
        return value == 0 ? "0" : "0x" + Integer.toHexString(value);
    }

    private static void lsaList(StringBuilder sb, String head, List<LsaKey> lsas) {
        sb.append(String.format(head, lsas.size()));
        lsas.forEach(k -> sb.append("      ").append(Ospf6LsaNames.lsaName(k)).append('\n'));
    }

    static void pending(StringBuilder sb, String what, Ospf6PendingList p) {
        sb.append(String.format("    %d Pending LSAs for %s in Time %s [thread %s]\n", p.lsas().size(), what, p.time(),
                p.thread()));
        p.lsas().forEach(k -> sb.append("      ").append(Ospf6LsaNames.lsaName(k)).append('\n'));
    }

    private static void detailJson(JsonWriter w, Ospf6NeighborView n) {
        int bits = n.dbDescBits();
        w.name(name(n)).beginObject().field("area", n.area().toString()).field("interface", n.interfaceName())
                .field("interfaceIndex", n.interfaceIndex()).field("neighborInterfaceIndex", n.neighborInterfaceId())
                .field("linkLocalAddress", IpAddresses.formatIpv6(n.linkLocalAddress()))
                .field("neighborState", n.state().frr6Name())
                .field("neighborStateDuration", Ospf6Times.timerstring(n.sinceChangeMillis()))
                .field("neighborDRouter", RouterIds.format(n.declaredDr()))
                .field("neighborBdRouter", RouterIds.format(n.declaredBdr()))
                // the JSON spelling has no space after "More" (ospf6_neighbor.c, db_desc_str)
                .field("dbDescStatus", ((bits & Ospf6NeighborView.DBDESC_I) != 0 ? "Initial " : "")
                        + ((bits & Ospf6NeighborView.DBDESC_M) != 0 ? "More" : "")
                        + ((bits & Ospf6NeighborView.DBDESC_MS) != 0 ? "Master" : "Slave"))
                .field("dbDescSeqNumber", Integer.toUnsignedLong(n.dbDescSequence()));
        lsaListJson(w, "summaryListCount", "summaryListLsa", n.summaryList());
        lsaListJson(w, "requestListCount", "requestListLsa", n.requestList());
        lsaListJson(w, "reTransListCount", "reTransListLsa", n.retransmitList());
        pendingJson(w, "DbDesc", "dbDescSendThread", n.dbDescPending());
        pendingJson(w, "LsReq", "lsReqSendThread", new Ospf6PendingList(n.requestList(), n.lsReqDueMillis()));
        pendingJson(w, "LsUpdate", "lsUpdateSendThread", n.lsUpdatePending());
        pendingJson(w, "LsAck", "lsAckSendThread", n.lsAckPending());
        if (n.auth() == null) {
            w.field("authStatus", "disabled");
        } else {
            w.field("authStatus", "enabled");
            String[] types = {"Hello", "DBDesc", "LSReq", "LSUpd", "LSAck"};
            for (int i = 0; i < types.length; i++) {
                w.field("recvd" + types[i] + "HigherSeqNo", Integer.toUnsignedLong(n.auth().higher().get(i)));
                w.field("recvd" + types[i] + "LowerSeqNo", Integer.toUnsignedLong(n.auth().lower().get(i)));
            }
        }
        w.endObject();
    }

    private static void lsaListJson(JsonWriter w, String countKey, String listKey, List<LsaKey> lsas) {
        w.field(countKey, lsas.size());
        names(w.name(listKey), lsas);
    }

    /** "pendingLsa&lt;What&gt;Count", "...Time", the thread key, then the "pendingLsa&lt;What&gt;" names. */
    static void pendingJson(JsonWriter w, String what, String threadKey, Ospf6PendingList p) {
        w.field("pendingLsa" + what + "Count", p.lsas().size()).field("pendingLsa" + what + "Time", p.time())
                .field(threadKey, p.thread());
        names(w.name("pendingLsa" + what), p.lsas());
    }

    private static void names(JsonWriter w, List<LsaKey> lsas) {
        w.beginArray();
        lsas.forEach(k -> w.value(Ospf6LsaNames.lsaName(k)));
        w.endArray();
    }
}
