package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The RIB's side of the dataplane boundary: collects the ops of a processing batch and submits them as one
 * batch, bounds the ops in flight (the work queue pauses when the dataplane falls behind, as FRR's meta queue
 * does when the dplane queue is full), remembers the latest op per destination so an answer to a superseded
 * op is ignored, and routes each answer to the part that asked. A route's latest op is numbered in its node
 * (a route op per route is the hot path: no map); an LSP's is kept in a map by label.
 */
final class FibDispatcher implements FibResultSink {
    /**
     * The largest window: the RIB stops submitting once this many ops are in flight (a node adds at most a few
     * more), so a node's 16-bit op numbers never come round to one still in flight.
     */
    static final int MAX_WINDOW = 60_000;

    private final Rib rib;
    private final FibPort port;
    private final int window;
    private List<FibOp> batch = new ArrayList<>();
    private final Map<Object, FibOp> latest = new HashMap<>();
    private int inFlight;

    FibDispatcher(Rib rib, FibPort port, int window) {
        if (window > MAX_WINDOW) {
            throw new IllegalArgumentException("window " + window + " > " + MAX_WINDOW);
        }
        this.rib = rib;
        this.port = port;
        this.window = window;
        port.connect(this);
    }

    /** Queues a route op for the next submit; it becomes the latest op for its node. */
    void submit(RouteOp op) {
        op.number = ++op.node.latestOp;
        batch.add(op);
        inFlight++;
    }

    /** Whether {@code op} is still the latest op for its node (later ones supersede its answer). */
    boolean isLatest(RouteOp op) {
        return op.number == op.node.latestOp;
    }

    /** Queues {@code op} for the next submit; it becomes the latest op for {@code key}. */
    void submit(Object key, FibOp op) {
        batch.add(op);
        latest.put(key, op);
        inFlight++;
    }

    /** Whether {@code op} is the latest for {@code key}; forgets it if so (its answer is being applied). */
    boolean takeIfLatest(Object key, FibOp op) {
        if (latest.get(key) == op) {
            latest.remove(key);
            return true;
        }
        return false;
    }

    boolean hasRoom() {
        return inFlight < window;
    }

    int inFlight() {
        return inFlight;
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<FibOp> ops = batch;
        // the list itself goes (no copy), and the next one starts at its size: in flight, a copy and the
        // arrays of a growing list were promoted at every young collection
        batch = new ArrayList<>(ops.size());
        port.submit(Collections.unmodifiableList(ops));
    }

    @Override
    public void fibResults(FibAnswers answers) {
        for (int i = 0; i < answers.size(); i++) {
            inFlight--;
            FibOp op = answers.op(i);
            op.handler().fibResult(op, answers.result(i));
        }
        rib.afterFibResults();
    }
}
