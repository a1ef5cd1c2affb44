package dev.ferry.ospfd.ospf6.show;

import dev.ferry.ospfd.lsa.LsaKey;
import java.util.List;

/**
 * An LSA queue waiting for a send thread (a neighbor's or interface's DbDesc, LSReq, LSUpdate or LSAck list), as
 * FRR prints it: "0 Pending LSAs for LSUpdate in Time 00:00:00 [thread off]" followed by the LSAs' names.
 *
 * @param lsas the queued LSAs, in queue order
 * @param dueMillis time until the send thread runs, -1 when no thread is scheduled
 */
public record Ospf6PendingList(List<LsaKey> lsas, long dueMillis) {
    /** An empty queue with its thread off, as an idle adjacency has. */
    public static final Ospf6PendingList IDLE = new Ospf6PendingList(List.of(), -1);

    public Ospf6PendingList {
        lsas = List.copyOf(lsas);
    }

    boolean threadOn() {
        return dueMillis >= 0;
    }

    String time() {
        return Ospf6Times.remaining(dueMillis);
    }

    String thread() {
        return threadOn() ? "on" : "off";
    }
}
