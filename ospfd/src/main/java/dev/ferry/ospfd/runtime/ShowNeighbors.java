package dev.ferry.ospfd.runtime;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `show ip ospf neighbor [json]`, FRR 8.4's columns and keys. */
final class ShowNeighbors {
    private ShowNeighbors() {
    }

    static String render(OspfRouter router, boolean json) {
        if (json) {
            JsonWriter w = new JsonWriter().beginObject();
            json(w, router);
            return w.endObject().toString();
        }
        return text(router);
    }

    /** The "neighbors" member: router id to its entries, one per link it is seen on. */
    static void json(JsonWriter w, OspfRouter router) {
        Map<Integer, List<Runnable>> byId = new LinkedHashMap<>();
        if (router != null) {
            for (Link l : router.links()) {
                for (Neighbor n : l.neighbors()) {
                    if (n.state() != NeighborState.DOWN) {
                        byId.computeIfAbsent(n.routerId, k -> new ArrayList<>())
                                .add(() -> neighborJson(w, l, n));
                    }
                }
            }
        }
        w.name("neighbors").beginObject();
        byId.forEach((id, entries) -> {
            w.name(RouterIds.format(id)).beginArray();
            entries.forEach(Runnable::run);
            w.endArray();
        });
        w.endObject();
    }

    static String text(OspfRouter router) {
        StringBuilder sb = new StringBuilder("\nNeighbor ID     Pri State           Up Time         Dead Time Address"
                + "         Interface                        RXmtL RqstL DBsmL\n");
        if (router != null) {
            for (Link l : router.links()) {
                for (Neighbor n : l.neighbors()) {
                    if (n.state() == NeighborState.DOWN) {
                        continue;
                    }
                    sb.append(String.format("%-15s %3d %-15s %-15s %9s %-15s %-32s %5d %5d %5d\n", n.label(),
                            n.priority, state(l, n), ShowTimes.duration(n.upMillis()),
                            ShowTimes.duration(n.deadMillis()), RouterIds.format(n.address), l.label(),
                            n.retransmissions.size(), n.requests.size(), n.exchange.summarySize()));
                }
            }
        }
        return sb.append("\n").toString();
    }

    private static void neighborJson(JsonWriter w, Link l, Neighbor n) {
        w.beginObject().field("priority", n.priority).field("state", state(l, n)).field("nbrPriority", n.priority)
                .field("nbrState", state(l, n)).field("converged", n.state().frrName()).field("role", role(l, n))
                .field("upTimeInMsec", n.upMillis()).field("deadTimeMsecs", n.deadMillis())
                .field("routerDeadIntervalTimerDueMsec", n.deadMillis())
                .field("upTime", ShowTimes.duration(n.upMillis())).field("deadTime", ShowTimes.duration(n.deadMillis()))
                .field("address", RouterIds.format(n.address)).field("ifaceAddress", RouterIds.format(n.address))
                .field("ifaceName", l.label()).field("retransmitCounter", n.retransmissions.size())
                .field("linkStateRetransmissionListCounter", n.retransmissions.size())
                .field("requestCounter", n.requests.size()).field("linkStateRequestListCounter", n.requests.size())
                .field("dbSummaryCounter", n.exchange.summarySize())
                .field("databaseSummaryListCounter", n.exchange.summarySize()).endObject();
    }

    /** "Full/DR": the neighbor's state and its role on the link (FRR's ospf_nbr_ism_state_message). */
    static String state(Link l, Neighbor n) {
        return n.state().frrName() + "/" + role(l, n);
    }

    static String role(Link l, Neighbor n) {
        if (n.address == l.dr() && n.state().ordinal() >= NeighborState.TWO_WAY.ordinal()) {
            return InterfaceState.DR.frrName();
        }
        if (n.address == l.bdr() && n.state().ordinal() >= NeighborState.TWO_WAY.ordinal()) {
            return InterfaceState.BACKUP.frrName();
        }
        return InterfaceState.DR_OTHER.frrName();
    }
}
