package dev.ferry.ospfd.core.fsm;

import static dev.ferry.ospfd.core.fsm.NeighborAction.*;
import static dev.ferry.ospfd.core.fsm.NeighborEvent.*;
import static dev.ferry.ospfd.core.fsm.NeighborState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RFC 2328 10.3, row by row, and the state-change side effects. */
class NeighborFsmTest {
    private static final boolean ADJ = true;
    private static final boolean NO_ADJ = false;

    private static void assertTransition(NeighborTransition t, NeighborState next, NeighborAction... actions) {
        assertEquals(next, t.next());
        assertEquals(List.of(actions), t.actions());
    }

    private static NeighborTransition apply(NeighborState s, NeighborEvent e) {
        return NeighborFsm.apply(s, e, ADJ, true);
    }

    @Test
    void startOnNbmaGoesToAttempt() {
        assertTransition(apply(DOWN, START), ATTEMPT, SEND_HELLO, START_INACTIVITY_TIMER);
    }

    @Test
    void helloReceived() {
        assertTransition(apply(DOWN, HELLO_RECEIVED), INIT, START_INACTIVITY_TIMER);
        assertTransition(apply(ATTEMPT, HELLO_RECEIVED), INIT, START_INACTIVITY_TIMER);
        for (NeighborState s : List.of(INIT, TWO_WAY, EX_START, EXCHANGE, LOADING, FULL)) {
            assertTransition(apply(s, HELLO_RECEIVED), s, START_INACTIVITY_TIMER);
        }
    }

    @Test
    void twoWayReceivedInInit() {
        assertTransition(NeighborFsm.apply(INIT, TWO_WAY_RECEIVED, NO_ADJ, true), TWO_WAY,
                INTERFACE_NEIGHBOR_CHANGE);
        assertTransition(NeighborFsm.apply(INIT, TWO_WAY_RECEIVED, ADJ, true), EX_START, START_DD_EXCHANGE,
                INTERFACE_NEIGHBOR_CHANGE);
    }

    @Test
    void twoWayReceivedWhenAlreadyBidirectionalDoesNothing() {
        for (NeighborState s : List.of(TWO_WAY, EX_START, EXCHANGE, LOADING, FULL)) {
            for (boolean adj : new boolean[] {true, false}) {
                assertTransition(NeighborFsm.apply(s, TWO_WAY_RECEIVED, adj, true), s);
            }
        }
    }

    @Test
    void negotiationDone() {
        assertTransition(apply(EX_START, NEGOTIATION_DONE), EXCHANGE, LIST_DATABASE_SUMMARY);
    }

    @Test
    void exchangeDone() {
        assertTransition(NeighborFsm.apply(EXCHANGE, EXCHANGE_DONE, ADJ, true), FULL, STOP_DD_RETRANSMIT,
                ORIGINATE_LSAS);
        assertTransition(NeighborFsm.apply(EXCHANGE, EXCHANGE_DONE, ADJ, false), LOADING, STOP_DD_RETRANSMIT,
                SEND_LS_REQUEST);
    }

    @Test
    void loadingDone() {
        assertTransition(apply(LOADING, LOADING_DONE), FULL, ORIGINATE_LSAS);
    }

    @Test
    void adjOkInTwoWay() {
        assertTransition(NeighborFsm.apply(TWO_WAY, ADJ_OK, ADJ, true), EX_START, START_DD_EXCHANGE);
        assertTransition(NeighborFsm.apply(TWO_WAY, ADJ_OK, NO_ADJ, true), TWO_WAY);
    }

    @Test
    void adjOkInExStartOrHigher() {
        for (NeighborState s : List.of(EX_START, EXCHANGE, LOADING)) {
            assertTransition(NeighborFsm.apply(s, ADJ_OK, ADJ, true), s);
            assertTransition(NeighborFsm.apply(s, ADJ_OK, NO_ADJ, true), TWO_WAY, STOP_DD_RETRANSMIT, CLEAR_LISTS);
        }
        assertTransition(NeighborFsm.apply(FULL, ADJ_OK, ADJ, true), FULL);
        assertTransition(NeighborFsm.apply(FULL, ADJ_OK, NO_ADJ, true), TWO_WAY, STOP_DD_RETRANSMIT, CLEAR_LISTS,
                ORIGINATE_LSAS);
    }

    @ParameterizedTest
    @EnumSource(value = NeighborEvent.class, names = {"SEQ_NUMBER_MISMATCH", "BAD_LS_REQ"})
    void exchangeRestartsFromExchangeOrHigher(NeighborEvent e) {
        assertTransition(apply(EXCHANGE, e), EX_START, CLEAR_LISTS, START_DD_EXCHANGE);
        assertTransition(apply(LOADING, e), EX_START, CLEAR_LISTS, START_DD_EXCHANGE);
        assertTransition(apply(FULL, e), EX_START, CLEAR_LISTS, START_DD_EXCHANGE, ORIGINATE_LSAS);
    }

    @ParameterizedTest
    @EnumSource(value = NeighborEvent.class, names = {"KILL_NBR", "LL_DOWN"})
    void killNbrAndLlDownFromAnyState(NeighborEvent e) {
        assertTransition(apply(DOWN, e), DOWN, CLEAR_LISTS, STOP_INACTIVITY_TIMER);
        assertTransition(apply(ATTEMPT, e), DOWN, CLEAR_LISTS, STOP_INACTIVITY_TIMER);
        assertTransition(apply(INIT, e), DOWN, CLEAR_LISTS, STOP_INACTIVITY_TIMER);
        assertTransition(apply(TWO_WAY, e), DOWN, CLEAR_LISTS, STOP_INACTIVITY_TIMER, INTERFACE_NEIGHBOR_CHANGE);
        for (NeighborState s : List.of(EX_START, EXCHANGE, LOADING)) {
            assertTransition(apply(s, e), DOWN, STOP_DD_RETRANSMIT, CLEAR_LISTS, STOP_INACTIVITY_TIMER,
                    INTERFACE_NEIGHBOR_CHANGE);
        }
        assertTransition(apply(FULL, e), DOWN, STOP_DD_RETRANSMIT, CLEAR_LISTS, STOP_INACTIVITY_TIMER,
                ORIGINATE_LSAS, INTERFACE_NEIGHBOR_CHANGE);
    }

    @Test
    void inactivityTimerFromAnyState() {
        assertTransition(apply(DOWN, INACTIVITY_TIMER), DOWN, CLEAR_LISTS);
        assertTransition(apply(ATTEMPT, INACTIVITY_TIMER), DOWN, CLEAR_LISTS);
        assertTransition(apply(INIT, INACTIVITY_TIMER), DOWN, CLEAR_LISTS);
        assertTransition(apply(TWO_WAY, INACTIVITY_TIMER), DOWN, CLEAR_LISTS, INTERFACE_NEIGHBOR_CHANGE);
        assertTransition(apply(EXCHANGE, INACTIVITY_TIMER), DOWN, STOP_DD_RETRANSMIT, CLEAR_LISTS,
                INTERFACE_NEIGHBOR_CHANGE);
        assertTransition(apply(FULL, INACTIVITY_TIMER), DOWN, STOP_DD_RETRANSMIT, CLEAR_LISTS, ORIGINATE_LSAS,
                INTERFACE_NEIGHBOR_CHANGE);
    }

    @Test
    void oneWayReceived() {
        assertTransition(apply(INIT, ONE_WAY_RECEIVED), INIT);
        assertTransition(apply(TWO_WAY, ONE_WAY_RECEIVED), INIT, CLEAR_LISTS, INTERFACE_NEIGHBOR_CHANGE);
        assertTransition(apply(EX_START, ONE_WAY_RECEIVED), INIT, STOP_DD_RETRANSMIT, CLEAR_LISTS,
                INTERFACE_NEIGHBOR_CHANGE);
        assertTransition(apply(FULL, ONE_WAY_RECEIVED), INIT, STOP_DD_RETRANSMIT, CLEAR_LISTS, ORIGINATE_LSAS,
                INTERFACE_NEIGHBOR_CHANGE);
    }

    /** Every pair not listed in 10.3 leaves the state alone and does nothing, whatever the inputs. */
    @Test
    void unlistedPairsChangeNothing() {
        Set<String> listed = new HashSet<>();
        for (NeighborState s : NeighborState.values()) {
            listed.add(s + "/" + HELLO_RECEIVED);
            listed.add(s + "/" + KILL_NBR);
            listed.add(s + "/" + LL_DOWN);
            listed.add(s + "/" + INACTIVITY_TIMER);
            if (s.atLeast(INIT)) {
                listed.add(s + "/" + TWO_WAY_RECEIVED);
                listed.add(s + "/" + ONE_WAY_RECEIVED);
            }
            if (s.atLeast(TWO_WAY)) {
                listed.add(s + "/" + ADJ_OK);
            }
            if (s.atLeast(EXCHANGE)) {
                listed.add(s + "/" + SEQ_NUMBER_MISMATCH);
                listed.add(s + "/" + BAD_LS_REQ);
            }
        }
        listed.addAll(List.of(DOWN + "/" + START, EX_START + "/" + NEGOTIATION_DONE, EXCHANGE + "/" + EXCHANGE_DONE,
                LOADING + "/" + LOADING_DONE));
        List<String> unlisted = new ArrayList<>();
        for (NeighborState s : NeighborState.values()) {
            for (NeighborEvent e : NeighborEvent.values()) {
                if (listed.contains(s + "/" + e)) {
                    continue;
                }
                unlisted.add(s + "/" + e);
                for (boolean adj : new boolean[] {true, false}) {
                    for (boolean empty : new boolean[] {true, false}) {
                        assertEquals(new NeighborTransition(s, List.of()), NeighborFsm.apply(s, e, adj, empty),
                                s + " " + e);
                    }
                }
            }
        }
        // 8 states x 13 events, minus the listed pairs (32 any-state + 12 Init+ + 5 2-Way+ + 6 Exchange+ + 4).
        assertEquals(8 * 13 - 59, unlisted.size());
    }

    /** The side-effect rules hold for every transition the machine can make. */
    @Test
    void stateChangeActionsFollowTheBoundaries() {
        for (NeighborState s : NeighborState.values()) {
            for (NeighborEvent e : NeighborEvent.values()) {
                for (boolean adj : new boolean[] {true, false}) {
                    for (boolean empty : new boolean[] {true, false}) {
                        NeighborTransition t = NeighborFsm.apply(s, e, adj, empty);
                        boolean full = (s == FULL) != (t.next() == FULL);
                        boolean twoWay = s.isBidirectional() != t.next().isBidirectional();
                        String where = s + " " + e + " -> " + t;
                        assertEquals(full, t.actions().contains(ORIGINATE_LSAS), where);
                        assertEquals(twoWay, t.actions().contains(INTERFACE_NEIGHBOR_CHANGE), where);
                        assertEquals(t.next() == EX_START && s != EX_START,
                                t.actions().contains(START_DD_EXCHANGE), where);
                        if (t.next().compareTo(s) < 0 && t.next().compareTo(EX_START) <= 0) {
                            assertTrue(t.actions().contains(CLEAR_LISTS), where);
                        }
                    }
                }
            }
        }
    }

    /** A whole adjacency, driven event by event as the runtime would. */
    @Test
    void adjacencyLifecycle() {
        NeighborState s = DOWN;
        List<NeighborAction> all = new ArrayList<>();
        for (NeighborEvent e : List.of(HELLO_RECEIVED, TWO_WAY_RECEIVED, NEGOTIATION_DONE, EXCHANGE_DONE,
                LOADING_DONE, HELLO_RECEIVED, INACTIVITY_TIMER)) {
            NeighborTransition t = NeighborFsm.apply(s, e, ADJ, false);
            all.addAll(t.actions());
            s = t.next();
        }
        assertEquals(DOWN, s);
        assertEquals(List.of(START_INACTIVITY_TIMER, START_DD_EXCHANGE, INTERFACE_NEIGHBOR_CHANGE,
                LIST_DATABASE_SUMMARY, STOP_DD_RETRANSMIT, SEND_LS_REQUEST, ORIGINATE_LSAS, START_INACTIVITY_TIMER,
                STOP_DD_RETRANSMIT, CLEAR_LISTS, ORIGINATE_LSAS, INTERFACE_NEIGHBOR_CHANGE), all);
    }

    @Test
    void frrNames() {
        assertEquals(List.of("Down", "Attempt", "Init", "2-Way", "ExStart", "Exchange", "Loading", "Full"),
                Arrays.stream(NeighborState.values()).map(NeighborState::frrName).toList());
        assertEquals(List.of("Down", "Attempt", "Init", "Twoway", "ExStart", "ExChange", "Loading", "Full"),
                Arrays.stream(NeighborState.values()).map(NeighborState::frr6Name).toList());
        assertTrue(TWO_WAY.isBidirectional() && FULL.atLeast(TWO_WAY) && !INIT.isBidirectional());
    }
}
