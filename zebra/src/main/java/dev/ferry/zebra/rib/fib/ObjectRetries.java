package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.NetlinkError;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RouteOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Installs the kernel refused while they named a nexthop object (whose object it may have deleted behind
 * zebra's back, see {@link NexthopObjects}), to be sent once more with their gateway. The dataplane sends them
 * right after the answers that refused them, before any newer op; the answer to that second request is final.
 * A retry is dropped, its first answer standing, when a newer op for the same route was sent after it: that op
 * decides what the kernel holds (the RIB heeds only a route's latest op). Owned by the dataplane's thread.
 */
final class ObjectRetries {
    /** An op to send again, and the answer it gets if it is not. */
    record Retry(FibOp op, NetlinkError firstAnswer) {
    }

    private final List<Retry> due = new ArrayList<>();
    private final List<Integer> duePositions = new ArrayList<>();
    /** Every op answered since the first retry came, in order, the retries among them. */
    private final List<FibOp> answered = new ArrayList<>();

    /** An op that named an object was refused, or its object was: send it again. */
    void refused(FibOp op, NetlinkError firstAnswer) {
        due.add(new Retry(op, firstAnswer));
        duePositions.add(answered.size());
        answered.add(op);
    }

    /** Any other op was answered (only what comes after a retry can supersede it). */
    void answered(FibOp op) {
        if (!due.isEmpty()) {
            answered.add(op);
        }
    }

    boolean isEmpty() {
        return due.isEmpty();
    }

    /**
     * Takes the retries due, in order, and forgets them. Those a newer op for the same route supersedes, answered
     * already or still in flight, go to {@code superseded} instead.
     */
    List<Retry> take(InFlight inFlight, List<Retry> superseded) {
        Map<RouteKey, Integer> newest = new HashMap<>();
        for (int i = 0; i < answered.size(); i++) {
            put(newest, answered.get(i), i);
        }
        for (int k = 0; k < inFlight.size(); k++) {
            put(newest, inFlight.op(k), answered.size() + k);
        }
        List<Retry> send = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            Retry r = due.get(i);
            boolean newer = newest.get(RouteKey.of((RouteOp) r.op())) > duePositions.get(i);
            (newer ? superseded : send).add(r);
        }
        due.clear();
        duePositions.clear();
        answered.clear();
        return send;
    }

    private static void put(Map<RouteKey, Integer> newest, FibOp op, int position) {
        if (op instanceof RouteOp r) {
            newest.put(RouteKey.of(r), position);
        }
    }

    /** A route in the kernel: its table and prefix. */
    private record RouteKey(int table, Prefix prefix) {
        static RouteKey of(RouteOp op) {
            return new RouteKey(op.tableId(), op.prefix());
        }
    }
}
