package dev.ferry.ospfd.core.fsm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routers on one broadcast LAN driven only by the fsm classes, wired the way the runtime must wire them: Hello
 * processing of RFC 2328 10.5 raises neighbor and interface events, actions feed back events through one queue
 * (the event loop), the election result is stored before the actions run. The database exchange is abstracted: a
 * neighbor in ExStart finishes negotiation once the other end is in ExStart too, and the exchange once the other
 * end reached Exchange, with an empty request list. Time moves in rounds: one Hello from every live router.
 */
final class LanSimulation {
    /** RouterDeadInterval, the Wait Timer, is four HelloIntervals by default. */
    static final int WAIT_ROUNDS = 4;

    final class Router {
        final Candidate identity;
        InterfaceState state = InterfaceState.DOWN;
        int dr;
        int bdr;
        int waitRounds;
        boolean alive;
        final Map<Integer, Neighbor> neighbors = new LinkedHashMap<>();

        Router(Candidate identity) {
            this.identity = identity;
        }

        Candidate asSelf() {
            return identity.declaring(dr, bdr);
        }

        void interfaceEvent(InterfaceEvent event) {
            List<Candidate> bidirectional = neighbors.values().stream()
                    .filter(n -> n.state.isBidirectional()).map(n -> n.hello).toList();
            InterfaceTransition t = InterfaceFsm.apply(state, event, InterfaceKind.BROADCAST, identity.priority(),
                    new ElectionInput(asSelf(), bidirectional));
            state = t.next();
            if (t.election() != null) {
                dr = t.election().dr();
                bdr = t.election().bdr();
            }
            for (InterfaceAction a : t.actions()) {
                switch (a) {
                    case START_WAIT_TIMER -> waitRounds = WAIT_ROUNDS;
                    case STOP_WAIT_TIMER -> waitRounds = 0;
                    case RESET_VARIABLES -> {
                        dr = 0;
                        bdr = 0;
                    }
                    case RESET_NEIGHBORS -> neighbors.values().forEach(n -> n.event(NeighborEvent.KILL_NBR));
                    case NEIGHBORS_ADJ_OK -> neighbors.values().stream().filter(n -> n.state.isBidirectional())
                            .forEach(n -> n.event(NeighborEvent.ADJ_OK));
                    default -> {
                    }
                }
            }
        }

        /** RFC 2328 10.5, from the moment the Hello passed its checks. */
        void receiveHello(Candidate hello, Set<Integer> seen) {
            Neighbor n = neighbors.computeIfAbsent(hello.id(), id -> new Neighbor(this));
            Candidate old = n.hello;
            n.hello = hello;
            n.event(NeighborEvent.HELLO_RECEIVED);
            if (!seen.contains(identity.routerId())) {
                n.event(NeighborEvent.ONE_WAY_RECEIVED);
                return;
            }
            n.event(NeighborEvent.TWO_WAY_RECEIVED);
            boolean wasDr = old != null && old.declaresItselfDr();
            boolean wasBdr = old != null && old.declaresItselfBdr();
            if (old != null && old.priority() != hello.priority()) {
                post(() -> interfaceEvent(InterfaceEvent.NEIGHBOR_CHANGE));
            }
            if (hello.declaresItselfDr() && hello.declaredBdr() == 0 && state == InterfaceState.WAITING) {
                post(() -> interfaceEvent(InterfaceEvent.BACKUP_SEEN));
            } else if (hello.declaresItselfDr() != wasDr) {
                post(() -> interfaceEvent(InterfaceEvent.NEIGHBOR_CHANGE));
            }
            if (hello.declaresItselfBdr() && state == InterfaceState.WAITING) {
                post(() -> interfaceEvent(InterfaceEvent.BACKUP_SEEN));
            } else if (hello.declaresItselfBdr() != wasBdr) {
                post(() -> interfaceEvent(InterfaceEvent.NEIGHBOR_CHANGE));
            }
        }

        Set<Integer> seenRouterIds() {
            return neighbors.values().stream().filter(n -> n.state.atLeast(NeighborState.INIT))
                    .map(n -> n.hello.routerId()).collect(Collectors.toSet());
        }

        NeighborState stateOf(Router other) {
            Neighbor n = neighbors.get(other.identity.id());
            return n == null ? NeighborState.DOWN : n.state;
        }
    }

    final class Neighbor {
        final Router owner;
        Candidate hello;
        NeighborState state = NeighborState.DOWN;

        Neighbor(Router owner) {
            this.owner = owner;
        }

        void event(NeighborEvent event) {
            boolean adjacent = AdjacencyRule.shouldBeAdjacent(InterfaceKind.BROADCAST, owner.state,
                    hello.id() == owner.dr, hello.id() == owner.bdr);
            NeighborTransition t = NeighborFsm.apply(state, event, adjacent, true);
            state = t.next();
            for (NeighborAction a : t.actions()) {
                if (a == NeighborAction.INTERFACE_NEIGHBOR_CHANGE) {
                    post(() -> owner.interfaceEvent(InterfaceEvent.NEIGHBOR_CHANGE));
                }
            }
        }
    }

    final List<Router> routers = new ArrayList<>();
    private final Deque<Runnable> queue = new ArrayDeque<>();

    Router add(Candidate identity) {
        Router r = new Router(identity);
        routers.add(r);
        return r;
    }

    void up(Router r) {
        r.alive = true;
        r.interfaceEvent(InterfaceEvent.INTERFACE_UP);
        drain();
    }

    /** The router goes silent; the others' Inactivity Timers fire. */
    void die(Router r) {
        r.alive = false;
        r.interfaceEvent(InterfaceEvent.INTERFACE_DOWN);
        for (Router other : live()) {
            Neighbor n = other.neighbors.remove(r.identity.id());
            if (n != null) {
                n.event(NeighborEvent.INACTIVITY_TIMER);
            }
        }
        drain();
    }

    void round() {
        for (Router r : live()) {
            if (r.waitRounds > 0 && --r.waitRounds == 0) {
                r.interfaceEvent(InterfaceEvent.WAIT_TIMER);
                drain();
            }
        }
        for (Router sender : live()) {
            Candidate hello = sender.asSelf();
            Set<Integer> seen = sender.seenRouterIds();
            for (Router receiver : live()) {
                if (receiver != sender) {
                    receiver.receiveHello(hello, seen);
                    drain();
                }
            }
        }
        exchangeDatabases();
    }

    /** Runs rounds until nothing changes any more; returns how many it took. */
    int converge() {
        String before = snapshot();
        for (int i = 1; i <= 30; i++) {
            round();
            String after = snapshot();
            if (after.equals(before) && live().stream().noneMatch(r -> r.waitRounds > 0)) {
                return i;
            }
            before = after;
        }
        throw new AssertionError("no convergence: " + before);
    }

    private void exchangeDatabases() {
        for (Router r : live()) {
            for (Router peer : live()) {
                Neighbor n = r.neighbors.get(peer.identity.id());
                if (n == null) {
                    continue;
                }
                NeighborState back = peer.stateOf(r);
                if (n.state == NeighborState.EX_START && back.atLeast(NeighborState.EX_START)) {
                    n.event(NeighborEvent.NEGOTIATION_DONE);
                } else if (n.state == NeighborState.EXCHANGE && back.atLeast(NeighborState.EXCHANGE)) {
                    n.event(NeighborEvent.EXCHANGE_DONE);
                }
                drain();
            }
        }
    }

    private List<Router> live() {
        return routers.stream().filter(r -> r.alive).toList();
    }

    private void post(Runnable r) {
        queue.add(r);
    }

    private void drain() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    String snapshot() {
        return live().stream().map(r -> r.identity.id() + ":" + r.state + "/" + r.dr + "/" + r.bdr + r.neighbors
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().state).toList())
                .collect(Collectors.joining(" "));
    }
}
