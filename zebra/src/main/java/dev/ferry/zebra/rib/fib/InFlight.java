package dev.ferry.zebra.rib.fib;

import dev.ferry.zebra.rib.FibOp;

/**
 * What the dataplane gave its batcher and has no answer for yet, in sequence order (the order the batcher
 * answers in): each op with the nexthop object its request named (0 for none), and each nexthop object
 * creation (no op, its object's id). Two arrays in a ring, so a route in flight costs no allocation. Owned by
 * the dataplane's thread.
 */
final class InFlight {
    private FibOp[] ops = new FibOp[512];
    private int[] ids = new int[512];
    private int head;
    private int size;

    void addOp(FibOp op, int nexthopId) {
        add(op, nexthopId);
    }

    void addCreation(int nexthopId) {
        add(null, nexthopId);
    }

    private void add(FibOp op, int id) {
        if (size == ops.length) {
            grow();
        }
        int at = (head + size) & (ops.length - 1);
        ops[at] = op;
        ids[at] = id;
        size++;
    }

    private void grow() {
        FibOp[] o = new FibOp[ops.length * 2];
        int[] i = new int[ops.length * 2];
        for (int k = 0; k < size; k++) {
            o[k] = ops[(head + k) & (ops.length - 1)];
            i[k] = ids[(head + k) & (ops.length - 1)];
        }
        ops = o;
        ids = i;
        head = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The op of the {@code k}th oldest entry, null for a creation. */
    FibOp op(int k) {
        return ops[(head + k) & (ops.length - 1)];
    }

    /** The nexthop object id of the {@code k}th oldest entry. */
    int id(int k) {
        return ids[(head + k) & (ops.length - 1)];
    }

    void removeFirst() {
        ops[head] = null;
        head = (head + 1) & (ops.length - 1);
        size--;
    }

    /** Takes back the newest entry if it is {@code op}'s: its request could not be encoded. */
    void removeLastIf(FibOp op) {
        int last = (head + size - 1) & (ops.length - 1);
        if (size > 0 && ops[last] == op) {
            ops[last] = null;
            size--;
        }
    }
}
