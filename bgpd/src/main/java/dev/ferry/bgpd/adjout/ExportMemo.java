package dev.ferry.bgpd.adjout;

import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.rib.BgpPath;
import java.util.Arrays;

/**
 * The last route exported to one peer in one family, reused while the next best path would export the same:
 * the paths of one UPDATE share their attributes, source and next hop, so a full table's million exports make
 * one {@link OutRoute} per UPDATE instead of one per prefix (new attribute lists, sorted, then hashed again to
 * group the prefixes into UPDATEs: a third of bgpd's loop while it passed a table on). Reused only where
 * {@link ExportPolicy#export} reads nothing else: no outbound policy (a route-map may look at the prefix), and
 * not between iBGP peers (reflection asks the configuration which sources are clients).
 */
public final class ExportMemo {
    private BgpPath path;
    private ExportTarget target;
    private OutRoute route;

    /** {@link ExportPolicy#export(Nlri, BgpPath, ExportTarget)}, or the last answer if it would be the same. */
    public OutRoute export(Nlri prefix, BgpPath best, ExportTarget to) {
        boolean memorable = best != null && to.outbound() == OutboundPolicy.NONE
                && !(best.source().isIbgp() && to.source().isIbgp());
        if (memorable && path != null && sameExport(path, best) && sameTarget(target, to)) {
            return route;
        }
        OutRoute r = ExportPolicy.export(prefix, best, to);
        if (memorable) { // a path that is not leaves the last memorable one: its key still says all it holds
            path = best;
            target = to;
            route = r;
        }
        return r;
    }

    /** Everything of a path the export rules read: its attributes, source, next hop, label and local origin. */
    private static boolean sameExport(BgpPath a, BgpPath b) {
        return a.attributes() == b.attributes() && a.source() == b.source() && a.nextHopBytes() == b.nextHopBytes()
                && a.label() == b.label() && a.announcesNexthopSelf() == b.announcesNexthopSelf();
    }

    /** The target's fields the rules read, but for its outbound policy: a memorable target has none. */
    private static boolean sameTarget(ExportTarget a, ExportTarget b) {
        return a.source() == b.source() && a.localAs() == b.localAs() && a.nextHopSelf() == b.nextHopSelf()
                && a.policyBlocked() == b.policyBlocked() && Arrays.equals(a.selfNextHop(), b.selfNextHop());
    }
}
