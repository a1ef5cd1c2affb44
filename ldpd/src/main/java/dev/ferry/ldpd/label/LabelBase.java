package dev.ferry.ldpd.label;

import dev.ferry.ldpd.packet.LdpId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Label Information Base (FRR's lde): downstream unsolicited distribution, liberal retention, independent
 * control (RFC 5036 section 2.6), for IPv4 prefix FECs.
 * <ul>
 * <li>Every route zebra has is a FEC. A connected FEC, or one whose nexthops all leave through interfaces without
 * LDP, gets implicit-null (explicit-null with {@code label local advertise explicit-null}): this LSR is its egress.
 * Any other FEC gets a label from the label manager's chunks, kept while the route stays.</li>
 * <li>Each local binding is advertised to every operational peer at once (independent control), and withdrawn
 * when the route goes.</li>
 * <li>Every peer's mapping is kept, whether or not the peer is the FEC's nexthop (liberal retention); a Label
 * Withdraw is answered with a Label Release.</li>
 * <li>The LSP of a local label swaps to the label of the peer whose advertised addresses hold the route's
 * nexthop, one leg per such nexthop; with the FEC, so zebra also pushes that label on the IP route (FTN).</li>
 * </ul>
 * Pure state: everything it wants done goes through {@link LibSink}. Runs on the daemon's loop.
 */
public final class LabelBase {
    /** Peers by LSR id as an unsigned number (FRR's neighbor tree order). */
    public static final Comparator<LdpId> PEER_ORDER = Comparator
            .comparingLong((LdpId id) -> Integer.toUnsignedLong(Ipv4.of(id.lsrId())))
            .thenComparingInt(LdpId::labelSpace);
    public static final int IMPLICIT_NULL = 3;
    public static final int IPV4_EXPLICIT_NULL = 0;

    private final NavigableMap<Fec, FecNode> fecs = new TreeMap<>();
    /** FECs with a route but no label yet, waiting for the label manager's next chunk, in arrival order. */
    private final Set<FecNode> awaitingLabel = new LinkedHashSet<>();
    private final Map<LdpId, Set<Integer>> peers = new TreeMap<>(PEER_ORDER);
    private final LabelAllocator labels;
    private final LibSink sink;
    private boolean explicitNull;
    private Set<Integer> ldpInterfaces = Set.of();

    public LabelBase(LabelAllocator labels, LibSink sink) {
        this.labels = labels;
        this.sink = sink;
    }

    /** The FECs in FRR's order. */
    public Collection<FecNode> nodes() {
        return fecs.values();
    }

    public FecNode node(Fec fec) {
        return fecs.get(fec);
    }

    /** The operational peers with the addresses each advertised. */
    public Map<LdpId, Set<Integer>> peers() {
        return peers;
    }

    /** Whether {@code peer} is a nexthop of the FEC: one of the route's gateways is an address it advertised. */
    public boolean isNexthop(FecNode node, LdpId peer) {
        Set<Integer> addresses = peers.get(peer);
        if (addresses == null) {
            return false;
        }
        for (FecNexthop n : node.nexthops) {
            if (n.gateway() != 0 && addresses.contains(n.gateway())) {
                return true;
            }
        }
        return false;
    }

    // ---- policy and labels ---------------------------------------------------------------------------

    /** `label local advertise explicit-null`, and the interfaces LDP runs on (for the egress rule). */
    public void policy(boolean explicitNull, Set<Integer> ldpInterfaceIndexes) {
        boolean changed = explicitNull != this.explicitNull || !ldpInterfaceIndexes.equals(ldpInterfaces);
        this.explicitNull = explicitNull;
        this.ldpInterfaces = Set.copyOf(ldpInterfaceIndexes);
        if (changed) {
            for (FecNode n : List.copyOf(fecs.values())) {
                if (n.hasRoute) {
                    bind(n);
                }
            }
        }
    }

    /**
     * A label chunk arrived: bind the FECs that waited for one, in the order they came. Only those are visited:
     * with N routes arriving before the labels, scanning every FEC per 64-label chunk would cost N*N/64.
     */
    public void labelsAvailable() {
        List<FecNode> todo = List.copyOf(awaitingLabel);
        awaitingLabel.clear();
        for (FecNode n : todo) {
            if (n.hasRoute && n.localLabel == FecNode.NO_LABEL && fecs.get(n.fec) == n) {
                bind(n);
            }
        }
    }

    // ---- routes from zebra -------------------------------------------------------------------------------

    /** zebra selected a route for the FEC (new or changed). */
    public void routeUpdated(Fec fec, boolean connected, List<FecNexthop> nexthops) {
        FecNode n = fecs.computeIfAbsent(fec, FecNode::new);
        n.hasRoute = true;
        n.connected = connected;
        n.nexthops = List.copyOf(nexthops);
        bind(n);
    }

    /** zebra has no route for the FEC any more: withdraw the local binding. */
    public void routeRemoved(Fec fec) {
        FecNode n = fecs.get(fec);
        if (n == null || !n.hasRoute) {
            return;
        }
        n.hasRoute = false;
        n.nexthops = List.of();
        unbind(n);
        refreshLsp(n);
        dropIfEmpty(n);
    }

    private void bind(FecNode n) {
        int wanted = egress(n) ? (explicitNull ? IPV4_EXPLICIT_NULL : IMPLICIT_NULL)
                : n.localLabel >= 16 ? n.localLabel : labels.allocate();
        if (labels.wantsChunk()) {
            sink.needLabels();
        }
        if (wanted == FecNode.NO_LABEL) {
            if (n.localLabel != FecNode.NO_LABEL) {
                unbind(n);
            }
            awaitingLabel.add(n);
            refreshLsp(n);
            return;
        }
        if (wanted != n.localLabel) {
            removeLsp(n);
            int old = n.localLabel;
            n.localLabel = wanted;
            labels.release(old);
            for (LdpId p : peers.keySet()) {
                sink.sendMapping(p, n.fec, wanted);
                n.upstream.add(p);
            }
        }
        refreshLsp(n);
    }

    private void unbind(FecNode n) {
        if (n.localLabel == FecNode.NO_LABEL) {
            return;
        }
        for (LdpId p : n.upstream) {
            sink.sendWithdraw(p, n.fec, n.localLabel);
        }
        n.upstream.clear();
        removeLsp(n);
        labels.release(n.localLabel);
        n.localLabel = FecNode.NO_LABEL;
    }

    /** Egress for the FEC: a connected route, or every nexthop out of an interface without LDP. */
    private boolean egress(FecNode n) {
        if (n.connected) {
            return true;
        }
        for (FecNexthop h : n.nexthops) {
            if (h.ifindex() == 0 || ldpInterfaces.contains(h.ifindex())) {
                return false;
            }
        }
        return !n.nexthops.isEmpty();
    }

    // ---- peers ---------------------------------------------------------------------------------------

    /** A session became operational: advertise every local binding to it. */
    public void peerUp(LdpId peer) {
        peers.put(peer, new HashSet<>());
        for (FecNode n : fecs.values()) {
            if (n.localLabel != FecNode.NO_LABEL) {
                sink.sendMapping(peer, n.fec, n.localLabel);
                n.upstream.add(peer);
            }
        }
    }

    /** The session ended: forget what the peer sent and what it was sent. */
    public void peerDown(LdpId peer) {
        if (peers.remove(peer) == null) {
            return;
        }
        for (FecNode n : List.copyOf(fecs.values())) {
            n.upstream.remove(peer);
            if (n.downstream.remove(peer) != null) {
                refreshLsp(n);
            }
            dropIfEmpty(n);
        }
    }

    /** Address or Address Withdraw from a peer: its nexthops may have changed. */
    public void peerAddresses(LdpId peer, Collection<Integer> addresses, boolean add) {
        Set<Integer> set = peers.get(peer);
        if (set == null) {
            return;
        }
        boolean changed = add ? set.addAll(addresses) : set.removeAll(addresses);
        if (changed) {
            fecs.values().forEach(this::refreshLsp);
        }
    }

    // ---- label messages from peers -----------------------------------------------------------------------

    /** Label Mapping: keep it (liberal retention); a different label for the same FEC releases the old one. */
    public void mappingReceived(LdpId peer, Fec fec, int label) {
        if (!peers.containsKey(peer)) {
            return;
        }
        FecNode n = fecs.computeIfAbsent(fec, FecNode::new);
        Integer old = n.downstream.put(peer, label);
        if (old != null && old != label) {
            sink.sendRelease(peer, fec, old);
        }
        refreshLsp(n);
    }

    /**
     * Label Withdraw for one FEC, or every FEC when {@code fec} is null (a wildcard); with {@code label} only that
     * label. Each withdrawn mapping is released, and a withdraw of a mapping this LSR does not have is released
     * too (RFC 5036 A.1.5).
     */
    public void withdrawReceived(LdpId peer, Fec fec, Integer label) {
        if (!peers.containsKey(peer)) {
            return;
        }
        List<FecNode> targets = new ArrayList<>();
        if (fec == null) {
            targets.addAll(fecs.values());
        } else {
            FecNode n = fecs.get(fec);
            if (n == null || !n.downstream.containsKey(peer)) {
                sink.sendRelease(peer, fec, label == null ? FecNode.NO_LABEL : label);
                return;
            }
            targets.add(n);
        }
        for (FecNode n : targets) {
            Integer have = n.downstream.get(peer);
            if (have == null || (label != null && !label.equals(have))) {
                continue;
            }
            n.downstream.remove(peer);
            sink.sendRelease(peer, n.fec, have);
            refreshLsp(n);
            dropIfEmpty(n);
        }
    }

    /** Label Release: the peer no longer uses this LSR's label for the FEC (or every FEC, for a wildcard). */
    public void releaseReceived(LdpId peer, Fec fec) {
        if (fec == null) {
            fecs.values().forEach(n -> n.upstream.remove(peer));
            return;
        }
        FecNode n = fecs.get(fec);
        if (n != null) {
            n.upstream.remove(peer);
        }
    }

    // ---- LSPs --------------------------------------------------------------------------------------------

    private void refreshLsp(FecNode n) {
        List<LibSink.LspHop> hops = new ArrayList<>();
        if (n.localLabel >= 16) {
            for (FecNexthop h : n.gatewayHops()) {
                for (Map.Entry<LdpId, Set<Integer>> p : peers.entrySet()) {
                    Integer remote = n.downstream.get(p.getKey());
                    if (remote != null && p.getValue().contains(h.gateway())) {
                        hops.add(new LibSink.LspHop(h.gateway(), h.ifindex(), remote));
                        break;
                    }
                }
            }
        }
        if (hops.equals(n.installed)) {
            return;
        }
        if (hops.isEmpty()) {
            removeLsp(n);
        } else {
            n.installed = List.copyOf(hops);
            sink.installLsp(n.localLabel, n.fec, n.installed);
        }
    }

    private void removeLsp(FecNode n) {
        if (!n.installed.isEmpty()) {
            n.installed = List.of();
            sink.removeLsp(n.localLabel);
        }
    }

    private void dropIfEmpty(FecNode n) {
        if (n.empty()) {
            fecs.remove(n.fec);
        }
    }

    /** Forgets everything (LDP turned off); the caller withdraws LSPs from zebra itself. */
    public void clear() {
        for (FecNode n : fecs.values()) {
            labels.release(n.localLabel);
        }
        fecs.clear();
        peers.clear();
        awaitingLabel.clear();
    }

    /** Every in-label with an installed LSP (for the caller's clean-up). */
    public List<Integer> installedLabels() {
        List<Integer> out = new ArrayList<>();
        for (FecNode n : fecs.values()) {
            if (!n.installed.isEmpty()) {
                out.add(n.localLabel);
            }
        }
        return out;
    }
}
