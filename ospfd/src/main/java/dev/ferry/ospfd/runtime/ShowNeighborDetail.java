package dev.ferry.ospfd.runtime;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.core.fsm.NeighborState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `show ip ospf neighbor detail [json]`: FRR 8.4's show_ip_ospf_neighbor_detail_sub, one paragraph per
 * neighbor. The values are gathered into {@link View} first so that the rendering is pure.
 */
final class ShowNeighborDetail {
    /**
     * One neighbor.
     *
     * @param progressMillis since the last state change (FRR's last progressive change), -1 if unknown
     * @param deadMillis until the inactivity timer fires, -1 when it is not running
     */
    record View(int routerId, int address, String area, String ifaceName, int localAddress, int priority,
            String state, String role, int stateChanges, long progressMillis, int declaredDr, int declaredBdr,
            int options, long deadMillis, int summaryList, int requestList, int retransmitList,
            boolean ddRetransmitting, boolean requestRetransmitting, boolean updateRetransmitting) {
    }

    private ShowNeighborDetail() {
    }

    static View of(Link l, Neighbor n) {
        NeighborState s = n.state();
        boolean exchanging = s == NeighborState.EX_START || s == NeighborState.EXCHANGE;
        return new View(n.routerId, n.address, l.area.label(), l.name, l.address, n.priority,
                ShowNeighbors.state(l, n), ShowNeighbors.role(l, n), n.stateChanges, n.upMillis(), n.declaredDr,
                n.declaredBdr, n.options, n.deadMillis(), n.exchange.summarySize(), n.requests.size(),
                n.retransmissions.size(), exchanging, !n.requests.isEmpty(), !n.retransmissions.isEmpty());
    }

    /** Every neighbor past Down, link by link. */
    static List<View> all(OspfRouter router) {
        List<View> out = new ArrayList<>();
        for (Link l : router.links()) {
            for (Neighbor n : l.neighbors()) {
                if (n.state() != NeighborState.DOWN) {
                    out.add(of(l, n));
                }
            }
        }
        return out;
    }

    static String text(List<View> views) {
        StringBuilder sb = new StringBuilder();
        for (View v : views) {
            sb.append(" Neighbor ").append(ShowFormat.ip(v.routerId())).append(", interface address ")
                    .append(ShowFormat.ip(v.address())).append('\n');
            sb.append("    In the area ").append(v.area()).append(" via interface ").append(v.ifaceName())
                    .append(" local interface IP ").append(ShowFormat.ip(v.localAddress())).append('\n');
            sb.append("    Neighbor priority is ").append(v.priority()).append(", State is ").append(v.state())
                    .append(", Role is ").append(v.role()).append(", ").append(v.stateChanges())
                    .append(" state changes\n");
            if (v.progressMillis() >= 0) {
                sb.append("    Most recent state change statistics:\n      Progressive change ")
                        .append(ShowTimes.duration(v.progressMillis())).append(" ago\n");
            }
            sb.append("    DR is ").append(ShowFormat.ip(v.declaredDr())).append(", BDR is ")
                    .append(ShowFormat.ip(v.declaredBdr())).append('\n');
            sb.append("    Options ").append(v.options()).append(' ').append(ShowFormat.options(v.options()))
                    .append('\n');
            sb.append("    Dead timer due in ").append(ShowTimes.duration(v.deadMillis())).append('\n');
            sb.append("    Database Summary List ").append(v.summaryList()).append('\n');
            sb.append("    Link State Request List ").append(v.requestList()).append('\n');
            sb.append("    Link State Retransmission List ").append(v.retransmitList()).append('\n');
            sb.append("    Thread Inactivity Timer ").append(onOff(v.deadMillis() >= 0)).append('\n');
            sb.append("    Thread Database Description Retransmision ").append(onOff(v.ddRetransmitting()))
                    .append('\n');
            sb.append("    Thread Link State Request Retransmission ").append(onOff(v.requestRetransmitting()))
                    .append('\n');
            sb.append("    Thread Link State Update Retransmission ").append(onOff(v.updateRetransmitting()))
                    .append("\n\n");
            sb.append("    Graceful restart Helper info:\n      Graceful Restart HELPER Status : None\n\n");
        }
        return sb.append('\n').toString();
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    /** The "neighbors" object: router id to the array of its entries (one per link it is seen on). */
    static void json(JsonWriter w, List<View> views) {
        Map<Integer, List<View>> byId = new LinkedHashMap<>();
        for (View v : views) {
            byId.computeIfAbsent(v.routerId(), k -> new ArrayList<>()).add(v);
        }
        w.name("neighbors").beginObject();
        for (Map.Entry<Integer, List<View>> e : byId.entrySet()) {
            w.name(ShowFormat.ip(e.getKey())).beginArray();
            for (View v : e.getValue()) {
                entryJson(w, v);
            }
            w.endArray();
        }
        w.endObject();
    }

    private static void entryJson(JsonWriter w, View v) {
        w.beginObject().field("ifaceAddress", ShowFormat.ip(v.address())).field("areaId", v.area())
                .field("ifaceName", v.ifaceName()).field("localIfaceAddress", ShowFormat.ip(v.localAddress()))
                .field("nbrPriority", v.priority()).field("nbrState", v.state()).field("role", v.role())
                .field("stateChangeCounter", v.stateChanges());
        if (v.progressMillis() >= 0) {
            w.field("lastPrgrsvChangeMsec", v.progressMillis());
        }
        w.field("routerDesignatedId", ShowFormat.ip(v.declaredDr()))
                .field("routerDesignatedBackupId", ShowFormat.ip(v.declaredBdr()))
                .field("optionsCounter", v.options()).field("optionsList", ShowFormat.options(v.options()))
                .field("routerDeadIntervalTimerDueMsec", v.deadMillis())
                .field("databaseSummaryListCounter", v.summaryList())
                .field("linkStateRequestListCounter", v.requestList())
                .field("linkStateRetransmissionListCounter", v.retransmitList());
        if (v.deadMillis() >= 0) {
            w.field("threadInactivityTimer", "on");
        }
        if (v.ddRetransmitting()) {
            w.field("threadDatabaseDescriptionRetransmission", "on");
        }
        if (v.requestRetransmitting()) {
            w.field("threadLinkStateRequestRetransmission", "on");
        }
        if (v.updateRetransmitting()) {
            w.field("threadLinkStateUpdateRetransmission", "on");
        }
        w.field("grHelperStatus", "None").endObject();
    }
}
