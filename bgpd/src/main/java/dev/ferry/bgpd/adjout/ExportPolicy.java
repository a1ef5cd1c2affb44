package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AsPathSegment;
import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.PathAttribute;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.policy.NeighborPolicy;
import dev.ferry.bgpd.rib.BgpPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Adj-RIB-Out rules (RFC 4271 section 9.1.3 and 5.1, FRR 8.4's defaults): what a peer is sent for a
 * prefix's best path, or null when it is sent nothing.
 * <ul>
 * <li>nothing to an eBGP peer while `bgp ebgp-requires-policy` holds and no policy is set (RFC 8212);</li>
 * <li>never back to the peer the path came from; iBGP paths never to iBGP peers (no route reflection);</li>
 * <li>eBGP: our AS prepended, next hop self, no LOCAL_PREF, ORIGINATOR_ID or CLUSTER_LIST, MED only if we
 * originated the path;</li>
 * <li>iBGP: AS_PATH as is, LOCAL_PREF always present, next hop kept unless `next-hop-self` or the path is
 * ours (a local path's next hop is us).</li>
 * </ul>
 * Attributes go out in type-code order, as FRR writes them. A VPN path keeps its label (ours for the routes
 * a VRF exports, which are local and so go out with next hop self).
 */
public final class ExportPolicy {
    private ExportPolicy() {
    }

    /** {@link #export(Nlri, BgpPath, ExportTarget)} without outbound policy (VPN routes). */
    public static OutRoute export(BgpPath best, ExportTarget to) {
        return export(null, best, to);
    }

    /**
     * What {@code to} is sent for {@code prefix}: split horizon first, then the peer's outbound policy (for unicast
     * prefixes), then the rules above; a next hop or MED the route-map set survives them, as in FRR.
     */
    public static OutRoute export(Nlri prefix, BgpPath best, ExportTarget to) {
        if (best == null || to.policyBlocked() || to.selfNextHop() == null) {
            return null;
        }
        if (best.source() == to.source()) {
            return null;
        }
        if (best.source().isIbgp() && to.source().isIbgp()) {
            return null;
        }
        NeighborPolicy.Passed passed = new NeighborPolicy.Passed(best, false, false);
        if (prefix instanceof Prefix p) {
            passed = to.outbound().apply(p, best);
            if (passed == null) {
                return null;
            }
            best = passed.path();
        }
        PathAttributes a = best.attributes().forwarded();
        byte[] nextHop;
        if (to.ebgp()) {
            a = a.with(prepend(best.asPath(), to.localAs()))
                    .without(AttributeType.LOCAL_PREF)
                    .without(AttributeType.ORIGINATOR_ID)
                    .without(AttributeType.CLUSTER_LIST);
            if (!best.isLocal() && !passed.metricSet()) {
                a = a.without(AttributeType.MULTI_EXIT_DISC);
            }
            nextHop = passed.nextHopSet() ? best.nextHop() : to.selfNextHop();
        } else {
            a = a.with(best.asPath()).with(LocalPref.of(best.localPref()));
            boolean self = best.announcesNexthopSelf() || to.nextHopSelf() || best.nextHop().length != to.selfNextHop().length;
            nextHop = self && !passed.nextHopSet() ? to.selfNextHop() : best.nextHop();
        }
        return new OutRoute(sorted(a.without(AttributeType.NEXT_HOP).without(AttributeType.MP_REACH_NLRI)
                .without(AttributeType.MP_UNREACH_NLRI)), nextHop, best.label());
    }

    /** {@code path} with {@code as} in front: added to the leading AS_SEQUENCE, or a new one if full or absent. */
    public static AsPath prepend(AsPath path, long as) {
        List<AsPathSegment> segs = new ArrayList<>(path.segments());
        if (!segs.isEmpty() && segs.get(0).type() == AsPathSegment.AS_SEQUENCE && segs.get(0).size() < 255) {
            int[] old = segs.get(0).asns();
            int[] asns = new int[old.length + 1];
            asns[0] = (int) as;
            System.arraycopy(old, 0, asns, 1, old.length);
            segs.set(0, new AsPathSegment(AsPathSegment.AS_SEQUENCE, asns));
        } else {
            segs.add(0, new AsPathSegment(AsPathSegment.AS_SEQUENCE, new int[] {(int) as}));
        }
        return AsPath.of(segs);
    }

    static PathAttributes sorted(PathAttributes a) {
        List<PathAttribute> list = new ArrayList<>(a.list());
        list.sort(Comparator.comparingInt(PathAttribute::type));
        return PathAttributes.of(list);
    }
}
