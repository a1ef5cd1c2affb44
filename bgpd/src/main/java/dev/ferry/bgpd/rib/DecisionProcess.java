package dev.ferry.bgpd.rib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The BGP decision process (RFC 4271 section 9.1.2.2 in FRR 8.4's order, bgp_path_info_cmp), one method per
 * step, each answering which of two paths wins at that step or "tie". Only valid paths (next hop reachable, or
 * local) compete. FRR's defaults apply: MED compared only between paths from the same neighbouring AS (or both
 * without AS), a missing MED counts as 0, and between two eBGP paths the older one wins before router-ids are
 * compared (no `bgp bestpath compare-routerid`). RFC 4456 section 9: ORIGINATOR_ID stands in for the router-id and
 * the shorter CLUSTER_LIST wins before neighbor addresses are compared. The paths equal to the best up to and
 * including the IGP metric (and through the same neighbouring AS, or with the same AS_PATH for iBGP, unless
 * `multipath-relax`) form its multipath set (bgp_path_info_cmp's paths_eq, bgp_path_info_mpath_update).
 */
public final class DecisionProcess {

    /**
     * The outcome: the best path (null when no path is valid), the step that decided it, and the other paths
     * used with it for ECMP (empty without multipath).
     */
    public record Selection(BgpPath best, SelectionReason reason, List<BgpPath> multipaths) {
        public static final Selection NONE = new Selection(null, SelectionReason.NONE, List.of());

        public Selection {
            multipaths = List.copyOf(multipaths);
        }

        /** Whether {@code p} is in the multipath set (the best included, when the set has other paths). */
        public boolean isMultipath(BgpPath p) {
            return !multipaths.isEmpty() && (p == best || multipaths.contains(p));
        }
    }

    /** One comparison: {@code newWins} tells whether the challenger beats the incumbent; null on a tie. */
    private record Step(Boolean newWins, SelectionReason reason) {
    }

    private DecisionProcess() {
    }

    /** Whether a path may be selected at all. */
    public static boolean valid(BgpPath p, NexthopView nexthops) {
        // a path leaked from another VRF of this router was that VRF's best, so its next hop resolved there
        return p.isLocal() || p.nexthopVrf() != null || nexthops.reachable(p.nextHopBytes());
    }

    /** {@link #select(List, NexthopView, Multipath)} with one path per prefix. */
    public static Selection select(List<BgpPath> paths, NexthopView nexthops) {
        return select(paths, nexthops, Multipath.NONE);
    }

    /** Runs the process over the paths in arrival order (FRR walks them the same way, the first is the incumbent). */
    public static Selection select(List<BgpPath> paths, NexthopView nexthops, Multipath multipath) {
        BgpPath best = null;
        SelectionReason reason = SelectionReason.NONE;
        for (BgpPath p : paths) {
            if (!valid(p, nexthops)) {
                continue;
            }
            if (best == null) {
                best = p;
                reason = SelectionReason.FIRST;
                continue;
            }
            Step s = compare(p, best, nexthops);
            if (s.newWins()) {
                best = p;
            }
            reason = s.reason();
        }
        return best == null ? Selection.NONE
                : new Selection(best, reason, multipaths(paths, best, nexthops, multipath));
    }

    /**
     * The paths used alongside {@code best}: valid, equal to it through the IGP metric step, with a next hop of
     * their own (FRR skips a path with the best's next hop), at most the limit minus one, in neighbor order.
     */
    static List<BgpPath> multipaths(List<BgpPath> paths, BgpPath best, NexthopView nexthops, Multipath multipath) {
        int limit = multipath.limitFor(best);
        if (limit <= 1 || paths.size() == 1) {
            return List.of();
        }
        List<BgpPath> equal = new ArrayList<>();
        for (BgpPath p : paths) {
            if (p != best && valid(p, nexthops) && !Arrays.equals(p.nextHopBytes(), best.nextHopBytes())
                    && multipathEqual(p, best, nexthops, multipath)) {
                equal.add(p);
            }
        }
        equal.sort(Comparator.comparing((BgpPath p) -> p.source().address(), Arrays::compareUnsigned));
        List<BgpPath> out = new ArrayList<>();
        for (BgpPath p : equal) {
            if (out.size() == limit - 1) {
                break;
            }
            if (out.stream().noneMatch(o -> Arrays.equals(o.nextHopBytes(), p.nextHopBytes()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** FRR's paths_eq: every step through the IGP metric ties, and the AS rule holds. */
    static boolean multipathEqual(BgpPath a, BgpPath b, NexthopView nexthops, Multipath multipath) {
        if (weight(a, b) != null || localPref(a, b) != null || localRoute(a, b) != null
                || asPathLength(a, b) != null || origin(a, b) != null || med(a, b) != null
                || peerType(a, b) != null || igpMetric(a, b, nexthops) != null) {
            return false;
        }
        if (a.source().isIbgp() && multipath.equalClusterLength()
                && a.clusterListLength() != b.clusterListLength()) {
            return false;
        }
        if (multipath.asPathRelax()) {
            return true;
        }
        if (a.source().isIbgp()) {
            return a.asPath().segments().equals(b.asPath().segments());
        }
        return a.source().asn() == b.source().asn();
    }

    /** Whether {@code challenger} beats {@code incumbent}, and at which step. */
    static Step compare(BgpPath challenger, BgpPath incumbent, NexthopView nexthops) {
        Step s;
        if ((s = weight(challenger, incumbent)) != null || (s = localPref(challenger, incumbent)) != null
                || (s = localRoute(challenger, incumbent)) != null || (s = asPathLength(challenger, incumbent)) != null
                || (s = origin(challenger, incumbent)) != null || (s = med(challenger, incumbent)) != null
                || (s = peerType(challenger, incumbent)) != null
                || (s = igpMetric(challenger, incumbent, nexthops)) != null
                || (s = older(challenger, incumbent)) != null || (s = routerId(challenger, incumbent)) != null
                || (s = clusterLength(challenger, incumbent)) != null
                || (s = neighborAddress(challenger, incumbent)) != null) {
            return s;
        }
        return new Step(false, SelectionReason.DEFAULT);
    }

    /** Public form of {@link #compare} for tests and show commands: the deciding step, or DEFAULT. */
    public static SelectionReason decidingStep(BgpPath a, BgpPath b, NexthopView nexthops) {
        return compare(a, b, nexthops).reason();
    }

    /** Whether {@code a} beats {@code b} by the whole process. */
    public static boolean beats(BgpPath a, BgpPath b, NexthopView nexthops) {
        return compare(a, b, nexthops).newWins();
    }

    private static Step higher(long a, long b, SelectionReason r) {
        return a == b ? null : new Step(a > b, r);
    }

    private static Step lower(long a, long b, SelectionReason r) {
        return a == b ? null : new Step(a < b, r);
    }

    static Step weight(BgpPath a, BgpPath b) {
        return higher(a.weight(), b.weight(), SelectionReason.WEIGHT);
    }

    static Step localPref(BgpPath a, BgpPath b) {
        return higher(a.localPref(), b.localPref(), SelectionReason.LOCAL_PREF);
    }

    /** Paths this router originated beat learned ones. */
    static Step localRoute(BgpPath a, BgpPath b) {
        return a.isLocal() == b.isLocal() ? null : new Step(a.isLocal(), SelectionReason.LOCAL_ROUTE);
    }

    static Step asPathLength(BgpPath a, BgpPath b) {
        return lower(a.asPath().pathLength(), b.asPath().pathLength(), SelectionReason.AS_PATH);
    }

    static Step origin(BgpPath a, BgpPath b) {
        return lower(a.origin(), b.origin(), SelectionReason.ORIGIN);
    }

    /** MED, between paths from the same neighbouring AS, or two paths without any AS (internal routes). */
    static Step med(BgpPath a, BgpPath b) {
        boolean internal = a.asPath().pathLength() == 0 && b.asPath().pathLength() == 0;
        if (!internal && (a.neighborAs() == 0 || a.neighborAs() != b.neighborAs())) {
            return null;
        }
        return lower(a.med(), b.med(), SelectionReason.MED);
    }

    /** eBGP beats iBGP. */
    static Step peerType(BgpPath a, BgpPath b) {
        boolean ea = a.source().isEbgp();
        boolean eb = b.source().isEbgp();
        boolean ia = a.source().isIbgp();
        boolean ib = b.source().isIbgp();
        if (ea && ib) {
            return new Step(true, SelectionReason.PEER_TYPE);
        }
        if (ia && eb) {
            return new Step(false, SelectionReason.PEER_TYPE);
        }
        return null;
    }

    static Step igpMetric(BgpPath a, BgpPath b, NexthopView nexthops) {
        long ma = a.isLocal() ? 0 : nexthops.metric(a.nextHopBytes());
        long mb = b.isLocal() ? 0 : nexthops.metric(b.nextHopBytes());
        return lower(ma, mb, SelectionReason.IGP_METRIC);
    }

    /** Between two eBGP paths the one received first stays (RFC 5004), avoiding churn. */
    static Step older(BgpPath a, BgpPath b) {
        if (!a.source().isEbgp() || !b.source().isEbgp()) {
            return null;
        }
        return lower(a.arrival(), b.arrival(), SelectionReason.OLDER);
    }

    static Step routerId(BgpPath a, BgpPath b) {
        return lower(Integer.toUnsignedLong(a.effectiveRouterId()), Integer.toUnsignedLong(b.effectiveRouterId()),
                SelectionReason.ROUTER_ID);
    }

    /** RFC 4456 section 9: the path reflected fewer times wins (a missing CLUSTER_LIST has length 0). */
    static Step clusterLength(BgpPath a, BgpPath b) {
        return lower(a.clusterListLength(), b.clusterListLength(), SelectionReason.CLUSTER_LENGTH);
    }

    static Step neighborAddress(BgpPath a, BgpPath b) {
        int c = Arrays.compareUnsigned(a.source().address(), b.source().address());
        return c == 0 ? null : new Step(c < 0, SelectionReason.NEIGHBOR_IP);
    }
}
