package dev.ferry.zebra.rib;

import java.util.HashMap;
import java.util.Map;

/**
 * Says once, clearly, when the kernel refuses something: the first refusal for a given reason (errno and
 * message) is logged as a warning with what it means; later ones for the same reason are only counted (and
 * logged at debug level), so a million refused routes make one log line, not a million.
 */
final class FibFailureLog {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.rib");

    private record Reason(int errno, String message) {
    }

    private final Map<Reason, Integer> counts = new HashMap<>();

    void refused(FibOp op, FibResult r) {
        Reason reason = new Reason(r.errno(), r.message());
        int n = counts.merge(reason, 1, Integer::sum);
        if (n > 1) {
            LOG.log(System.Logger.Level.DEBUG, () -> "kernel refused " + op.describe() + ": " + r.reason());
            return;
        }
        boolean mpls = op.needsMpls() && (r.errno() == Errno.EOPNOTSUPP || r.errno() == Errno.EAFNOSUPPORT);
        RibError err = op.action() == FibOp.Action.DELETE ? RibError.FIB_DELETE_FAILED
                : mpls ? RibError.FIB_NO_MPLS : RibError.FIB_REFUSED;
        LOG.log(System.Logger.Level.WARNING, err.format(op.describe() + ": " + r.reason()
                + " (further refusals for this reason are not logged)"));
    }

    /** How many refusals were seen for {@code errno} / {@code message}. */
    int count(int errno, String message) {
        return counts.getOrDefault(new Reason(errno, message), 0);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
