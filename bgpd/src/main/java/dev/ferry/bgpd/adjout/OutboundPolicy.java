package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.policy.NeighborPolicy;
import dev.ferry.bgpd.rib.BgpPath;

/** A peer's outbound prefix-list and route-map, applied to a best path before the export rules. */
@FunctionalInterface
public interface OutboundPolicy {
    /** No outbound policy: every path passes unchanged. */
    OutboundPolicy NONE = (prefix, best) -> new NeighborPolicy.Passed(best, false, false);

    /** The path as the policy leaves it, or null when the policy denies it. */
    NeighborPolicy.Passed apply(Prefix prefix, BgpPath best);
}
