package dev.ferry.zebra.rib;

/**
 * FRR's rib_choose_best, one method per rule, each saying why it decided (logged with `debug zebra rib`):
 * <ol>
 * <li>a connected route beats any other;</li>
 * <li>between connected routes, one on a loopback wins, then the lower metric;</li>
 * <li>otherwise the lower administrative distance wins,</li>
 * <li>then the lower metric;</li>
 * <li>on a tie the route examined later wins: entries are listed newest first, so the oldest stays.</li>
 * </ol>
 * ECMP is within one entry: its usable nexthops are all installed.
 */
final class RouteSelection {
    /** Why {@link Choice#winner} won. */
    enum Reason {
        ONLY_CANDIDATE, CONNECTED, LOOPBACK, CONNECTED_METRIC, DISTANCE, METRIC, OLDER
    }

    record Choice(RouteEntry winner, Reason reason) {
    }

    private RouteSelection() {
    }

    /** The better of the best so far ({@code current}, may be null) and {@code alternate}. */
    static Choice choose(RouteEntry current, RouteEntry alternate, RibInterfaces interfaces) {
        if (current == null) {
            return new Choice(alternate, Reason.ONLY_CANDIDATE);
        }
        Choice c = connectedFirst(current, alternate, interfaces);
        if (c != null) {
            return c;
        }
        c = lowerDistance(current, alternate);
        if (c != null) {
            return c;
        }
        return lowerMetric(current, alternate);
    }

    private static Choice connectedFirst(RouteEntry current, RouteEntry alternate, RibInterfaces interfaces) {
        boolean altConnected = alternate.type() == RouteType.CONNECTED;
        boolean curConnected = current.type() == RouteType.CONNECTED;
        if (altConnected && !curConnected) {
            return new Choice(alternate, Reason.CONNECTED);
        }
        if (curConnected && !altConnected) {
            return new Choice(current, Reason.CONNECTED);
        }
        if (!altConnected) {
            return null;
        }
        if (onLoopback(alternate, interfaces)) {
            return new Choice(alternate, Reason.LOOPBACK);
        }
        if (onLoopback(current, interfaces)) {
            return new Choice(current, Reason.LOOPBACK);
        }
        return new Choice(alternate.metric() <= current.metric() ? alternate : current, Reason.CONNECTED_METRIC);
    }

    private static boolean onLoopback(RouteEntry e, RibInterfaces interfaces) {
        for (Nexthop n : e.group().nexthops()) {
            if (interfaces.isLoopback(n.vrfId(), n.ifindex())) {
                return true;
            }
        }
        return false;
    }

    private static Choice lowerDistance(RouteEntry current, RouteEntry alternate) {
        if (alternate.distance() != current.distance()) {
            return new Choice(alternate.distance() < current.distance() ? alternate : current, Reason.DISTANCE);
        }
        return null;
    }

    private static Choice lowerMetric(RouteEntry current, RouteEntry alternate) {
        if (alternate.metric() != current.metric()) {
            return new Choice(Integer.compareUnsigned(alternate.metric(), current.metric()) < 0 ? alternate : current,
                    Reason.METRIC);
        }
        return new Choice(alternate, Reason.OLDER);
    }
}
