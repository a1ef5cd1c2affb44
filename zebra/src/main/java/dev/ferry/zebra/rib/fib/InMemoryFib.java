package dev.ferry.zebra.rib.fib;

import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibPort;
import dev.ferry.zebra.rib.FibAnswers;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.FibResultSink;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RouteOp;
import dev.ferry.zebra.rib.mpls.LspOp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * A kernel FIB in memory, for tests, benchmarks and running zebra before the netlink dataplane exists. It
 * keeps what would be installed and answers every op, on the RIB's loop: at once (the default) or when
 * {@link #answerAll()} is called ({@link #holdAnswers}), so tests can see routes in flight ('q'). It can be
 * told to refuse ops the way a kernel does, e.g. {@link #refuseMpls()} answers like a kernel without MPLS:
 * EOPNOTSUPP (95), with the extack "lwt encapsulation type not supported" for IP routes that push labels
 * and no extack for label routes.
 */
public final class InMemoryFib implements FibPort {
    private boolean pushesLabels = true;
    /** A route the fake kernel holds: its table, prefix and nexthops. */
    public record Installed(int tableId, Prefix prefix, List<Nexthop> nexthops) {
    }

    private record Refusal(Predicate<FibOp> which, int errno, String message) {
    }

    private final Executor loop;
    private FibResultSink sink;
    private final Map<String, Installed> routes = new LinkedHashMap<>();
    private final Map<Integer, LspOp> lsps = new HashMap<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<FibOp> heldOps = new ArrayList<>();
    private final List<FibResult> held = new ArrayList<>();
    private final List<FibOp> log = new ArrayList<>();
    private boolean hold;
    private boolean keepLog = true;
    private long submitted;

    /** @param loop the RIB's event loop, where answers are delivered */
    public InMemoryFib(Executor loop) {
        this.loop = loop;
    }

    @Override
    public void connect(FibResultSink resultSink) {
        this.sink = resultSink;
    }

    /** Answers are kept until {@link #answerAll()} (true) or sent right away (false, the default). */
    public InMemoryFib holdAnswers(boolean on) {
        this.hold = on;
        return this;
    }

    /** Whether {@link #ops()} records every op (on by default; benchmarks turn it off). */
    public InMemoryFib keepLog(boolean on) {
        this.keepLog = on;
        return this;
    }

    /** Refuses ops matching {@code which} with {@code errno} and extack {@code message}. */
    public InMemoryFib refuse(Predicate<FibOp> which, int errno, String message) {
        refusals.add(new Refusal(which, errno, message));
        return this;
    }

    /** Behaves like this machine's kernel, which has no MPLS forwarding. */
    /** Like a kernel without MPLS found at start: IP routes go in without their labels (see FibPort). */
    public InMemoryFib pushLabels(boolean on) {
        this.pushesLabels = on;
        return this;
    }

    @Override
    public boolean pushesLabels() {
        return pushesLabels;
    }

    public InMemoryFib refuseMpls() {
        refuse(op -> op instanceof RouteOp r && r.needsMpls(), Errno.EOPNOTSUPP,
                "lwt encapsulation type not supported");
        return refuse(op -> op instanceof LspOp, Errno.EOPNOTSUPP, "");
    }

    @Override
    public void submit(List<FibOp> ops) {
        FibAnswers answers = new FibAnswers(ops.size());
        for (FibOp op : ops) {
            submitted++;
            if (keepLog) {
                log.add(op);
            }
            FibResult r = apply(op);
            if (hold) {
                heldOps.add(op);
                held.add(r);
            } else {
                answers.add(op, r);
            }
        }
        if (!hold) {
            loop.execute(() -> sink.fibResults(answers));
        }
    }

    /** Sends the held answers (to the loop). */
    public void answerAll() {
        FibAnswers answers = new FibAnswers(held.size());
        for (int i = 0; i < held.size(); i++) {
            answers.add(heldOps.get(i), held.get(i));
        }
        heldOps.clear();
        held.clear();
        if (!answers.isEmpty()) {
            loop.execute(() -> sink.fibResults(answers));
        }
    }

    private FibResult apply(FibOp op) {
        for (Refusal r : refusals) {
            if (op.action() != FibOp.Action.DELETE && r.which().test(op)) {
                return FibResult.failed(r.errno(), r.message());
            }
        }
        if (op instanceof RouteOp r) {
            Prefix prefix = r.prefix();
            String key = r.tableId() + " " + prefix;
            if (op.action() == FibOp.Action.DELETE) {
                return routes.remove(key) != null ? FibResult.OK : FibResult.failed(Errno.ESRCH, "");
            }
            routes.put(key, new Installed(r.tableId(), prefix, r.nexthops()));
        } else if (op instanceof LspOp l) {
            if (op.action() == FibOp.Action.DELETE) {
                return lsps.remove(l.inLabel()) != null ? FibResult.OK : FibResult.failed(Errno.ESRCH, "");
            } else {
                lsps.put(l.inLabel(), l);
            }
        }
        return FibResult.OK;
    }

    /** The installed route to {@code prefix} in kernel table {@code tableId}, or null. */
    public Installed route(int tableId, Prefix prefix) {
        return routes.get(tableId + " " + prefix);
    }

    public List<Installed> routes() {
        return List.copyOf(routes.values());
    }

    public int routeCount() {
        return routes.size();
    }

    public LspOp lsp(int inLabel) {
        return lsps.get(inLabel);
    }

    /** Every op received, in order (if the log is kept). */
    public List<FibOp> ops() {
        return List.copyOf(log);
    }

    public long submitted() {
        return submitted;
    }

    public int heldAnswers() {
        return held.size();
    }
}
