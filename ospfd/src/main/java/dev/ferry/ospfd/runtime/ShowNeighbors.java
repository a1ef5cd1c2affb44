package dev.ferry.ospfd.runtime;

import dev.ferry.lib.json.JsonWriter;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.wire.RouterIds;

/** `show ip ospf neighbor [json]`, FRR 8.4's columns and keys. */
final class ShowNeighbors {
    private ShowNeighbors() {
    }

    static String render(OspfRouter router, boolean json) {
        if (json) {
            JsonWriter w = new JsonWriter().beginObject().name("neighbors").beginObject();
            if (router != null) {
                for (Link l : router.links()) {
                    for (Neighbor n : l.neighbors()) {
                        w.name(n.label()).beginArray();
                        neighborJson(w, l, n);
                        w.endArray();
                    }
                }
            }
            return w.endObject().endObject() + "\n";
        }
        StringBuilder sb = new StringBuilder("\nNeighbor ID     Pri State           Up Time         Dead Time Address"
                + "         Interface                        RXmtL RqstL DBsmL\n");
        if (router != null) {
            for (Link l : router.links()) {
                for (Neighbor n : l.neighbors()) {
                    sb.append(String.format("%-15s %3d %-15s %-15s %9s %-15s %-32s %5d %5d %5d%n", n.label(),
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
