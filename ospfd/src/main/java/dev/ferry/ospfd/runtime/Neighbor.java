package dev.ferry.ospfd.runtime;

import dev.ferry.lib.daemon.LoopTimer;
import dev.ferry.ospfd.core.fsm.AdjacencyRule;
import dev.ferry.ospfd.core.fsm.InterfaceEvent;
import dev.ferry.ospfd.core.fsm.NeighborEvent;
import dev.ferry.ospfd.core.fsm.NeighborFsm;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.fsm.NeighborTransition;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A neighbor on one link (RFC 2328 10): its state machine, the adjacency's lists (database summary, link state
 * request, retransmission) and its timers. {@link #event} is the one place that applies a state change; what
 * must happen on entering a state is derived from the old and new states there, so that the pure
 * {@link NeighborFsm} stays the single source of transitions.
 */
final class Neighbor {
    private static final System.Logger LOG = System.getLogger(Neighbor.class.getName());

    final Link link;
    final int routerId;
    /** The identity in DR/BDR fields: the interface address (v2) or the router ID (v3). */
    int address;
    /** The source address of its packets (v3: link-local), where packets for it alone go. */
    byte[] sourceAddress;
    /** OSPFv3: the Interface ID from its Hellos. */
    int interfaceId;
    int priority;
    int options;
    int declaredDr;
    int declaredBdr;
    private NeighborState state = NeighborState.DOWN;
    private long stateChangedNanos = System.nanoTime();
    private final LoopTimer inactivity;
    final DatabaseExchange exchange;
    /** LSAs flooded to this neighbor and not yet acknowledged, by key (RFC 2328 10, "Link state retransmission list"). */
    final Map<LsaKey, Lsa> retransmissions = new LinkedHashMap<>();
    /** LSAs to ask for (RFC 2328 10, "Link state request list"). */
    final Map<LsaKey, LsaHeader> requests = new LinkedHashMap<>();
    private final LoopTimer retransmitTimer;
    int stateChanges;
    /** Its keyed-MD5 sequence numbers so far: forgotten with the neighbor, as FRR (RFC 2328 D.5.1). */
    final CryptoSequenceCheck cryptoSequence = new CryptoSequenceCheck();

    Neighbor(Link link, int routerId, int address) {
        this.link = link;
        this.routerId = routerId;
        this.address = address;
        this.inactivity = new LoopTimer(link.router.loop(), () -> event(NeighborEvent.INACTIVITY_TIMER));
        this.retransmitTimer = new LoopTimer(link.router.loop(), this::retransmit);
        this.exchange = new DatabaseExchange(this);
    }

    NeighborState state() {
        return state;
    }

    long upMillis() {
        return (System.nanoTime() - stateChangedNanos) / 1_000_000;
    }

    long deadMillis() {
        return inactivity.remainingMillis();
    }

    boolean isDr() {
        return declaredDr == address && address != 0;
    }

    boolean isBdr() {
        return declaredBdr == address && address != 0;
    }

    String label() {
        return RouterIds.format(routerId);
    }

    /** Applies a neighbor event (RFC 2328 10.3). */
    void event(NeighborEvent e) {
        if (e == NeighborEvent.HELLO_RECEIVED) {
            inactivity.start(link.settings.deadInterval() * 1000L);
        }
        boolean adjacent = AdjacencyRule.shouldBeAdjacent(link.kind(), link.state(), isDr(), isBdr());
        NeighborTransition t = NeighborFsm.apply(state, e, adjacent, requests.isEmpty());
        NeighborState old = state;
        NeighborState next = t.next();
        if (old == next && e != NeighborEvent.SEQ_NUMBER_MISMATCH && e != NeighborEvent.BAD_LS_REQ) {
            return;
        }
        state = next;
        stateChangedNanos = System.nanoTime();
        stateChanges++;
        link.router.adjacencyChanged(this, old, next, e);
        enter(old, next);
    }

    private void enter(NeighborState old, NeighborState next) {
        if (next.ordinal() < NeighborState.EXCHANGE.ordinal() || next == NeighborState.EX_START) {
            clearLists();
        }
        switch (next) {
            case DOWN -> {
                inactivity.cancel();
                exchange.stop();
                link.neighborGone(this);
            }
            case EX_START -> exchange.start();
            case EXCHANGE -> exchange.listSummary();
            case LOADING -> exchange.sendRequests();
            case FULL -> exchange.finished();
            default -> {
                // Init, 2-Way, Attempt: nothing to start
            }
        }
        boolean wasTwoWay = old.ordinal() >= NeighborState.TWO_WAY.ordinal();
        boolean isTwoWay = next.ordinal() >= NeighborState.TWO_WAY.ordinal();
        if (wasTwoWay != isTwoWay && link.kind() == dev.ferry.ospfd.core.fsm.InterfaceKind.BROADCAST) {
            link.event(InterfaceEvent.NEIGHBOR_CHANGE);
        }
        if ((old == NeighborState.FULL) != (next == NeighborState.FULL)) {
            link.router.originationNeeded(link.area);
        }
    }

    private void clearLists() {
        retransmissions.clear();
        requests.clear();
        exchange.clearSummary();
        retransmitTimer.cancel();
    }

    // ---- flooding side ----

    /** Puts an LSA on the retransmission list (RFC 2328 13.3 step 1d); the caller sends it the first time. */
    void addRetransmission(Lsa lsa) {
        retransmissions.put(lsa.key(), lsa);
        retransmitTimer.startIfIdle(link.settings.retransmitInterval() * 1000L);
    }

    /** An acknowledgement or a newer instance ends the retransmission of what it names. */
    void acknowledged(LsaHeader header) {
        Lsa pending = retransmissions.get(header.key());
        if (pending != null && dev.ferry.ospfd.lsa.LsaComparison.compare(pending.header(), header) == 0) {
            retransmissions.remove(header.key());
        }
    }

    private void retransmit() {
        if (retransmissions.isEmpty() || state.ordinal() < NeighborState.EXCHANGE.ordinal()) {
            return;
        }
        link.router.io().sendUpdate(link, unicastDestination(), retransmissions.values());
        retransmitTimer.start(link.settings.retransmitInterval() * 1000L);
    }

    /**
     * Where packets for this neighbor alone go: its address; for OSPFv2 AllSPFRouters on point-to-point links,
     * as FRR's ospfd, while ospf6d always sends to the link-local address.
     */
    byte[] unicastDestination() {
        if (link.isV3()) {
            return sourceAddress.clone();
        }
        if (link.kind() == dev.ferry.ospfd.core.fsm.InterfaceKind.POINT_TO_POINT) {
            return link.router.io().allSpfRouters();
        }
        return Ipv4.toBytes(address);
    }

    void log(String message) {
        LOG.log(System.Logger.Level.INFO, "Nbr " + label() + " on " + link.label() + ": " + message);
    }
}
