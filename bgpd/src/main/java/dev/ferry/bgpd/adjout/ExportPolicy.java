package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AsPathSegment;
import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.attr.ClusterList;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.OriginatorId;
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
 * <li>never back to the peer the path came from, nor to the peer whose router-id is the path's ORIGINATOR_ID;</li>
 * <li>iBGP paths to iBGP peers only by reflection (RFC 4456 section 6): from a client to every iBGP peer, from a
 * non-client to clients; a reflected path gets ORIGINATOR_ID (the source's router-id) if it has none and our
 * cluster id in front of CLUSTER_LIST, and keeps its next hop (FRR without `next-hop-self force`);</li>
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
        OriginatorId originator = best.originatorId();
        if (originator != null && !to.ebgp() && originator.id() == to.source().routerId()) {
            return null;
        }
        boolean reflect = best.source().isIbgp() && to.source().isIbgp();
        if (reflect && !to.reflection().client() && !to.reflection().clientSources().test(best.source())) {
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
            if (reflect) {
                a = reflected(a, best, to.reflection().clusterId());
            }
            boolean self = best.announcesNexthopSelf() || (to.nextHopSelf() && !reflect)
                    || best.nextHop().length != to.selfNextHop().length;
            nextHop = self && !passed.nextHopSet() ? to.selfNextHop() : best.nextHop();
        }
        return new OutRoute(sorted(a.without(AttributeType.NEXT_HOP).without(AttributeType.MP_REACH_NLRI)
                .without(AttributeType.MP_UNREACH_NLRI)), nextHop, best.label());
    }

    /** RFC 4456 section 8: ORIGINATOR_ID set once (the path's source), our cluster id first in CLUSTER_LIST. */
    static PathAttributes reflected(PathAttributes a, BgpPath best, int clusterId) {
        OriginatorId originator = best.originatorId();
        ClusterList old = best.clusterList();
        int[] before = old == null ? new int[0] : old.ids();
        int[] ids = new int[before.length + 1];
        ids[0] = clusterId;
        System.arraycopy(before, 0, ids, 1, before.length);
        return a.with(originator != null ? originator : OriginatorId.of(best.source().routerId()))
                .with(ClusterList.of(ids));
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
