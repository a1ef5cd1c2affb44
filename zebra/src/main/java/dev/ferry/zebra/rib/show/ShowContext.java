package dev.ferry.zebra.rib.show;

import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.ResolvedNexthop;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RouteEntry;
import java.util.ArrayList;
import java.util.List;

/** What renderers look up while printing: interface and VRF names, the clock, kernel refusals. */
final class ShowContext {
    private static final int IMPLICIT_NULL = 3;
    /** A nexthop in FRR's ALL_NEXTHOPS order, with its depth (1 for nexthops resolving a recursive one). */
    record Hop(ResolvedNexthop hop, int level) {
    }

    private final Rib rib;
    private final int now;

    ShowContext(Rib rib) {
        this.rib = rib;
        this.now = rib.now();
    }

    String interfaceName(int vrfId, int ifindex) {
        return rib.interfaces().name(vrfId, ifindex);
    }

    String vrfName(int vrfId) {
        return rib.vrfs().name(vrfId);
    }

    String uptime(RouteEntry e) {
        return Uptime.format(now - e.uptimeSeconds());
    }

    FibResult failure(RouteEntry e) {
        return rib.failure(e);
    }

    /** An installed route whose labels the kernel did not get: it has no MPLS (FibPort#pushesLabels). */
    boolean labelsLeftOut(RouteEntry e) {
        if (rib.pushesLabels() || !e.isInstalled()) {
            return false;
        }
        for (Hop h : flatten(e)) {
            for (int label : h.hop().nexthop().labels()) {
                if (label != IMPLICIT_NULL) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every nexthop of the entry, each recursive one followed by those resolving it. */
    static List<Hop> flatten(RouteEntry e) {
        List<Hop> l = new ArrayList<>();
        for (ResolvedNexthop h : e.shownNexthops()) {
            l.add(new Hop(h, 0));
            for (ResolvedNexthop c : h.resolved()) {
                l.add(new Hop(c, 1));
            }
        }
        return l;
    }

    /** FRR's re_status_output_char (without the ASIC-offload cases). */
    static char statusChar(RouteEntry e, ResolvedNexthop hop) {
        if (e.isInstalled()) {
            boolean star = hop != null && !hop.has(ResolvedNexthop.DUPLICATE) && !hop.isRecursive();
            return star ? '*' : ' ';
        }
        if (e.isFailed()) {
            return e.isQueued() ? 'q' : 'r';
        }
        return e.isQueued() ? 'q' : ' ';
    }

    /** The nexthop flags FRR prints in JSON: the stored ones plus FIB for installed, forwarding nexthops. */
    static int jsonFlags(RouteEntry e, ResolvedNexthop hop) {
        int f = hop.flags();
        if (e.isInstalled() && hop.isActive() && !hop.isRecursive()) {
            f |= ResolvedNexthop.FIB;
        }
        return f;
    }
}
