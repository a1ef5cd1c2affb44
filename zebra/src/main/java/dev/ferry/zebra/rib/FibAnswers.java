package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dataplane's answers to ops, in the order it had them: each op and its {@link FibResult}. Two arrays sized
 * for the ops the dataplane took at once: ops wait for their answers by the thousand, and every young collection
 * promotes what is in flight then, so an answer is two array slots rather than an object and a list's growth.
 * Filled by the dataplane's thread, then read on the RIB's loop.
 */
public final class FibAnswers {
    private FibOp[] ops;
    private FibResult[] results;
    private int size;

    /** @param expected how many answers are coming (more are taken, at the cost of growing) */
    public FibAnswers(int expected) {
        ops = new FibOp[Math.max(1, expected)];
        results = new FibResult[ops.length];
    }

    public void add(FibOp op, FibResult result) {
        if (size == ops.length) {
            ops = Arrays.copyOf(ops, size * 2);
            results = Arrays.copyOf(results, size * 2);
        }
        ops[size] = op;
        results[size++] = result;
    }

    /** These answers in arrays with room for {@code expected} in all: this object if it has it. */
    public FibAnswers presized(int expected) {
        if (expected <= ops.length) {
            return this;
        }
        FibAnswers a = new FibAnswers(expected);
        System.arraycopy(ops, 0, a.ops, 0, size);
        System.arraycopy(results, 0, a.results, 0, size);
        a.size = size;
        return a;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public FibOp op(int i) {
        return ops[i];
    }

    public FibResult result(int i) {
        return results[i];
    }

    /** The results alone, in order (tests and diagnostics). */
    public List<FibResult> results() {
        return new ArrayList<>(Arrays.asList(results).subList(0, size));
    }
}
