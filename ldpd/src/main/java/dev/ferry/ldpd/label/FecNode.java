package dev.ferry.ldpd.label;

import dev.ferry.ldpd.packet.LdpId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One FEC of the LIB (FRR's fec_node): the route zebra has for it, the label this LSR bound to it, the peers it
 * was advertised to (upstream) and the labels peers bound to it (downstream, all kept: liberal retention).
 */
public final class FecNode {
    /** No label bound (FRR's NO_LABEL; shown "-"). */
    public static final int NO_LABEL = -1;

    final Fec fec;
    boolean hasRoute;
    boolean connected;
    List<FecNexthop> nexthops = List.of();
    int localLabel = NO_LABEL;
    final Map<LdpId, Integer> downstream = new TreeMap<>(LabelBase.PEER_ORDER);
    final Set<LdpId> upstream = new TreeSet<>(LabelBase.PEER_ORDER);
    List<LibSink.LspHop> installed = List.of();

    FecNode(Fec fec) {
        this.fec = fec;
    }

    public Fec fec() {
        return fec;
    }

    public int localLabel() {
        return localLabel;
    }

    public boolean hasRoute() {
        return hasRoute;
    }

    public List<FecNexthop> nexthops() {
        return nexthops;
    }

    /** Labels received, by peer (in LSR-id order). */
    public Map<LdpId, Integer> remoteLabels() {
        return downstream;
    }

    /** Peers this FEC's label was advertised to. */
    public Set<LdpId> advertisedTo() {
        return upstream;
    }

    /** The LSP legs installed for this FEC (empty when none). */
    public List<LibSink.LspHop> installedHops() {
        return installed;
    }

    boolean empty() {
        return !hasRoute && downstream.isEmpty() && localLabel == NO_LABEL;
    }

    List<FecNexthop> gatewayHops() {
        List<FecNexthop> out = new ArrayList<>();
        for (FecNexthop n : nexthops) {
            if (n.gateway() != 0) {
                out.add(n);
            }
        }
        return out;
    }
}
